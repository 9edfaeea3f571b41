/// Turns Mustache source into `Template.Node`s, with the line and column of any error.
struct TemplateParser {
    private let bytes: [UInt8]
    private var cursor = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    private enum Kind {
        case variable, unescaped, section, inverted, close, comment, partial
    }

    private struct Open {
        var name: Template.Name
        /// The name as written, which the closing tag must repeat.
        var source: String
        var inverted: Bool
        var nodes: [Template.Node]
        var line: Int
        var column: Int
    }

    mutating func parseAll() throws(Template.ParseError) -> [Template.Node] {
        var stack: [Open] = []
        var nodes: [Template.Node] = []
        func append(_ node: Template.Node) {
            if stack.isEmpty { nodes.append(node) } else { stack[stack.count - 1].nodes.append(node) }
        }
        while cursor < bytes.count {
            guard let tagStart = find("{{", from: cursor) else {
                append(.text(text(cursor..<bytes.count)))
                break
            }
            let (line, column) = position(of: tagStart)
            var contentStart = tagStart + 2
            var kind = Kind.variable
            var closer = "}}"
            if contentStart < bytes.count {
                switch bytes[contentStart] {
                case UInt8(ascii: "{"): kind = .unescaped; closer = "}}}"; contentStart += 1
                case UInt8(ascii: "&"): kind = .unescaped; contentStart += 1
                case UInt8(ascii: "#"): kind = .section; contentStart += 1
                case UInt8(ascii: "^"): kind = .inverted; contentStart += 1
                case UInt8(ascii: "/"): kind = .close; contentStart += 1
                case UInt8(ascii: "!"): kind = .comment; contentStart += 1
                case UInt8(ascii: ">"): kind = .partial; contentStart += 1
                case UInt8(ascii: "="):
                    throw Template.ParseError(line: line, column: column, message: "changing delimiters ({{=…=}}) is not supported")
                default: break
                }
            }
            guard let contentEnd = find(closer, from: contentStart) else {
                throw Template.ParseError(line: line, column: column, message: "`{{` is never closed with `\(closer)`")
            }
            let tagEnd = contentEnd + closer.utf8.count
            let content = string(contentStart..<contentEnd).trimmingSpaces()
            // A standalone section, comment or partial tag takes its whole line with it.
            var textEnd = tagStart
            var next = tagEnd
            var indent: [UInt8] = []
            if kind != .variable && kind != .unescaped, let (lineStart, lineEnd) = standaloneLine(tagStart, tagEnd) {
                indent = Array(bytes[lineStart..<tagStart])
                textEnd = lineStart
                next = lineEnd < bytes.count ? lineEnd + 1 : lineEnd
            }
            if textEnd > cursor { append(.text(text(cursor..<textEnd))) }
            cursor = next
            switch kind {
            case .comment:
                continue
            case .variable, .unescaped:
                append(.variable(try name(content, line, column), escaped: kind == .variable))
            case .partial:
                guard !content.isEmpty else { throw Template.ParseError(line: line, column: column, message: "a partial needs a name") }
                append(.partial(content, indent: indent))
            case .section, .inverted:
                stack.append(Open(name: try name(content, line, column), source: content, inverted: kind == .inverted, nodes: [],
                                  line: line, column: column))
            case .close:
                guard let open = stack.popLast() else {
                    throw Template.ParseError(line: line, column: column, message: "`{{/\(content)}}` closes no section")
                }
                guard open.source == content else {
                    throw Template.ParseError(line: line, column: column,
                                              message: "`{{/\(content)}}` closes `\(open.source)`, opened on line \(open.line)")
                }
                append(.section(open.name, open.nodes, inverted: open.inverted))
            }
        }
        if let open = stack.last {
            throw Template.ParseError(line: open.line, column: open.column, message: "section `\(open.source)` is never closed")
        }
        return nodes
    }

    private func name(_ text: String, _ line: Int, _ column: Int) throws(Template.ParseError) -> Template.Name {
        guard !text.isEmpty else { throw Template.ParseError(line: line, column: column, message: "empty tag") }
        var inner = Substring(text)
        var transform: Template.Transform?
        if let open = inner.firstIndex(of: "("), inner.hasSuffix(")") {
            switch inner[..<open] {
            case "empty": transform = .empty
            case "equalzero": transform = .equalZero
            default: transform = .unknown
            }
            inner = inner[inner.index(after: open)..<inner.index(before: inner.endIndex)]
        }
        if inner == "." { return Template.Name(path: [], currentOnly: false, transform: transform) }
        let currentOnly = inner.hasPrefix(".")
        if currentOnly { inner = inner.dropFirst() }
        let path = inner.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !path.contains(where: \.isEmpty) else {
            throw Template.ParseError(line: line, column: column, message: "`\(text)` is not a name")
        }
        return Template.Name(path: path, currentOnly: currentOnly, transform: transform)
    }

    /// The tag's line, when nothing but spaces or tabs surround the tag on it.
    private func standaloneLine(_ tagStart: Int, _ tagEnd: Int) -> (Int, Int)? {
        var lineStart = tagStart
        while lineStart > 0 && bytes[lineStart - 1] != 10 {
            guard bytes[lineStart - 1] == 32 || bytes[lineStart - 1] == 9 else { return nil }
            lineStart -= 1
        }
        var lineEnd = tagEnd
        while lineEnd < bytes.count && bytes[lineEnd] != 10 {
            guard bytes[lineEnd] == 32 || bytes[lineEnd] == 9 || bytes[lineEnd] == 13 else { return nil }
            lineEnd += 1
        }
        return (lineStart, lineEnd)
    }

    private func find(_ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0] && bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    private func position(of offset: Int) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 10 {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Literal text as bytes, with invalid UTF-8 replaced as `String(decoding:)` does.
    private func text(_ range: Range<Int>) -> [UInt8] {
        Array(string(range).utf8)
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
