/// How Obsidian compares heading text with a link's `#piece`, and how Tend makes anchors.
public enum HeadingText {
    /// Obsidian's `stripHeading` (spec §2.2): each of ``! " # $ % & ( ) * + , . : ; < = > ? @ ^ ` { | } ~ / [ ] \``
    /// and CR/LF becomes a space; whitespace runs collapse; the result is trimmed. Tend also
    /// lower-cases it, because the comparison ignores case.
    public static func matchKey<S: StringProtocol>(_ text: S) -> String {
        if let ascii = asciiMatchKey(text) { return ascii }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isASCII, let byte = character.asciiValue, replaced[Int(byte)] || character.isWhitespace {
                pendingSpace = true
                continue
            }
            if character.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace && !result.isEmpty { result.append(" ") }
            pendingSpace = false
            result.append(character)
        }
        return result.lowercased()
    }

    /// The same on bytes, for ASCII text (the common case; runs for every heading and link piece).
    private static func asciiMatchKey<S: StringProtocol>(_ text: S) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        let replaced = Self.replaced
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if replaced[Int(byte)] || byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = true
                continue
            }
            if pendingSpace && !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            output.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let replaced: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for c in "!\"#$%&()*+,.:;<=>?@^`{|}~/[]\\\r\n".utf8 { table[Int(c)] = true }
        return table
    }()

    /// GitHub-style slug (spec §2.3): lower-cased; letters, digits, marks, `-` and `_` kept;
    /// each space becomes `-`; everything else dropped.
    public static func slug(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var output: [UInt8] = []
            for byte in text.utf8 {
                switch byte {
                case 0x20, UInt8(ascii: "-"): output.append(UInt8(ascii: "-"))
                case UInt8(ascii: "_"), 48...57, 97...122: output.append(byte)
                case 65...90: output.append(byte + 32)
                default: continue
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if scalar == " " {
                result.append("-")
            } else if scalar == "-" || scalar == "_" || properties.isAlphabetic
                        || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The text Obsidian writes into a generated heading link (`stripHeadingForLink`, §2.2):
    /// only `: # | ^ \`, CR, LF, `%%`, `[[` and `]]` become spaces.
    public static func linkText(_ text: String) -> String {
        var string = text
        for token in ["%%", "[[", "]]"] { string = string.replacingAll(token, with: " ") }
        let mapped = string.map { ":#|^\\\r\n".contains($0) ? " " : $0 }
        return String(mapped).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension String {
    /// Replaces every occurrence of `token` (no Foundation needed).
    public func replacingAll(_ token: String, with replacement: String) -> String {
        guard !token.isEmpty, contains(token) else { return self }
        return split(separator: token, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
