/// Whether bytes are well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no surrogates,
/// nothing above U+10FFFF), the check `String(validating:as: UTF8.self)` makes.
///
/// Why not that initialiser: it also builds the String, and the loader only needs the answer
/// for every line holding a non-ASCII byte of every note. A test compares the two.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return true }
        while index < count {
            // Runs of ASCII (most of any line) eight bytes at a time: no high bit in the word.
            while index + 8 <= count
                    && UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The allowed range of the second byte depends on the lead (Table 3-7); later
            // continuation bytes are always 80…BF.
            let width: Int
            var secondLow: UInt8 = 0x80, secondHigh: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: width = 2
            case 0xE0: width = 3; secondLow = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: width = 3
            case 0xED: width = 3; secondHigh = 0x9F
            case 0xF0: width = 4; secondLow = 0x90
            case 0xF1...0xF3: width = 4
            case 0xF4: width = 4; secondHigh = 0x8F
            default: return false
            }
            guard index + width <= count else { return false }
            let second = bytes[index + 1]
            guard second >= secondLow && second <= secondHigh else { return false }
            for offset in 2..<width where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += width
        }
        return true
    }
}
