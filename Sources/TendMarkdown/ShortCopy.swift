/// Copies `count` bytes between buffers that do not overlap, the short ones without a call.
///
/// Why: a page is written as tens of thousands of pieces of a few bytes (tags, attribute
/// names, words of a run of text, search terms), and a call to `memcpy` for each, with its
/// dispatch on the length, cost more than the copy. Up to 16 bytes are copied here as two
/// loads and two stores that may overlap each other (as memcpy does for short lengths),
/// longer runs go to `memcpy`.
@inlinable @inline(__always)
public func copyBytes(from source: UnsafePointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>, count: Int) {
    let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(destination)
    if count > 16 {
        destination.update(from: source, count: count)
    } else if count >= 8 {
        let head = from.loadUnaligned(as: UInt64.self), tail = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        to.storeBytes(of: head, as: UInt64.self)
        to.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
    } else if count >= 4 {
        let head = from.loadUnaligned(as: UInt32.self), tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
        to.storeBytes(of: head, as: UInt32.self)
        to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
    } else if count > 0 {
        // One to three bytes: the first, the middle and the last (the same byte when fewer).
        let first = source[0], middle = source[count >> 1], last = source[count - 1]
        destination[0] = first
        destination[count >> 1] = middle
        destination[count - 1] = last
    }
}
