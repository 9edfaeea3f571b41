import TendMarkdown
import TendVault

/// One note's Markdown with Obsidian's inline forms replaced by placeholder tokens.
///
/// Every replacement is made on byte ranges that the vault model recorded when it parsed the
/// note, so the renderer sees exactly the links, tags and comments that lint saw. Ranges
/// never cross a line break (multi-line comments and math are cut per line), which keeps
/// cmark's line numbers equal to the note's.
struct NoteMarkup {
    struct Replacement {
        var range: Range<Int>
        var token: Int
    }

    /// Sorted by start, never overlapping.
    private(set) var replacements: [Replacement] = []
    var tokens: [RenderInput.Token] = [.empty]
    let source: SourceText

    /// `expected`: about how many replacements the note will get, so that the two lists are
    /// allocated once (each growth allocated anew and looked up the list's type metadata).
    init(source: SourceText, expected: Int = 0) {
        self.source = source
        if expected > 0 {
            replacements.reserveCapacity(expected)
            tokens.reserveCapacity(expected + 1)
        }
    }

    mutating func addToken(_ token: RenderInput.Token) -> Int {
        tokens.append(token)
        return tokens.count - 1
    }

    /// Queues a replacement; `finish()` sorts them and drops any that overlap an earlier one.
    mutating func replace(_ range: Range<Int>, with token: Int) {
        guard !range.isEmpty else { return }
        replacements.append(Replacement(range: range, token: token))
    }

    /// Replaces a range that may span lines: `first` on its first line, nothing on the others.
    mutating func replaceLines(_ range: Range<Int>, first: Int) {
        var start = range.lowerBound
        var token = first
        while start < range.upperBound {
            let line = source.line(ofOffset: start)
            let lineEnd = source.lineRange(line).upperBound
            let end = min(range.upperBound, lineEnd)
            replace(start..<end, with: token)
            token = 0
            guard line < source.lineStarts.count else { break }
            start = max(end, source.lineStarts[line])
        }
    }

    mutating func finish() {
        replacements.sort { $0.range.lowerBound < $1.range.lowerBound }
        var kept: [Replacement] = []
        kept.reserveCapacity(replacements.count)
        for replacement in replacements {
            if let last = kept.last, replacement.range.lowerBound < last.range.upperBound { continue }
            kept.append(replacement)
        }
        replacements = kept
    }

    /// The Markdown of `range` with its replacements made. Bytes before `range` are not
    /// copied, but each of their lines becomes an empty line, so line numbers stay the note's.
    /// Lines outside `keeping` (when given) become empty lines too; `dedent` removes that many
    /// leading spaces from every line (an embedded list item, spec §4.1).
    func markdown(_ range: Range<Int>, keeping keptLines: RenderedLines? = nil, dedent: Int = 0) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(range.count + 64)
        let firstLine = range.isEmpty ? 1 : source.line(ofOffset: range.lowerBound)
        output += repeatElement(10, count: max(0, firstLine - 1))
        var index = range.lowerBound
        var next = replacements.firstIndex { $0.range.lowerBound >= range.lowerBound } ?? replacements.count
        var atLineStart = true
        let bytes = source.bytes
        if keptLines == nil && dedent == 0 {
            // The common case: copy the runs between replacements whole.
            while index < range.upperBound {
                let runEnd = next < replacements.count ? min(replacements[next].range.lowerBound, range.upperBound) : range.upperBound
                if runEnd > index { output += bytes[index..<runEnd] }
                index = runEnd
                guard next < replacements.count, index < range.upperBound else { break }
                PlaceholderToken.append(replacements[next].token, to: &output)
                index = min(replacements[next].range.upperBound, range.upperBound)
                next += 1
                while next < replacements.count && replacements[next].range.lowerBound < index { next += 1 }
            }
            return output
        }
        while index < range.upperBound {
            if next < replacements.count, replacements[next].range.lowerBound == index {
                let replacement = replacements[next]
                PlaceholderToken.append(replacement.token, to: &output)
                index = min(replacement.range.upperBound, range.upperBound)
                next += 1
                atLineStart = false
                continue
            }
            let byte = bytes[index]
            if atLineStart {
                let line = source.line(ofOffset: index)
                if let keptLines, !keptLines.contains(line) {
                    // Keep only the line break; the skipped bytes hold no replacement.
                    index = source.lineRange(line).upperBound
                    atLineStart = false
                    while next < replacements.count && replacements[next].range.lowerBound < index { next += 1 }
                    continue
                }
                if dedent > 0 {
                    var skipped = 0
                    while skipped < dedent && index < range.upperBound && bytes[index] == 32 {
                        index += 1
                        skipped += 1
                    }
                    atLineStart = false
                    continue
                }
            }
            output.append(byte)
            atLineStart = byte == 10
            index += 1
            while next < replacements.count && replacements[next].range.lowerBound < index { next += 1 }
        }
        return output
    }
}
