/// Obsidian's inline footnotes, `text ^[a note]` (spec §7.5, §9 case 112), turned into
/// ordinary ones before cmark parses: the reference becomes `[^tend-inline-N]` and the note
/// a definition appended after the text, so cmark numbers it with the others, in order of
/// first reference, and renders its Markdown.
///
/// Lines inside fenced code are left alone, and so are code spans; brackets may nest.
/// Definitions go after the last line, so every line keeps its number.
enum InlineFootnotes {
    static func rewrite(_ markdown: [UInt8]) -> [UInt8] {
        guard containsOpener(markdown) else { return markdown }
        var output: [UInt8] = []
        output.reserveCapacity(markdown.count + 64)
        var definitions: [[UInt8]] = []
        var fence: (byte: UInt8, count: Int)?
        var lineStart = 0
        while lineStart < markdown.count {
            var lineEnd = lineStart
            while lineEnd < markdown.count && markdown[lineEnd] != 10 { lineEnd += 1 }
            let line = Array(markdown[lineStart..<lineEnd])
            if let marker = fenceMarker(line) {
                if let open = fence {
                    if marker.byte == open.byte && marker.count >= open.count { fence = nil }
                } else {
                    fence = marker
                }
                output += line
            } else if fence != nil {
                output += line
            } else {
                output += rewriteLine(line, definitions: &definitions)
            }
            if lineEnd < markdown.count { output.append(10) }
            lineStart = lineEnd + 1
        }
        guard !definitions.isEmpty else { return markdown }
        // A fence left open runs to the end of the note: close it so the definitions are not code.
        if let open = fence { output += [10] + Array(repeating: open.byte, count: open.count) }
        output += Array("\n\n".utf8)
        for (index, definition) in definitions.enumerated() {
            output += Array("[^tend-inline-\(index + 1)]: ".utf8)
            output += definition
            output.append(10)
        }
        return output
    }

    /// Whether `^[` occurs at all.
    static func containsOpener(_ bytes: [UInt8]) -> Bool {
        bytes.containsPair(UInt8(ascii: "^"), UInt8(ascii: "["))
    }

    /// A code fence line: up to three spaces, then three or more backticks or tildes.
    private static func fenceMarker(_ line: [UInt8]) -> (byte: UInt8, count: Int)? {
        var index = 0
        while index < line.count && index < 3 && line[index] == 32 { index += 1 }
        guard index < line.count, line[index] == UInt8(ascii: "`") || line[index] == UInt8(ascii: "~") else { return nil }
        let byte = line[index]
        var count = 0
        while index < line.count && line[index] == byte { index += 1; count += 1 }
        return count >= 3 ? (byte, count) : nil
    }

    private static func rewriteLine(_ line: [UInt8], definitions: inout [[UInt8]]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte == UInt8(ascii: "`") {
                // A code span: copy it to its closing run of the same length.
                var run = 0
                while index + run < line.count && line[index + run] == byte { run += 1 }
                var close = index + run
                var found = false
                while close < line.count {
                    var length = 0
                    while close + length < line.count && line[close + length] == byte { length += 1 }
                    if length == run { found = true; break }
                    close += max(1, length)
                }
                let end = found ? close + run : index + run
                output += line[index..<end]
                index = end
                continue
            }
            if byte == UInt8(ascii: "\\") && index + 1 < line.count {
                output += line[index...(index + 1)]
                index += 2
                continue
            }
            if byte == UInt8(ascii: "^") && index + 1 < line.count && line[index + 1] == UInt8(ascii: "["),
               let close = matchingBracket(line, from: index + 1), close > index + 2 {
                definitions.append(Array(line[(index + 2)..<close]))
                output += Array("[^tend-inline-\(definitions.count)]".utf8)
                index = close + 1
                continue
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    /// The `]` that closes the `[` at `open`, counting nested brackets and skipping escapes.
    private static func matchingBracket(_ line: [UInt8], from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < line.count {
            switch line[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }
}
