/// How Obsidian compares heading text with a link's `#piece`, and how Tend makes anchors.
public enum HeadingText {
    /// Obsidian's `stripHeading` (spec §2.2): each of ``! " # $ % & ( ) * + , . : ; < = > ? @ ^ ` { | } ~ / [ ] \``
    /// and CR/LF becomes a space; whitespace runs collapse; the result is trimmed. Tend also
    /// lower-cases it, because the comparison ignores case.
    public static func matchKey<S: StringProtocol>(_ text: S) -> String {
        asciiMatchKey(text) ?? unicodeMatchKey(text)
    }

    /// `matchKey` on Characters: the general path (tests compare it with the ASCII one).
    static func unicodeMatchKey<S: StringProtocol>(_ text: S) -> String {
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
    static func asciiMatchKey<S: StringProtocol>(_ text: S) -> String? {
        let utf8 = text.utf8
        var isASCII = true
        // Written straight into the string (the key is never longer than the text): no
        // intermediate array, and a key of up to 15 bytes needs no allocation at all.
        let key = String(unsafeUninitializedCapacity: utf8.count) { buffer in
            guard let count = asciiMatchKey(utf8, into: buffer) else {
                isASCII = false
                return 0
            }
            return count
        }
        return isASCII ? key : nil
    }

    /// Writes the match key of ASCII `utf8` into `buffer` (at least `utf8.count` bytes) and
    /// returns its length; nil at the first non-ASCII byte. The resolver keys link pieces on
    /// the stack with it.
    static func asciiMatchKey<Bytes: Sequence<UInt8>>(_ utf8: Bytes, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let replaced = Self.replaced
        var count = 0
        var pendingSpace = false
        for byte in utf8 {
            if byte >= 0x80 { return nil }
            if replaced[Int(byte)] || byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = true
                continue
            }
            if pendingSpace && count > 0 {
                buffer[count] = 0x20
                count += 1
            }
            pendingSpace = false
            buffer[count] = byte >= 65 && byte <= 90 ? byte + 32 : byte
            count += 1
        }
        return count
    }

    private static let replaced: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for c in "!\"#$%&()*+,.:;<=>?@^`{|}~/[]\\\r\n".utf8 { table[Int(c)] = true }
        return table
    }()

    /// GitHub-style slug (spec §2.3): lower-cased; letters, digits, marks, `-` and `_` kept;
    /// each space becomes `-`; everything else dropped.
    public static func slug(_ text: String) -> String {
        asciiSlug(text) ?? unicodeSlug(text)
    }

    /// `slug` on Unicode scalars: the general path (tests compare it with the ASCII one).
    static func unicodeSlug(_ text: String) -> String {
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

    /// `slug` on bytes for ASCII text; nil at the first non-ASCII byte. One pass, written
    /// straight into the string: growing an array byte by byte cost more than the slug.
    static func asciiSlug(_ text: String) -> String? {
        let utf8 = text.utf8
        var isASCII = true
        let slug = String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            for byte in utf8 {
                switch byte {
                case 0x20, UInt8(ascii: "-"): buffer[count] = UInt8(ascii: "-")
                case UInt8(ascii: "_"), 48...57, 97...122: buffer[count] = byte
                case 65...90: buffer[count] = byte + 32
                case 0x80...:
                    isASCII = false
                    return 0
                default: continue
                }
                count += 1
            }
            return count
        }
        return isASCII ? slug : nil
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
        // Bytes are searched first: most texts hold no token, and `contains(_:)` with a string
        // went through Foundation's search (~4,000 instructions a call, once per embed).
        // The callers' tokens are ASCII, which no other character's bytes contain.
        guard !token.isEmpty, containsBytes(of: token) else { return self }
        return split(separator: token, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    /// Whether `token`'s UTF-8 bytes occur in this string's.
    func containsBytes(of token: String) -> Bool {
        let needle = Array(token.utf8)
        var text = self
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            var start = 0
            while start + needle.count <= bytes.count {
                if bytes[start] == needle[0] {
                    var matched = 1
                    while matched < needle.count && bytes[start + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return true }
                }
                start += 1
            }
            return false
        }
    }
}
