import Testing
@testable import TendMarkdown

struct ShortCopyTests {
    /// Every length up to past the short-copy limit, to every offset: exactly the bytes asked
    /// for arrive, in order, and the bytes around them are left alone.
    @Test func copiesEveryLengthExactly() {
        let source = (0..<64).map { UInt8(100 + $0) }
        for count in 0...40 {
            for offset in 0..<9 {
                var destination = [UInt8](repeating: 0xEE, count: 64)
                source.withUnsafeBufferPointer { from in
                    destination.withUnsafeMutableBufferPointer { to in
                        copyBytes(from: from.baseAddress! + 3, to: to.baseAddress! + offset, count: count)
                    }
                }
                #expect(Array(destination[offset..<offset + count]) == Array(source[3..<3 + count]), "length \(count) at \(offset)")
                #expect(destination[..<offset].allSatisfy { $0 == 0xEE }, "before: length \(count) at \(offset)")
                #expect(destination[(offset + count)...].allSatisfy { $0 == 0xEE }, "after: length \(count) at \(offset)")
            }
        }
    }
}
