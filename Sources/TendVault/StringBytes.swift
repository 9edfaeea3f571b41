extension String {
    /// The text before and after the first `byte` (an ASCII byte, so both sides are whole
    /// scalars), or nil when there is none. Searched through the contiguous buffer: searching
    /// `utf8` as a generic collection costs tens of instructions a byte, and the loader
    /// splits every Markdown link's destination.
    func split(atFirst byte: UInt8) -> (before: String, after: String)? {
        var copy = self
        return copy.withUTF8 { bytes in
            guard let offset = bytes.firstIndex(of: byte) else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[..<offset]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[(offset + 1)...]), as: UTF8.self))
        }
    }
}
