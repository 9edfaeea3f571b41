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
        // Digits found from the right by dividing by the constant 10 (a multiply; dividing by a
        // power of ten held in a variable was a hardware division per digit), then appended
        // in order. Index numbers in the search index and placeholders go through here.
        // Appended one by one: `append(contentsOf:)` of a buffer cost ~100 instructions more
        // than the digits, which are few.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value
            var start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(truncatingIfNeeded: rest % 10) &+ UInt8(ascii: "0")
                rest /= 10
            } while rest > 0
            for index in start..<20 { append(digits[index]) }
        }
    }
}
