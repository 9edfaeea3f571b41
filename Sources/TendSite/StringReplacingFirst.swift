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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + replacement.utf8.count)
        haystack.withUTF8 { hay in
            bytes += hay[..<offset]
            bytes += replacement.utf8
            bytes += hay[(offset + target.utf8.count)...]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
