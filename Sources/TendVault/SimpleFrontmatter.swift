/// A fast reader for the frontmatter most notes have: `key: value` lines whose values are
/// plain or simply quoted scalars, `[a, "b"]` flow lists, or `- item` block lists.
///
/// Why: Yams costs about half a million instructions per note, more than cmark's parse of
/// the whole body. Anything outside this strict subset (nesting, comments, anchors, escapes,
/// multi-line scalars, JSON-style maps, duplicate keys, tabs, non-ASCII keys) returns nil and
/// goes to Yams, so the subset never has to be right about hard YAML. A test checks that both
/// readers agree on every input this one accepts. Works on UTF-8 bytes throughout.
enum SimpleFrontmatter {
    struct Parsed {
        var entries: [FrontmatterEntry]
        var linkStrings: [FrontmatterLinkString]
    }

    typealias Bytes = ArraySlice<UInt8>
    private static let space = UInt8(ascii: " ")

    /// `lines`: each YAML line's bytes (without terminator) and its 1-based file line number.
    static func parse(_ lines: [(bytes: Bytes, line: Int)]) -> Parsed? {
        // Tabs are indentation errors or value text in YAML depending on where they sit: Yams decides.
        guard !lines.contains(where: { $0.bytes.contains(9) }) else { return nil }
        var entries: [FrontmatterEntry] = []
        var links: [FrontmatterLinkString] = []
        // A list, not a Set: notes have a handful of keys, and hashing each cost more.
        var keys: [String] = []
        // At most a key a line: allocated once instead of growing key by key.
        entries.reserveCapacity(lines.count)
        keys.reserveCapacity(lines.count)
        var index = 0
        while index < lines.count {
            let (text, line) = lines[index]
            index += 1
            if text.allSatisfy({ $0 == space }) { continue }
            guard let first = text.first, isKeyByte(first) else { return nil }  // no tabs: checked above
            guard let colon = text.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            let keyBytes = text[..<colon]
            guard keyBytes.allSatisfy(isKeyByte) else { return nil }
            let key = String(decoding: keyBytes, as: UTF8.self)
            guard !keys.contains(key) else { return nil }
            keys.append(key)
            var rest = text[(colon + 1)...]
            if let next = rest.first, next != space { return nil }  // `key:value` is one plain scalar in YAML
            rest = trimSpaces(rest)
            let value: FrontmatterValue
            if rest.isEmpty {
                // A block list may follow: `tags:` then `  - a` lines.
                var items: [FrontmatterValue] = []
                // Every item must sit at the first item's indentation; YAML rejects a mix.
                let indent = index < lines.count ? lines[index].bytes.prefix(while: { $0 == space }).count : 0
                while index < lines.count, lines[index].bytes.prefix(while: { $0 == space }).count == indent,
                      let item = listItem(lines[index].bytes) {
                    guard let parsed = scalar(item, line: lines[index].line, lineBytes: lines[index].bytes, links: &links) else { return nil }
                    items.append(parsed)
                    index += 1
                }
                value = items.isEmpty ? .null : .list(items)
            } else if rest.first == UInt8(ascii: "[") {
                guard let list = flowList(rest, line: line, lineBytes: text, links: &links) else { return nil }
                value = list
            } else {
                guard let parsed = scalar(rest, line: line, lineBytes: text, links: &links) else { return nil }
                value = parsed
            }
            entries.append(FrontmatterEntry(key: key, value: value, line: line))
        }
        return Parsed(entries: entries, linkStrings: links)
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    private static func trimSpaces(_ bytes: Bytes) -> Bytes {
        var slice = bytes
        while slice.first == space { slice = slice.dropFirst() }
        while slice.last == space { slice = slice.dropLast() }
        return slice
    }

    /// `  - item` or `- item` → `item`; nil for any other line.
    private static func listItem(_ text: Bytes) -> Bytes? {
        let body = text.drop(while: { $0 == space })
        guard body.count >= 2, body.first == UInt8(ascii: "-"), body[body.startIndex + 1] == space else { return nil }
        let item = trimSpaces(body.dropFirst(2))
        return item.isEmpty ? nil : item
    }

    /// `[a, "b", c]` with simple items; nil when an item holds a bracket or brace.
    private static func flowList(_ text: Bytes, line: Int, lineBytes: Bytes, links: inout [FrontmatterLinkString]) -> FrontmatterValue? {
        guard text.last == UInt8(ascii: "]") else { return nil }
        let inner = text.dropFirst().dropLast()
        guard !inner.contains(where: { $0 == 91 || $0 == 93 || $0 == 123 || $0 == 125 }) else { return nil }
        if inner.allSatisfy({ $0 == space }) { return .list([]) }
        var items: [FrontmatterValue] = []
        for piece in inner.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            let item = trimSpaces(piece)
            guard !item.isEmpty, let value = scalar(item, line: line, lineBytes: lineBytes, links: &links) else { return nil }
            items.append(value)
        }
        return .list(items)
    }

    /// A plain scalar without YAML indicators, or a quoted one without escapes.
    private static func scalar(_ text: Bytes, line: Int, lineBytes: Bytes, links: inout [FrontmatterLinkString]) -> FrontmatterValue? {
        guard let first = text.first else { return nil }
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard text.count >= 2, text.last == first else { return nil }
            let inner = text.dropFirst().dropLast()
            guard !inner.contains(first), !inner.contains(UInt8(ascii: "\\")) else { return nil }
            let string = String(decoding: inner, as: UTF8.self)
            if inner.count > 4, inner.starts(with: [91, 91]), inner.reversed().starts(with: [93, 93]) {
                // Column of the `[[` (just after the opening quote), in Unicode scalars, 1-based.
                let column = lineBytes[lineBytes.startIndex..<text.startIndex].filter { $0 & 0xC0 != 0x80 }.count + 2
                links.append(FrontmatterLinkString(text: string, position: Position(line: line, column: column)))
            }
            return .string(string)
        }
        // Indicators that start something other than a plain scalar.
        guard !indicators[Int(first)] else { return nil }
        // `a: b` (a nested mapping), ` #` (a comment) and a trailing `:` leave the subset.
        var previous: UInt8 = 0
        for byte in text {
            if byte == space && previous == UInt8(ascii: ":") { return nil }
            if byte == UInt8(ascii: "#") && previous == space { return nil }
            previous = byte
        }
        if previous == UInt8(ascii: ":") { return nil }
        return FrontmatterValue.plain(String(decoding: text, as: UTF8.self))
    }

    private static let indicators: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for c in "-?:,[]{}#&*!|>%@`\"'".utf8 { table[Int(c)] = true }
        return table
    }()
}
