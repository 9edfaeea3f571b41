extension Array where Element == UInt8 {
    /// Appends `text`'s UTF-8 bytes from its contiguous storage. `+= text.utf8` took the
    /// generic sequence path, which cost several times more for the short pieces of markup
    /// that HTML is written in.
    @inline(__always)
    public mutating func appendUTF8(_ text: String) {
        // Native and literal strings are contiguous; `withUTF8` would copy `text` first.
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil {
            append(contentsOf: text.utf8)
        }
    }
}
