import Yams

/// A Yams error as one sentence and the 1-based line of the YAML text it is about, for both
/// note frontmatter and `tend.yaml`.
enum YAMLErrorLocation {
    static func describe(_ error: YamlError, in text: String) -> (problem: String, line: Int?, column: Int?) {
        switch error {
        case let .scanner(context?, problem, _, _) where context.text.contains("quoted scalar"):
            // An unterminated quote is noticed at the end of the text; the quote itself is where
            // the context began.
            return ("\(problem) (\(context.text))", context.mark.line, context.mark.column)
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            return (problem + detail, mark.line, mark.column)
        case let .duplicatedKeysInMapping(duplicates, _):
            let key = duplicates.first ?? ""
            let line = repeatLine(of: key, in: text)
            return ("the key `\(key)` appears twice", line, line == nil ? nil : 1)
        default:
            return ("\(error)", nil, nil)
        }
    }

    /// The line where `key:` appears a second time in the same block mapping: keys are tracked
    /// per indentation, and a line less indented closes the deeper mappings. Yams names the
    /// key but not where it repeats; flow mappings (`{a: 1, a: 2}`) give nil.
    static func repeatLine(of key: String, in text: String) -> Int? {
        var open: [(indent: Int, keys: Set<String>)] = []
        for (index, content) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = content.prefix(while: { $0 == " " }).count
            var body = content.dropFirst(indent)
            if body.hasPrefix("- ") { body = body.dropFirst(2) }  // a mapping inside a list item
            guard let colon = body.firstIndex(of: ":"), !body.hasPrefix("#") else { continue }
            var name = String(body[..<colon])
            if name.count >= 2, name.first == "\"" || name.first == "'", name.last == name.first {
                name = String(name.dropFirst().dropLast())
            }
            while let last = open.last, last.indent > indent { open.removeLast() }
            if open.last?.indent != indent { open.append((indent, [])) }
            if !open[open.count - 1].keys.insert(name).inserted && name == key { return index + 1 }
        }
        return nil
    }
}
