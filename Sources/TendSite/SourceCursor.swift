import TendVault

/// Byte offsets of positions asked for in source order, as `SourceText.offset(of:)` gives them.
///
/// Why: a position's column counts Unicode scalars, so finding its byte walks the line from
/// its start; a note's links, tags and highlights sit on long paragraph lines, and walking
/// from the start for each one was most of the time spent placing them. Up to a line's first
/// multi-byte character (on most lines: to its end) a column is a byte count; after it, the
/// cursor walks on from the previous position, or from that character, whichever is later.
struct SourceCursor {
    let source: SourceText
    private var line = 0
    private var lineStart = 0
    /// Where the next line starts: the line's bytes, its line break included, end here.
    private var lineEnd = 0
    /// The first UTF-8 continuation byte after the line's first byte, or `lineEnd`: before
    /// it, each column is one byte.
    private var narrowEnd = 0
    private var column = 1
    private var index = 0

    init(_ source: SourceText) {
        self.source = source
    }

    mutating func offset(of position: Position) -> Int {
        let bytes = source.bytes
        guard position.line >= 1, position.line <= source.lineStarts.count else { return bytes.count }
        if position.line != line { enter(line: position.line) }
        let guess = lineStart + position.column - 1
        if position.column >= 1 && guess < narrowEnd { return guess }
        if position.column < column {
            column = 1
            index = lineStart
        }
        // The byte before `narrowEnd` is reached at this column, as the walk below shows.
        let narrowColumn = narrowEnd - lineStart
        if narrowColumn > column && position.column >= narrowColumn {
            column = narrowColumn
            index = narrowEnd - 1
        }
        // The same steps as `offset(of:)`: one byte, then its continuation bytes, per column;
        // eight bytes at once while they hold no more characters than are left to pass and
        // the byte after them starts a character.
        var index = index, column = column
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }  // an empty note: nothing to walk
            let raw = UnsafeRawPointer(base)
            while column < position.column && index < bytes.count {
                if index + 8 < bytes.count {
                    let characters = 8 - SourceText.continuationBytes(inWord: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    if column + characters <= position.column && bytes[index + 8] & 0xC0 != 0x80 {
                        index += 8
                        column += characters
                        continue
                    }
                }
                index += 1
                while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
                column += 1
            }
        }
        self.index = index
        self.column = column
        return index
    }

    private mutating func enter(line newLine: Int) {
        line = newLine
        lineStart = source.lineStarts[newLine - 1]
        lineEnd = newLine < source.lineStarts.count ? source.lineStarts[newLine] : source.bytes.count
        column = 1
        index = lineStart
        guard source.isWide(line: newLine) else {
            narrowEnd = lineEnd
            return
        }
        narrowEnd = source.bytes.withUnsafeBufferPointer { bytes in
            var next = lineStart + 1
            while next < lineEnd && bytes[next] & 0xC0 != 0x80 { next += 1 }
            return min(next, lineEnd)
        }
    }
}
