import TendVault

extension SourceText {
    /// Byte offset of a user-facing position (line, Unicode-scalar column): the inverse of
    /// `position(ofOffset:)`.
    func offset(of position: Position) -> Int {
        guard position.line >= 1, position.line <= lineStarts.count else { return bytes.count }
        let start = lineStarts[position.line - 1]
        var index = start
        var column = 1
        while column < position.column && index < bytes.count {
            index += 1
            while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index
    }

    /// Byte range of lines `lines` including the last line's terminator.
    func byteRange(lines: ClosedRange<Int>) -> Range<Int> {
        let start = lines.lowerBound <= lineStarts.count ? lineStarts[max(0, lines.lowerBound - 1)] : bytes.count
        let end = lines.upperBound < lineStarts.count ? lineStarts[lines.upperBound] : bytes.count
        return start..<max(start, end)
    }
}
