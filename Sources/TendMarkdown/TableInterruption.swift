/// Finds GFM tables that interrupt a paragraph: a header row directly under a non-blank line,
/// followed by a delimiter row (`|---|:--:|`). cmark-gfm parses these right but reports no
/// source positions for the interrupted paragraph, so the parser splits the text there.
enum TableInterruption {
    /// 1-based lines of the header rows of such tables, outside code blocks.
    static func headerLines(in bytes: UnsafeBufferPointer<UInt8>, codeLines: Set<Int32>) -> [Int] {
        let starts = FlatTree.lineStarts(of: bytes)
        func line(_ number: Int) -> ArraySlice<UInt8> {
            let start = starts[number - 1]
            var end = number < starts.count ? starts[number] - 1 : bytes.count
            if end > start && bytes[end - 1] == 13 { end -= 1 }
            return ArraySlice(bytes[start..<max(start, end)])
        }
        var result: [Int] = []
        guard starts.count >= 3 else { return result }
        for delimiter in 3...starts.count where !codeLines.contains(Int32(delimiter)) {
            guard isDelimiterRow(line(delimiter)) else { continue }
            let header = line(delimiter - 1)
            let above = line(delimiter - 2)
            if header.contains(UInt8(ascii: "|")) && !isBlank(above) && !isDelimiterRow(above) {
                result.append(delimiter - 1)
            }
        }
        return result
    }

    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == 32 || $0 == 9 }
    }

    /// `| --- | :-: |`, `---|---`, with optional leading/trailing pipes and blockquote markers.
    static func isDelimiterRow(_ line: ArraySlice<UInt8>) -> Bool {
        var sawDash = false
        var sawPipe = false
        for byte in line {
            switch byte {
            case UInt8(ascii: "-"): sawDash = true
            case UInt8(ascii: "|"): sawPipe = true
            case UInt8(ascii: ":"), 32, 9, UInt8(ascii: ">"): continue
            default: return false
            }
        }
        return sawDash && sawPipe
    }
}
