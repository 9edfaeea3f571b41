import Foundation

/// The parts of a wikilink's content, split as Obsidian splits them (spec §1.1).
struct WikilinkParts: Equatable {
    var path: String
    var subpath: String?
    var alias: String?
    var size: EmbedSize?
    var escapedPipe: Bool
}

public enum WikilinkSyntax {
    /// Splits `content` (the text between `[[` and `]]`).
    ///
    /// The alias split is at the first `|` unless it is the first character; a target that
    /// ends in one backslash loses it, which is how `[[Note\|Alias]]` works in tables (§1.1).
    /// Works on UTF-8 bytes: this runs for every link of the vault.
    static func parts(of content: String, isEmbed: Bool) -> WikilinkParts {
        var content = content
        return content.withUTF8 { parts(of: $0, isEmbed: isEmbed) }
    }

    static func parts(of bytes: UnsafeBufferPointer<UInt8>, isEmbed: Bool) -> WikilinkParts {
        let bar = UInt8(ascii: "|"), backslash = UInt8(ascii: "\\")
        var targetEnd = bytes.count
        var aliasRange: Range<Int>?
        if let index = bytes.firstIndex(of: bar), index > 0 {
            targetEnd = index
            aliasRange = (index + 1)..<bytes.count
        }
        var escapedPipe = false
        if aliasRange != nil, targetEnd >= 1, bytes[targetEnd - 1] == backslash,
           !(targetEnd >= 2 && bytes[targetEnd - 2] == backslash) {
            targetEnd -= 1
            escapedPipe = true
        }
        var path: String
        var subpath: String?
        if bytes[0..<targetEnd].contains(where: { $0 >= 0x80 }) {
            let normalised = normaliseTarget(bytes, 0..<targetEnd)
            path = normalised
            if let hash = normalised.utf8.firstIndex(of: UInt8(ascii: "#")) {
                path = String(normalised[..<hash])
                subpath = String(normalised[normalised.utf8.index(after: hash)...])
            }
        } else {
            // ASCII (most links): trim and split on bytes, one String per part.
            var start = 0, end = targetEnd
            while start < end && isASCIISpace(bytes[start]) { start += 1 }
            while end > start && isASCIISpace(bytes[end - 1]) { end -= 1 }
            if let hash = bytes[start..<end].firstIndex(of: UInt8(ascii: "#")) {
                path = String(decoding: bytes[start..<hash], as: UTF8.self)
                subpath = String(decoding: bytes[(hash + 1)..<end], as: UTF8.self)
            } else {
                path = String(decoding: bytes[start..<end], as: UTF8.self)
            }
        }
        var alias = aliasRange.map { trimmed(bytes, $0) }
        var size: EmbedSize?
        if isEmbed, let text = alias, !text.utf8.contains(UInt8(ascii: "|")) {
            // One piece (most embeds): the whole display part may be a size, leaving no alias.
            if let parsed = parseSize(text) {
                size = parsed
                alias = nil
            }
        } else if isEmbed, let text = alias {
            // Spec §4.3: a size may follow the LAST `|` of the display part.
            let pieces = text.split(separator: "|", omittingEmptySubsequences: false)
            if let last = pieces.last, let parsed = parseSize(last) {
                size = parsed
                let rest = pieces.dropLast().joined(separator: "|")
                alias = rest.isEmpty ? nil : trim(Substring(rest))
            }
        }
        return WikilinkParts(path: path, subpath: subpath, alias: alias, size: size, escapedPipe: escapedPipe)
    }

    /// NBSP → space, trim, NFC (spec §1.1 target normalisation).
    static func normaliseTarget<S: StringProtocol>(_ text: S) -> String {
        var string = String(text)
        return string.withUTF8 { normaliseTarget($0, 0..<$0.count) }
    }

    private static func normaliseTarget(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        if !bytes[range].contains(where: { $0 >= 0x80 }) { return trimmed(bytes, range) }
        var string = String(decoding: bytes[range], as: UTF8.self)
        if string.utf8.contains(0xC2) { string = string.replacingOccurrences(of: "\u{00A0}", with: " ") }
        return nfc(trim(Substring(string)))
    }

