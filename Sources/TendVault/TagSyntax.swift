/// Obsidian's inline tag grammar (spec §5.1).
enum TagSyntax {
    /// Whether a scalar may appear in a tag body: anything but whitespace, ASCII punctuation
    /// other than `-`, `_` and `/`, General Punctuation (U+2000–U+206F, which holds the
    /// zero-width joiner: spec §9 case 76) and Supplemental Punctuation (U+2E00–U+2E7F).
    static func isTagScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            switch UInt8(value) {
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "/"): return true
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
            default: return false  // controls, space, punctuation
            }
        }
        if (0x2000...0x206F).contains(value) || (0x2E00...0x2E7F).contains(value) { return false }
        return !scalar.properties.isWhitespace
    }

    /// Reads a tag body starting at `start` (just after `#`); returns its end offset, or nil
    /// when the body is not a tag (empty, or all digits: `#123` is no tag, §9 case 64).
    static func tagEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
        var index = start
        var sawNonDigit = false
        var sawNonSlash = false
        while index < limit {
            let byte = bytes[index]
            let scalar: Unicode.Scalar
            let width: Int
            if byte < 0x80 {
                scalar = Unicode.Scalar(byte)
                width = 1
            } else if let decoded = decodeScalar(bytes, at: index, limit: limit) {
                (scalar, width) = decoded
            } else {
                break
            }
            guard isTagScalar(scalar) else { break }
            if !(byte >= 0x30 && byte <= 0x39) { sawNonDigit = true }
            if byte != UInt8(ascii: "/") { sawNonSlash = true }
            index += width
        }
        guard index > start, sawNonDigit, sawNonSlash else { return nil }
        return index
    }

    /// Decodes one UTF-8 scalar at `index`; nil for a malformed sequence.
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let width: Int
        var value: UInt32
        switch lead {
        case 0xC0...0xDF: width = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: width = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF7: width = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + width <= limit else { return nil }
        for offset in 1..<width {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = (value << 6) | UInt32(next & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, width)
    }

    /// The scalar that ends just before `index` (for "preceded by whitespace" checks).
    static func scalar(before index: Int, in bytes: UnsafeBufferPointer<UInt8>, lineStart: Int) -> Unicode.Scalar? {
        guard index > lineStart else { return nil }
        var start = index - 1
        while start > lineStart && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        if bytes[start] < 0x80 { return Unicode.Scalar(bytes[start]) }
        return decodeScalar(bytes, at: start, limit: index)?.0
    }
}
