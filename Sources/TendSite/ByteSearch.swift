#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding bytes in rendered pages, which are built as byte arrays.
extension Array where Element == UInt8 {
    /// Offset of the first occurrence of `needle`, found with `memchr` and `memcmp`
    /// (glibc's `memmem` is hidden from Swift behind `_GNU_SOURCE`).
    func firstOffset(of needle: [UInt8]) -> Int? {
        withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard let hayBase = hay.baseAddress, let pinBase = pin.baseAddress, pin.count > 0, pin.count <= hay.count else { return nil }
                var start = 0
                let last = hay.count - pin.count
                while start <= last {
                    guard let found = memchr(hayBase + start, Int32(pin[0]), last - start + 1) else { return nil }
                    let offset = UnsafeRawPointer(found) - UnsafeRawPointer(hayBase)
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

    /// The bytes with the first occurrence of `target` replaced, or nil when there is none.
    func replacingFirst(_ target: [UInt8], with replacement: [UInt8]) -> [UInt8]? {
        guard let offset = firstOffset(of: target) else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(count - target.count + replacement.count)
        result += self[..<offset]
        result += replacement
        result += self[(offset + target.count)...]
        return result
    }
}
