import TendVault

/// Byte offsets of positions asked for in source order, as `SourceText.offset(of:)` gives them.
///
/// Why: a position's column counts Unicode scalars, so finding its byte walks the line from
/// its start; a note's links, tags and highlights sit on long paragraph lines, and walking
/// from the start for each one was most of the time spent placing them. The cursor walks on
/// from the previous position when the next one is later on the same line.
struct SourceCursor {
    let source: SourceText
    private var line = 0
    private var column = 1
    private var index = 0

    init(_ source: SourceText) {
        self.source = source
    }

    mutating func offset(of position: Position) -> Int {
        let bytes = source.bytes
        guard position.line >= 1, position.line <= source.lineStarts.count else { return bytes.count }
        if position.line != line || position.column < column {
            line = position.line
            column = 1
            index = source.lineStarts[position.line - 1]
        }
        // The same steps as `offset(of:)`: one byte, then its continuation bytes, per column.
        while column < position.column && index < bytes.count {
            index += 1
            while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index
    }
}
