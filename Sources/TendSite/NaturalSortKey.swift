/// A key that sorts names as Obsidian's file explorer does: numbers by their value
/// ("Step 2" before "Step 10"), letters without regard to case.
///
/// Each run of ASCII digits is padded with zeros to `width` digits, so that comparing keys
/// as text compares the numbers by value; everything else is lower-cased. Names that differ
/// only in leading zeros ("Step 02", "Step 2") get the same key, and callers break the tie.
/// A run longer than `width` digits is kept as it is.
enum NaturalSortKey {
    static let width = 20

    static func of(_ name: String) -> String {
        // ASCII names (most) are lower-cased on bytes; `lowercased()` maps scalar by scalar.
        var lowered = Array(name.utf8)
        if lowered.allSatisfy({ $0 < 0x80 }) {
            for index in lowered.indices where lowered[index] &- 65 < 26 { lowered[index] &+= 32 }
        } else {
            lowered = Array(name.lowercased().utf8)
        }
        var key: [UInt8] = []
        key.reserveCapacity(lowered.count + width)
        var index = 0
        while index < lowered.count {
            guard isDigit(lowered[index]) else {
                key.append(lowered[index])
                index += 1
                continue
            }
            var end = index
            while end < lowered.count && isDigit(lowered[end]) { end += 1 }
            // Leading zeros dropped first, so that "007" and "7" pad to the same digits.
            var start = index
            while start < end - 1 && lowered[start] == UInt8(ascii: "0") { start += 1 }
            if end - start < width { key.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - (end - start))) }
            key.append(contentsOf: lowered[start..<end])
            index = end
        }
        return String(decoding: key, as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
