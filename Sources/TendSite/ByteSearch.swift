#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding bytes in rendered pages, which are built as byte arrays (glibc's `memmem` is
/// hidden from Swift behind `_GNU_SOURCE`).
extension Array where Element == UInt8 {
    /// Roughly how often each byte value occurs, for `firstOffset(of:byteCounts:)`: every
    /// eighth byte is counted, as only telling rare bytes from common ones matters there.
    var byteCounts: [Int] {
        var counts = [Int](repeating: 0, count: 256)
        for index in stride(from: 0, to: count, by: 8) { counts[Int(self[index])] += 1 }
        return counts
    }

    /// Offset of the first occurrence of `needle`, given how often each byte value occurs
    /// in the array: `memchr` looks for the needle's rarest byte, not its first (in HTML
    /// mostly a `<`, found every few dozen bytes). The counts only steer the search.
    func firstOffset(of needle: [UInt8], byteCounts: [Int]) -> Int? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        var rare = 0
        for index in needle.indices where byteCounts[Int(needle[index])] < byteCounts[Int(needle[rare])] { rare = index }
        return withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard let hayBase = hay.baseAddress, let pinBase = pin.baseAddress else { return nil }
                // Candidate starts grow with the rare byte's offset, so the first match is the first occurrence.
                var start = 0
                let last = hay.count - pin.count
                while start <= last {
                    guard let found = memchr(hayBase + start + rare, Int32(pin[rare]), last - start + 1) else { return nil }
                    let offset = UnsafeRawPointer(found) - UnsafeRawPointer(hayBase) - rare
                    if memcmp(hayBase + offset, pinBase, pin.count) == 0 { return offset }
                    start = offset + 1
                }
                return nil
            }
        }
    }

    /// Offset of the last occurrence of `needle`.
    func lastOffset(of needle: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        var offset = count - needle.count
        while offset >= 0 {
            if self[offset] == needle[0] && self[offset..<(offset + needle.count)].elementsEqual(needle) { return offset }
            offset -= 1
        }
        return nil
    }
}
