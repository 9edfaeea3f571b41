#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Array where Element == UInt8 {
    /// Whether `first` is directly followed by `second` anywhere (`%%`, `^[`, `]:`). `memchr`
    /// finds each `first`: most notes have none of these pairs, and are read once per check.
    public func containsPair(_ first: UInt8, _ second: UInt8) -> Bool {
        withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var index = 0
            while index < buffer.count, let found = memchr(base + index, Int32(first), buffer.count - index) {
                let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if offset + 1 < buffer.count && buffer[offset + 1] == second { return true }
                index = offset + 1
            }
            return false
        }
    }
}
