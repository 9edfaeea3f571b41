/// Obsidian's reading of the standard properties: tags, aliases and links (spec §5.2, §6.3, §1.6).
struct FrontmatterProperties {
    var tags: [Tag] = []
    var aliases: [String] = []
    var links: [Link] = []
    var problems: [ParseProblem] = []

    init(frontmatter: Frontmatter) {
        if let entry = frontmatter.entry(anyOf: ["tags"]) { readTags(entry) }
        if let entry = frontmatter.entry(anyOf: ["aliases"]) { readAliases(entry) }
        for string in frontmatter.linkStrings {
            let content = String(string.text.dropFirst(2).dropLast(2))
            guard !content.contains("[["), !content.contains("]]") else { continue }
            let parts = WikilinkSyntax.parts(of: content, isEmbed: false)
            var end = string.position
            end.column += string.text.count
            links.append(Link(syntax: .frontmatter, position: string.position, endPosition: end, raw: string.text,
                              path: parts.path, subpath: parts.subpath, alias: parts.alias,
                              size: nil, inComment: false, inTable: false,
                              escapedPipe: false))
        }
    }

    /// A list of strings, or (since 1.9.3) one string holding one tag. Items may start with
    /// `#`; null items, items with spaces and non-strings are dropped; `tags: a, b` is invalid.
    private mutating func readTags(_ entry: FrontmatterEntry) {
        let position = Position(line: entry.line, column: 1)
        switch entry.value {
        case .null:
            return
        case .string(let text):
            if text.containsCommaOrSpace {
                problems.append(ParseProblem(
                    kind: .invalidProperty, position: position,
                    message: "`\(entry.key): \(text)` is one string, not a list of tags; Obsidian reads no tags from it",
                    fix: "write the tags as a list: `\(entry.key): [\(text.split(whereSeparator: { $0 == "," || $0 == " " }).joined(separator: ", "))]`"))
                return
            }
            addTag(text, position: position)
        case .list(let items):
            for item in items {
                guard case .string(let text) = item, !text.isEmpty, !text.containsSpace else { continue }
                addTag(text, position: position)
            }
        default:
            problems.append(ParseProblem(
                kind: .invalidProperty, position: position,
                message: "`\(entry.key)` must be a list of tags or one tag, not \(entry.value.typeDescription)",
                fix: "write `\(entry.key): [tag-one, tag-two]`"))
        }
    }

    private mutating func addTag(_ text: String, position: Position) {
        let name = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard !name.isEmpty else { return }
        tags.append(Tag(name: name, position: position, fromFrontmatter: true, inComment: false))
    }

    private mutating func readAliases(_ entry: FrontmatterEntry) {
        switch entry.value {
        case .string(let text): aliases = [text]
        case .list(let items): aliases = items.compactMap { $0.scalarText }.filter { !$0.isEmpty }
        case .null: break
        default:
            problems.append(ParseProblem(
                kind: .invalidProperty, position: Position(line: entry.line, column: 1),
                message: "`aliases` must be a list of names or one name, not \(entry.value.typeDescription)",
                fix: "write `aliases: [Other name]`"))
        }
    }
}

extension String {
    /// `contains(",") || contains(" ")`. That search is Foundation's, which compares
    /// Characters (a space that a combining mark follows is no space) and costs thousands of
    /// instructions; on ASCII text, where Characters are bytes, bytes answer the same.
    var containsCommaOrSpace: Bool {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return contains(",") || contains(" ") }
        return utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: " ") }
    }

    /// `contains(" ")`, on bytes for ASCII text (see `containsCommaOrSpace`).
    var containsSpace: Bool {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return contains(" ") }
        return utf8.contains(UInt8(ascii: " "))
    }
}

extension FrontmatterValue {
    /// A short description of the value's type for messages ("a number", "a list").
    public var typeDescription: String {
        switch self {
        case .null: return "empty"
        case .bool: return "a checkbox (true/false)"
        case .int, .double: return "a number"
        case .string: return "text"
        case .list: return "a list"
        case .map: return "a nested map"
        }
    }
}
