/// What the term scan makes of each byte: a byte of a word lower-cased (an ASCII letter
/// lower-cased, an ASCII digit or any non-ASCII byte as it is), or 0 for a byte that ends a word.
///
/// One load per byte instead of two range tests and a branch for the case. The table is
/// reached once per scan, not once per byte, so its lazy initialisation costs nothing that counts.
enum WordBytes {
    static let table: [UInt8] = (0..<256).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: return byte
        default: return 0
        }
    }
}
