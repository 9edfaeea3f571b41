/// HTML escaping for text and attribute values.
public enum HTMLEscaping {
    /// Escapes `& < > "` (enough for text and double-quoted attributes).
    public static func escape(_ text: String) -> String {
        var needs = false
        for byte in text.utf8 where byte == 38 || byte == 60 || byte == 62 || byte == 34 {
            needs = true
            break
        }
        guard needs else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        appendEscaped(text, to: &result)
        return result
    }

    public static func appendEscaped(_ text: String, to output: inout String) {
        var start = text.utf8.startIndex
        var index = start
        let utf8 = text.utf8
        while index != utf8.endIndex {
            let replacement: String?
            switch utf8[index] {
            case 38: replacement = "&amp;"
            case 60: replacement = "&lt;"
            case 62: replacement = "&gt;"
            case 34: replacement = "&quot;"
            default: replacement = nil
            }
            if let replacement {
                output += text[start..<index]
                output += replacement
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += text[start..<utf8.endIndex]
    }

    /// Percent-encodes what may not appear in an `href` (spaces, quotes, non-ASCII), keeping
    /// `/ # ? & = % : @ . - _ ~` and the rest of the URL's own syntax.
    public static func encodeURL(_ url: String) -> String {
        var result = ""
        result.reserveCapacity(url.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(url.utf8.count)
        for byte in url.utf8 {
            if byte > 32 && byte < 127 && byte != 34 && byte != 60 && byte != 62 && byte != 92 && byte != 94
                && byte != 96 && byte != 123 && byte != 124 && byte != 125 {
                bytes.append(byte)
            } else {
                bytes.append(37)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 15)])
            }
        }
        result = String(decoding: bytes, as: UTF8.self)
        return result
    }

    /// True for URLs a page must never link to: `javascript:`, `vbscript:`, `file:`, and
    /// `data:` other than images (the same test as cmark's safe mode).
    public static func isDangerousURL(_ url: String) -> Bool {
        let lower = url.prefix(16).lowercased().filter { !$0.isWhitespace }
        if lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:") { return true }
        if lower.hasPrefix("data:") {
            return !(lower.hasPrefix("data:image/png") || lower.hasPrefix("data:image/gif")
                     || lower.hasPrefix("data:image/jpeg") || lower.hasPrefix("data:image/webp"))
        }
        return false
    }
}
