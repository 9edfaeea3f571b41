import Yams

/// A Yams error as one sentence and the 1-based line of the YAML text it is about, for both
/// note frontmatter and `tend.yaml`.
enum YAMLErrorLocation {
    static func describe(_ error: YamlError, in text: String) -> (problem: String, line: Int?, column: Int?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            return (problem + detail, mark.line, mark.column)
        case let .duplicatedKeysInMapping(duplicates, _):
            // Yams names the keys but not where they repeat: the second occurrence is the culprit.
            let key = duplicates.first ?? ""
            var seen = 0
            var line: Int?
            for (index, content) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = content.drop(while: { $0 == " " })
                if trimmed.hasPrefix(key + ":") || trimmed.hasPrefix("\"\(key)\":") {
                    seen += 1
                    if seen == 2 { line = index + 1; break }
                }
            }
            return ("the key `\(key)` appears twice", line, line == nil ? nil : 1)
        default:
            return ("\(error)", nil, nil)
        }
    }
}
