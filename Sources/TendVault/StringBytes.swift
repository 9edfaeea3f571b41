extension String {
    /// Offset in the UTF-8 bytes of the first `byte`, or nil. Read through the contiguous
    /// buffer: searching `utf8` as a generic collection costs tens of instructions a byte,
    /// and the loader searches every link's destination.
    func utf8Offset(of byte: UInt8) -> Int? {
        var copy = self
        return copy.withUTF8 { $0.firstIndex(of: byte) }
    }

    /// The text before and after the first `byte` (an ASCII byte, so both sides are whole
    /// scalars), or nil when there is none.
    func split(atFirst byte: UInt8) -> (before: String, after: String)? {
        var copy = self
        return copy.withUTF8 { bytes in
            guard let offset = bytes.firstIndex(of: byte) else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[..<offset]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[(offset + 1)...]), as: UTF8.self))
        }
    }
}