    /// Trimmed text of `range`; ASCII whitespace is trimmed on bytes, other text in full Unicode.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var start = range.lowerBound, end = range.upperBound
        while start < end && isASCIISpace(bytes[start]) { start += 1 }
        while end > start && isASCIISpace(bytes[end - 1]) { end -= 1 }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        guard start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 else { return text }
        return trim(Substring(text))
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// Default display text: the target with empty `#` pieces dropped, joined by ` > ` (§1.1).
    public static func defaultDisplayText(_ target: String) -> String {
        var copy = target
        let ascii = copy.withUTF8 { bytes -> String?? in
            guard bytes.contains(UInt8(ascii: "#")) else { return .some(nil) }
            // `#` and U+20E3 make one Character (a keycap): only ASCII text splits on bytes.
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return .some(asciiDisplayText(bytes))
        }
        switch ascii {
        case .some(nil): return target
        case .some(let text?): return text
        case nil:
            return target.split(separator: "#", omittingEmptySubsequences: true)
                .map { trim($0) }.filter { !$0.isEmpty }.joined(separator: " > ")
        }
    }

    /// `defaultDisplayText` on bytes: splitting on Characters costs thousands of instructions
    /// a link, and pages have dozens.
    private static func asciiDisplayText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 8)
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "#") { end += 1 }
            var lower = start, upper = end
            while lower < upper && isASCIISpace(bytes[lower]) { lower += 1 }
            while upper > lower && isASCIISpace(bytes[upper - 1]) { upper -= 1 }
            if lower < upper {
                if !output.isEmpty { output.append(contentsOf: [0x20, UInt8(ascii: ">"), 0x20]) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lower..<upper]))
            }
            start = end + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `300`, `300x200`, ` 300 x 200 ` → a size; `300px` → nil (spec §9 cases 54–58).
    public static func parseSize<S: StringProtocol>(_ text: S) -> EmbedSize? {
        // A size starts with a digit once trimmed: text starting with any other visible ASCII
        // byte (an alias such as `Diagram`) is none, without trimming and splitting it.
        if let first = text.utf8.first, first < 0x80, !isASCIIWhitespace(first), !(0x30...0x39).contains(first) { return nil }
        return parseSizeWithoutShortcut(text)
    }

    /// `parseSize` without the first-byte shortcut (tests compare the two).
    static func parseSizeWithoutShortcut<S: StringProtocol>(_ text: S) -> EmbedSize? {
        let trimmed = trim(Substring(text))
        let parts = trimmed.split(separator: "x", maxSplits: 1, omittingEmptySubsequences: false)
        func number(_ part: Substring) -> Int? {
            let digits = trim(part)
            guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return Int(digits)
        }
        guard let first = parts.first, let width = number(first) else { return nil }
        if parts.count == 1 { return EmbedSize(width: width, height: nil) }
        guard let height = number(parts[1]) else { return nil }
        return EmbedSize(width: width, height: height == 0 ? nil : height)
    }
}

/// Trims Unicode whitespace from both ends (JavaScript `trim` semantics).
///
/// ASCII whitespace is stripped on bytes first; when the bytes left at both ends are ASCII,
/// that is the answer (headings keep the space after their `#`s, so this is the common case).
/// Otherwise a Character at an end may hold a non-ASCII scalar (U+00A0, or a space that a
/// combining mark joins), and `trimCharacters` decides on the whole text.
func trim(_ text: Substring) -> String {
    let utf8 = text.utf8
    var start = utf8.startIndex, end = utf8.endIndex
    while start < end && isASCIIWhitespace(utf8[start]) { start = utf8.index(after: start) }
    guard start < end else { return "" }
    while isASCIIWhitespace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
    guard utf8[start] < 0x80, utf8[utf8.index(before: end)] < 0x80 else { return trimCharacters(text) }
    return String(text[start..<end])
}

/// `trim` on Characters: the general path, for ends that are not ASCII.
func trimCharacters(_ text: Substring) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let last = text.lastIndex(where: { !$0.isWhitespace })!
    return String(text[first...last])
}

/// Space, tab, line feed, vertical tab, form feed, carriage return: the ASCII bytes whose
/// Character is whitespace.
func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
}
