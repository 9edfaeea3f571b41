#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds `%%comments%%` (spec §7.1).
///
/// A block comment opens on a line that begins (after spaces) with `%%` and has no other `%`;
/// it runs to the next `%%` anywhere, or to the end of the file. An inline comment is
/// `%%text%%` on one line with non-empty text. Since Obsidian 1.13 a delimiter is exactly two
/// `%`, so `%%%%` is literal. Code blocks and code spans hide comment syntax.
struct CommentScanner {
    struct Found {
        var range: Range<Int>
        var isBlock: Bool
        var isClosed: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let source: SourceText
    /// Lines inside code or HTML blocks.
    let skipLines: [Bool]
    /// Byte ranges of code spans, sorted by start.
    let codeZones: [Range<Int>]

    /// The next `%` in `index..<end`, else `end`. `memchr`: this runs over every line of every note.
    private func nextPercent(from index: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress, index < end,
              let hit = memchr(base + index, Int32(UInt8(ascii: "%")), end - index) else { return end }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    func scan() -> [Found] {
        var found: [Found] = []
        var cursor = ZoneCursor(codeZones)
        var line = 1
        var position = 0
        while line <= source.lineCount {
            let lineRange = source.lineRange(line)
            if skipLines[line] || position > lineRange.upperBound {
                line += 1
                continue
            }
            var index = max(position, lineRange.lowerBound)
            var advancedTo: Int?
            while index < lineRange.upperBound - 1 {
                if bytes[index] != UInt8(ascii: "%") {
                    // Jump to the next `%` on the line (or past its end).
                    index = nextPercent(from: index, to: lineRange.upperBound)
                    continue
                }
                if let zoneEnd = cursor.skip(index) {
                    index = zoneEnd
                    continue
                }
                guard isDelimiter(at: index) else {
                    index += 1
                    continue
                }
                if opensBlock(at: index, line: lineRange) {
                    let close = nextDelimiter(from: index + 2, limit: bytes.count)
                    let end = close.map { $0 + 2 } ?? bytes.count
                    found.append(Found(range: index..<end, isBlock: true, isClosed: close != nil))
                    advancedTo = end
                    break
                }
                if let close = nextDelimiter(from: index + 2, limit: lineRange.upperBound), close > index + 2 {
                    found.append(Found(range: index..<(close + 2), isBlock: false, isClosed: true))
                    index = close + 2
                } else {
                    index += 2
                }
            }
            if let end = advancedTo {
                position = end
                line = source.line(ofOffset: max(0, end - 1))
                // Text after a block comment's closer on the same line is scanned again.
                if end < source.lineRange(line).upperBound { continue }
            }
            line += 1
        }
        return found
    }

    /// Exactly two `%`: neither neighbour is `%`.
    private func isDelimiter(at index: Int) -> Bool {
        let percent = UInt8(ascii: "%")
        guard index + 1 < bytes.count, bytes[index] == percent, bytes[index + 1] == percent else { return false }
        if index > 0 && bytes[index - 1] == percent { return false }
        if index + 2 < bytes.count && bytes[index + 2] == percent { return false }
        return true
    }

    /// A `%%` that starts its line (after spaces, or after `>` markers inside a blockquote or
    /// callout) with no other `%` on the line opens a block comment (spec §7.1).
    private func opensBlock(at index: Int, line: Range<Int>) -> Bool {
        let before = bytes[line.lowerBound..<index]
        guard before.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }) else { return false }
        return !bytes[(index + 2)..<line.upperBound].contains(UInt8(ascii: "%"))
    }

    private func nextDelimiter(from start: Int, limit: Int) -> Int? {
        var index = start
        while index + 1 < limit {
            if isDelimiter(at: index) { return index }
            index += 1
        }
        return nil
    }
}
