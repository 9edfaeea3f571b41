/// HTML escaping for text and attribute values.
public enum HTMLEscaping {
    /// Escapes `& < > "` (enough for text and double-quoted attributes).
    public static func escape(_ text: String) -> String {
        // Most text has nothing to escape: it is returned as it is, not copied.
        if withUTF8(of: text, { firstSpecial(in: $0, from: 0) == $0.count }) { return text }
        var result = ""
        appendEscaped(text, to: &result)
        return result
    }

    /// Appends `text` escaped. Most values have nothing to escape and are appended whole.
    public static func appendEscaped(_ text: String, to output: inout String) {
        let clean = withUTF8(of: text) { bytes in firstSpecial(in: bytes, from: 0) == bytes.count }
        if clean {
            output += text
            return
        }
        var escaped: [UInt8] = []
        withUTF8(of: text) { bytes in
            escaped.reserveCapacity(bytes.count + 16)
            for byte in bytes { appendEscaped(byte, to: &escaped) }
        }
        output += String(decoding: escaped, as: UTF8.self)
    }

    /// Appends `text` escaped onto a byte buffer.
    public static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        withUTF8(of: text) { appendEscaped($0, to: &output) }
    }

    /// `text`'s UTF-8, read in place. `String.withUTF8` is mutating: called on a copy of the
    /// argument, it retained the string's storage, an atomic count on strings (titles, URLs)
    /// that both page threads read. Inlinable so that callers in other modules specialise
    /// it: as a generic call it looked up `Optional<Result>`'s metadata each time.
    @inlinable
    public static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// Appends `bytes` escaped onto a byte buffer. The runs between special bytes are copied
    /// whole: escaping byte by byte was most of the time the HTML walker spent on text.
    public static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        while true {
            let special = firstSpecial(in: bytes, from: runStart)
            if special > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<special])) }
            guard special < bytes.count else { return }
            appendEscaped(bytes[special], to: &output)
            runStart = special + 1
        }
    }

    /// The index of the first byte from `start` that needs escaping, or `bytes.count`.
    /// Eight bytes are tested at once: text runs are long, and special bytes are rare.
    static func firstSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count && !holdsSpecialByte(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
        }
        while index < bytes.count && !needsEscaping(bytes[index]) { index += 1 }
        return index
    }

    /// Whether any byte of `word` is `"`, `&`, `<` or `>`: a byte equal to `b` is a zero byte
    /// of `word ^ (b in every byte)`, and `(x - 0x01…) & ~x & 0x80…` is nonzero exactly when
    /// `x` has a zero byte.
    @inline(__always)
    private static func holdsSpecialByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highBits }
        let found = zeroBytes(word ^ (ones &* 34)) | zeroBytes(word ^ (ones &* 38))
            | zeroBytes(word ^ (ones &* 60)) | zeroBytes(word ^ (ones &* 62))
        return found != 0
    }

    /// `"`, `&`, `<` and `>` (34, 38, 60, 62) as bits of one mask: two operations per byte.
    private static let specialBytes: UInt64 = 1 << 34 | 1 << 38 | 1 << 60 | 1 << 62

    @inline(__always)
    static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 64 && (specialBytes >> UInt64(byte)) & 1 != 0
    }

    /// The entity for a byte that `needsEscaping`.
    static func entity(for byte: UInt8) -> StaticString {
        switch byte {
        case 38: "&amp;"
        case 60: "&lt;"
        case 62: "&gt;"
        default: "&quot;"
        }
    }

    /// One byte of text, escaped, onto a byte buffer.
    @inline(__always)
    public static func appendEscaped(_ byte: UInt8, to output: inout [UInt8]) {
        switch byte {
        case 38: output += "&amp;".utf8
        case 60: output += "&lt;".utf8
        case 62: output += "&gt;".utf8
        case 34: output += "&quot;".utf8
        default: output.append(byte)
        }
    }

    /// Percent-encodes what may not appear in an `href` (spaces, quotes, non-ASCII), keeping
    /// `/ # ? & = % : @ . - _ ~` and the rest of the URL's own syntax.
    public static func encodeURL(_ url: String) -> String {
        // Most URLs need nothing encoded; they are returned as they are, without a copy. The
        // test scans the contiguous UTF-8 bytes: through `url.utf8` it cost ~650 instructions a URL.
        var copy = url
        return copy.withUTF8 { bytes in
            guard bytes.contains(where: { !isKeptInURL($0) }) else { return url }
            var encoded: [UInt8] = []
            encoded.reserveCapacity(bytes.count + 32)
            for byte in bytes {
                if isKeptInURL(byte) {
                    encoded.append(byte)
                } else {
                    encoded.append(37)
                    encoded.append(hexDigit(byte >> 4))
                    encoded.append(hexDigit(byte & 15))
                }
            }
            return String(decoding: encoded, as: UTF8.self)
        }
    }

    /// `0`–`9`, `A`–`F` for 0–15.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 48 + value : 55 + value
    }

    private static func isKeptInURL(_ byte: UInt8) -> Bool {
        byte > 32 && byte < 127 && byte != 34 && byte != 60 && byte != 62 && byte != 92 && byte != 94
            && byte != 96 && byte != 123 && byte != 124 && byte != 125
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
