extension Array where Element == UInt8 {
    /// Appends `text`'s UTF-8 bytes from its contiguous storage. `+= text.utf8` took the
    /// generic sequence path, which cost several times more for the short pieces of markup
    /// that HTML is written in.
    @inlinable @inline(__always)
    public mutating func appendUTF8(_ text: String) {
        // Native and literal strings are contiguous; `withUTF8` would copy `text` first.
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil {
            append(contentsOf: text.utf8)
        }
    }

    /// Appends a literal's bytes. A `StaticString` is its UTF-8 already: no test of how the
    /// text is stored, as `appendUTF8` makes, which was most of its cost for short markup.
    @inlinable @inline(__always)
    public mutating func appendLiteral(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends a non-negative integer's decimal digits: `String(value)` first cost more than
    /// the bytes around it (placeholder tokens, search index postings).
    @inlinable
    public mutating func appendDecimal(_ value: Int) {
        precondition(value >= 0, "only non-negative numbers")
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        repeat {
            append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        } while divisor > 0
    }
}
