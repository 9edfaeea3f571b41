/// Checks that HTML is well nested: every element is closed, inside the element it was
/// opened in. Void elements (`<br>`, `<img>` …) need no closer; comments and the text of
/// `<script>` and `<style>` are skipped. A small checker for renderer output, not an HTML parser.
public enum HTMLNesting {
    /// The first nesting fault, or nil when `html` is well nested.
    public static func firstProblem(in html: String) -> String? {
        var open: [String] = []
        switch tags(in: html) {
        case .failure(let problem):
            return problem.text
        case .success(let tags):
            for tag in tags {
                if tag.isClosing {
                    guard let top = open.last else { return "</\(tag.name)> at byte \(tag.offset) closes nothing" }
                    guard top == tag.name else { return "</\(tag.name)> at byte \(tag.offset) closes <\(top)>" }
                    open.removeLast()
                } else if tag.opensElement {
                    open.append(tag.name)
                }
            }
        }
        return open.isEmpty ? nil : "unclosed " + open.map { "<\($0)>" }.joined(separator: " ")
    }

    /// The byte offset of the first `<a>` opened inside another `<a>` (which HTML forbids:
    /// a browser closes the outer one there), or nil when there is none.
    public static func firstNestedLink(in html: String) -> Int? {
        guard case .success(let tags) = tags(in: html) else { return nil }
        var insideLink = false
        for tag in tags where tag.name == "a" {
            if tag.isClosing {
                insideLink = false
            } else if tag.opensElement {
                if insideLink { return tag.offset }
                insideLink = true
            }
        }
        return nil
    }

    /// The elements around the first occurrence of `marker`, outermost first, read as a
    /// browser would (a closer also closes what is open inside its element); nil when the
    /// marker is missing or the HTML before it cannot be read.
    public static func ancestors(of marker: String, in html: String) -> [String]? {
        guard let range = html.range(of: marker), case .success(let tags) = tags(in: String(html[..<range.lowerBound])) else {
            return nil
        }
        var open: [String] = []
        for tag in tags {
            if tag.isClosing {
                if let match = open.lastIndex(of: tag.name) { open.removeSubrange(match...) }
            } else if tag.opensElement {
                open.append(tag.name)
            }
        }
        return open
    }

    struct Tag {
        var name: String
        var isClosing: Bool
        /// False for void elements and `<x/>`.
        var opensElement: Bool
        var offset: Int
    }

    struct Problem: Error {
        var text: String
    }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// Every tag of `html` in order; a `<` not followed by a tag name is text.
    static func tags(in html: String) -> Result<[Tag], Problem> {
        let bytes = Array(html.utf8)
        var tags: [Tag] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if starts(bytes, at: index, with: "<!--") {
                guard let end = find(bytes, "-->", from: index + 4) else {
                    return .failure(Problem(text: "unterminated comment at byte \(index)"))
                }
                index = end + 3
                continue
            }
            var cursor = index + 1
            let isClosing = cursor < bytes.count && bytes[cursor] == UInt8(ascii: "/")
            if isClosing { cursor += 1 }
            let nameStart = cursor
            while cursor < bytes.count, isNameByte(bytes[cursor]) { cursor += 1 }
            guard cursor > nameStart, (65...90).contains(bytes[nameStart] & 0xDF) else {
                index += 1
                continue
            }
            let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
            guard let end = tagEnd(bytes, from: cursor) else {
                return .failure(Problem(text: "unterminated tag <\(name) at byte \(index)"))
            }
            let opens = !isClosing && !voidElements.contains(name) && bytes[end - 1] != UInt8(ascii: "/")
            tags.append(Tag(name: name, isClosing: isClosing, opensElement: opens, offset: index))
            index = end + 1
            if opens && (name == "script" || name == "style") {
                guard let close = find(bytes, "</\(name)", from: index) else {
                    return .failure(Problem(text: "unclosed <\(name)> at byte \(tags.last!.offset)"))
                }
                index = close
            }
        }
        return .success(tags)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (97...122).contains(byte) || (65...90).contains(byte) || (48...57).contains(byte) || byte == UInt8(ascii: "-")
    }

    /// The index of the `>` that ends a tag, skipping quoted attribute values.
    private static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var quote: UInt8?
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with text: String) -> Bool {
        let pattern = Array(text.utf8)
        return index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    private static func find(_ bytes: [UInt8], _ text: String, from start: Int) -> Int? {
        let pattern = Array(text.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
