#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// The string with the first occurrence of `target` replaced, or nil when there is none.
    /// Byte search with `memchr` and `memcmp`: Foundation's `range(of:)` was a tenth of a
    /// build (and glibc's `memmem` is hidden from Swift behind `_GNU_SOURCE`).
    func replacingFirst(_ target: String, with replacement: String) -> String? {
        var haystack = self
        var needle = target
        let offset: Int? = haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
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
        guard let offset else { return nil }
        // Joined from slices of this string's UTF-8, which start and end on scalar boundaries
        // (the match is a whole string's bytes), so they need no checking; decoding a byte
        // copy checked the whole page again.
        let utf8 = haystack.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let end = utf8.index(start, offsetBy: needle.utf8.count)
        guard let before = String(utf8[..<start]), let after = String(utf8[end...]) else { return nil }
        var result = ""
        result.reserveCapacity(utf8.count + replacement.utf8.count)
        result += before
        result += replacement
        result += after
        return result
    }
}
