/// Strings stored end to end in one byte array, each read in place as UTF-8.
///
/// Reading a `String` out of an array retains its storage: an atomic count, and the page
/// threads contend on it for strings they all read (the URL of a note many pages link to).
/// Bytes read through the one array's buffer take no count.
struct PackedStrings: Sendable {
    private let bytes: [UInt8]
    /// Where each string ends in `bytes`; it starts where the one before it ends.
    private let ends: [Int]

    init(_ strings: [String]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(strings.reduce(0) { $0 + $1.utf8.count })
        var ends: [Int] = []
        ends.reserveCapacity(strings.count)
        for string in strings {
            bytes.append(contentsOf: string.utf8)
            ends.append(bytes.count)
        }
        self.bytes = bytes
        self.ends = ends
    }

    /// Appends string `index`'s bytes to `output`.
    func append(_ index: Int, to output: inout [UInt8]) {
        let start = index == 0 ? 0 : ends[index - 1]
        bytes.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<ends[index]])) }
    }
}
