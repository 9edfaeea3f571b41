import Foundation

/// The parts of a wikilink's content, split as Obsidian splits them (spec §1.1).
struct WikilinkParts: Equatable {
    var path: String
    var subpath: String?
    var alias: String?
    var displayText: String
    var size: EmbedSize?
    var escapedPipe: Bool
}

enum WikilinkSyntax {
    /// Splits `content` (the text between `[[` and `]]`).
    ///
    /// The alias split is at the first `|` unless it is the first character; a target that
    /// ends in one backslash loses it, which is how `[[Note\|Alias]]` works in tables (§1.1).
    static func parts(of content: String, isEmbed: Bool) -> WikilinkParts {
        var target = Substring(content)
        var alias: Substring?
        if let bar = content.firstIndex(of: "|"), bar != content.startIndex {
            target = content[..<bar]
            alias = content[content.index(after: bar)...]
        }
        var escapedPipe = false
        if alias != nil, target.hasSuffix("\\"), !target.hasSuffix("\\\\") {
            target = target.dropLast()
            escapedPipe = true
        }
        let normalised = normaliseTarget(target)
        var path = normalised
        var subpath: String?
        if let hash = normalised.firstIndex(of: "#") {
            path = String(normalised[..<hash])
            subpath = String(normalised[normalised.index(after: hash)...])
        }

        var aliasText = alias.map { trim($0) }
        var size: EmbedSize?
        if isEmbed, let text = aliasText {
            // Spec §4.3: a size may follow the LAST `|` of the display part.
            let pieces = text.split(separator: "|", omittingEmptySubsequences: false)
            if let last = pieces.last, let parsed = parseSize(last) {
                size = parsed
                let rest = pieces.dropLast().joined(separator: "|")
                aliasText = rest.isEmpty ? nil : trim(Substring(rest))
            }
        }
        let display = aliasText ?? defaultDisplayText(normalised)
        return WikilinkParts(path: path, subpath: subpath, alias: aliasText, displayText: display,
                             size: size, escapedPipe: escapedPipe)
    }

    /// NBSP → space, trim, NFC (spec §1.1 target normalisation).
    static func normaliseTarget<S: StringProtocol>(_ text: S) -> String {
        var string = String(text)
        if string.utf8.contains(0xC2) { string = string.replacingOccurrences(of: "\u{00A0}", with: " ") }
        return nfc(trim(Substring(string)))
    }

    /// Default display text: the target with empty `#` pieces dropped, joined by ` > ` (§1.1).
    static func defaultDisplayText(_ target: String) -> String {
        guard target.contains("#") else { return target }
        return target.split(separator: "#", omittingEmptySubsequences: true)
            .map { trim($0) }.filter { !$0.isEmpty }.joined(separator: " > ")
    }

    /// `300`, `300x200`, ` 300 x 200 ` → a size; `300px` → nil (spec §9 cases 54–58).
    static func parseSize<S: StringProtocol>(_ text: S) -> EmbedSize? {
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
func trim(_ text: Substring) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let last = text.lastIndex(where: { !$0.isWhitespace })!
    return String(text[first...last])
}

/// Unicode NFC; ASCII text is returned as is without touching Foundation.
func nfc(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    return text.precomposedStringWithCanonicalMapping
}
