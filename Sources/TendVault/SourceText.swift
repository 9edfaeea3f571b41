#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one file with an index of where each line starts.
///
/// Positions handed to users are 1-based lines and 1-based columns counted in Unicode
/// scalars (what editors and SARIF's `unicodeCodePoints` column kind expect); cmark and
/// the scanners work in UTF-8 bytes, so this type converts between the two.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// Per line (0-based): whether it holds a non-ASCII byte. Only there do columns need counting.
    private let wideLines: [Bool]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var wide: [Bool] = []
        bytes.withUnsafeBufferPointer { buffer in
            // Lines counted first (memchr, vectorised): the vault keeps these lists for the
            // whole build, and lists grown by doubling kept a third of their memory unused.
            let lineCount = Self.lineBreaks(in: buffer) + 1
            starts.reserveCapacity(lineCount)
            wide.reserveCapacity(lineCount)
            guard let base = buffer.baseAddress, buffer.count > 0 else {
                wide.append(false)
                return
            }
            // memchr finds line ends (vectorised in libc); OR-ing a line's bytes tells whether
            // any is non-ASCII without a branch per byte.
            var start = 0
            while true {
                let found = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start)
                let end = found.map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? buffer.count
                var bits: UInt8 = 0
                for index in start..<end { bits |= buffer[index] }
                wide.append(bits >= 0x80)
                guard found != nil else { break }
                start = end + 1
                starts.append(start)
            }
        }
        self.lineStarts = starts
        self.wideLines = wide
    }

    private static func lineBreaks(in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var count = 0
        var start = 0
        while start < buffer.count, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start) {
            count += 1
            start = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base + 1
        }
        return count
    }

    public init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    public var lineCount: Int { lineStarts.count }

    /// Whether 1-based `line` holds a non-ASCII byte: elsewhere a column is a byte count.
    public func isWide(line: Int) -> Bool { wideLines[line - 1] }

    /// True when every byte is ASCII (and so the text is valid UTF-8 and columns are bytes).
    public var isASCII: Bool { !wideLines.contains(true) }

    /// The first 1-based line that is not valid UTF-8, or nil. Only lines holding a non-ASCII
    /// byte can be invalid, so only those are checked.
    public var firstInvalidUTF8Line: Int? {
        bytes.withUnsafeBufferPointer { buffer in
            wideLines.indices.first { index in
                wideLines[index] && !UTF8Validation.isValid(UnsafeBufferPointer(rebasing: buffer[lineRange(index + 1)]))
            }.map { $0 + 1 }
        }
    }

    /// Byte range of line `line` (1-based), without its line terminator (`\n` or `\r\n`).
    public func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }

    /// The text of line `line` (1-based), without its terminator.
    public func lineText(_ line: Int) -> String {
        String(decoding: bytes[lineRange(line)], as: UTF8.self)
    }

    /// Absolute byte offset of a cmark-style (1-based, byte) column on a line.
    public func offset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return bytes.count }
        return min(bytes.count, lineStarts[line - 1] + max(0, byteColumn - 1))
    }

    /// The 1-based line that holds byte `offset`.
    public func line(ofOffset offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The user-facing position of byte `offset`: line and Unicode-scalar column.
    public func position(ofOffset offset: Int) -> Position {
        position(ofOffset: offset, line: line(ofOffset: offset))
    }

    /// The same, when the caller already knows the 1-based line that holds `offset`.
    public func position(ofOffset offset: Int, line: Int) -> Position {
        guard wideLines[line - 1] else { return Position(line: line, column: offset - lineStarts[line - 1] + 1) }
        // Columns count lead bytes only (continuation bytes are 0b10xxxxxx).
        let start = lineStarts[line - 1], end = min(offset, bytes.count)
        guard start < end else { return Position(line: line, column: 1) }
        let continuations = Self.continuationBytes(in: bytes, start..<end)
        return Position(line: line, column: 1 + (end - start) - continuations)
    }

    /// The position of byte `offset` on the same line as `start`, the known position of the
    /// earlier byte `startOffset`: only the bytes between are counted, not the line from its
    /// start again.
    func position(ofOffset offset: Int, onLineAfter start: Position, atOffset startOffset: Int) -> Position {
        guard wideLines[start.line - 1] else { return Position(line: start.line, column: start.column + (offset - startOffset)) }
        let end = min(offset, bytes.count)
        guard startOffset < end else { return start }
        let continuations = Self.continuationBytes(in: bytes, startOffset..<end)
        return Position(line: start.line, column: start.column + (end - startOffset) - continuations)
    }

    /// How many of eight bytes (loaded as one word) are UTF-8 continuation bytes: a byte is
    /// one when its bit 7 is set and its bit 6 (shifted into bit 7) is not. The bits, moved to
    /// bit 0 of each byte, are summed by one multiply into the top byte (at most 8: no carry).
    @inlinable
    public static func continuationBytes(inWord word: UInt64) -> Int {
        let ones = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
        return Int(truncatingIfNeeded: (ones &* 0x0101_0101_0101_0101) >> 56)
    }

    /// How many of `range`'s bytes are UTF-8 continuation bytes (0b10xxxxxx): columns count
    /// the others. Eight bytes at a time. This runs from a line's start for every link and
    /// tag on a line with non-ASCII text.
    static func continuationBytes(in bytes: [UInt8], _ range: Range<Int>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            let raw = UnsafeRawPointer(base)
            var count = 0
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                count += continuationBytes(inWord: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                index += 8
            }
            while index < range.upperBound {
                if buffer[index] & 0xC0 == 0x80 { count += 1 }
                index += 1
            }
            return count
        }
    }

    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }
}

/// A user-facing position: 1-based line, 1-based column in Unicode scalars.
public struct Position: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: Position, b: Position) -> Bool {
        a.line != b.line ? a.line < b.line : a.column < b.column
    }

    public var description: String { "\(line):\(column)" }
}
