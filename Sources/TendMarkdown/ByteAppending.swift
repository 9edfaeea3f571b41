extension Array where Element == UInt8 {
    /// Appends `text`'s UTF-8 bytes from its contiguous storage. `+= text.utf8` took the
    /// generic sequence path, which cost several times more for the short pieces of markup
    /// that HTML is written in.
    public mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
