/// Scans Markdown text for Obsidian's inline forms that cmark does not know: wikilinks and
/// embeds, tags and highlights (spec §1.1, §5.1, §7.2).
///
/// It runs over the raw bytes, so positions are exact, and skips what cmark says hides OFM
/// syntax: code and HTML blocks (whole lines), and code spans, raw HTML and Markdown links
/// (zones). Backslash escapes and `$math$` hide syntax too (§7.4, §7.7).
struct InlineScanner {
    struct WikilinkMatch {
        var range: Range<Int>
        var contentRange: Range<Int>
        var isEmbed: Bool
        var line: Int
    }

    struct TagMatch {
        var range: Range<Int>
    }

    struct HighlightMatch {
        var range: Range<Int>
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let source: SourceText
    /// Lines to skip entirely (code and HTML blocks); index 0 unused.
    let skipLines: [Bool]
    /// Lines that are GFM table rows: `|` starts a cell, so a tag may follow it.
    let tableLines: [Bool]
    /// Zones where OFM syntax is not recognised, sorted by start.
    let zones: [Range<Int>]
    /// Starts of the zones that are raw HTML.
    let htmlZoneStarts: Set<Int>

    var wikilinks: [WikilinkMatch] = []
    var tags: [TagMatch] = []
    var highlights: [HighlightMatch] = []
    /// `$…$` and `$$…$$` spans (byte ranges), for rendering.
    var math: [Range<Int>] = []

    init(bytes: UnsafeBufferPointer<UInt8>, source: SourceText, skipLines: [Bool], tableLines: [Bool], zones: [Range<Int>],
         htmlZoneStarts: Set<Int> = []) {
        self.bytes = bytes
        self.source = source
        self.skipLines = skipLines
        self.tableLines = tableLines
        self.zones = zones
        self.htmlZoneStarts = htmlZoneStarts
    }

    /// Scans lines `lines`, or only the byte range `within` when given (comment content).
    mutating func scan(lines: ClosedRange<Int>, within: Range<Int>? = nil) {
        var cursor = ZoneCursor(zones)
        var highlightCloser = -1
        // A 256-bit mask in locals: no array bounds check or lazy-static check per byte.
        let startsSyntax = Self.startsSyntax
        var resume = within?.lowerBound ?? 0
        guard let base = bytes.baseAddress else { return }
        for line in lines where !skipLines[line] {
            var lineRange = source.lineRange(line)
            if let within { lineRange = lineRange.clamped(to: within) }
            var index = max(resume, lineRange.lowerBound)
            let end = lineRange.upperBound
            while index < end {
                // Most bytes start nothing: skip eight at a time while none may start
                // syntax, then byte by byte in a tight loop over locals only.
                while index + 8 <= end && !Self.wordMayStartSyntax(base + index) { index += 8 }
                guard index < end else { break }
                var byte = base[index]
                while startsSyntax[Int(byte)] == 0 {
                    index += 1
                    guard index < end else { break }
                    byte = base[index]
                }
                guard index < end else { break }
                if let zoneEnd = cursor.skip(index) {
                    index = zoneEnd
                    continue
                }
                switch byte {
                case UInt8(ascii: "\\"):
                    // An escaped ASCII punctuation character is literal (`\#tag`, `\[[x]]`).
                    index += (index + 1 < end && isASCIIPunctuation(bytes[index + 1])) ? 2 : 1
                case UInt8(ascii: "!"):
                    if index + 2 < end && bytes[index + 1] == UInt8(ascii: "[") && bytes[index + 2] == UInt8(ascii: "["),
                       let match = wikilink(at: index + 1, lineEnd: end, isEmbed: true, line: line, zones: cursor) {
                        wikilinks.append(match)
                        index = match.range.upperBound
                    } else {
                        index += 1
                    }
                case UInt8(ascii: "["):
                    if index + 1 < end && bytes[index + 1] == UInt8(ascii: "["),
                       let match = wikilink(at: index, lineEnd: end, isEmbed: false, line: line, zones: cursor) {
                        wikilinks.append(match)
                        index = match.range.upperBound
                    } else {
                        index += 1
                    }
                case UInt8(ascii: "#"):
                    if startsTag(at: index, lineStart: lineRange.lowerBound, line: line),
                       let tagEnd = TagSyntax.tagEnd(in: bytes, from: index + 1, limit: end) {
                        tags.append(TagMatch(range: index..<tagEnd))
                        index = tagEnd
                    } else {
                        index += 1
                    }
                case UInt8(ascii: "="):
                    if index == highlightCloser {
                        // The closing `==` of a highlight opened earlier on this line.
                        index += 2
                    } else if index < highlightCloser {
                        // Inside a highlight: its content is parsed on its own, and the first
                        // valid `==` closes it, so no highlight can open in there (§7.2).
                        index += 1
                    } else if let match = highlight(at: index, lineEnd: end, zones: cursor) {
                        highlights.append(match)
                        // Keep scanning inside: a highlight may hold links, tags and math (§7.2).
                        highlightCloser = match.range.upperBound - 2
                        index += 2
                    } else {
                        index += 1
                    }
                case UInt8(ascii: "$"):
                    if let mathEnd = mathEnd(at: index, lineEnd: end) {
                        math.append(index..<mathEnd)
                        index = mathEnd
                    } else {
                        index += 1
                    }
                default:
                    index += 1
                }
            }
            resume = index
        }
    }

    /// Bytes that may start Obsidian syntax, `\ ! [ # = $`, as a 256-entry table (1: may start).
    /// One load per byte; bit masks kept in locals cost ~20 instructions a byte (spilled registers).
    /// Never freed: one table for the process, only read.
    nonisolated(unsafe) private static let startsSyntax: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: 0, count: 256)
        for byte in "\\![#=$".utf8 { table[Int(byte)] = 1 }
        return UnsafePointer(table)
    }()

    /// Whether any of the eight bytes at `pointer` is one of `\ ! [ # = $` (what
    /// `startsSyntax` marks), tested on one 64-bit word: a byte equals `t` exactly when the
    /// word XOR `t` repeated has a zero byte there, and `(x - 0x01…) & ~x & 0x80…` is
    /// non-zero exactly when `x` has a zero byte. (Swift's SIMD16 compares cost five
    /// times more than the table loop here.)
    @inline(__always)
    private static func wordMayStartSyntax(_ pointer: UnsafePointer<UInt8>) -> Bool {
        let word = UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasByte(_ byte: UInt8) -> UInt64 {
            let x = word ^ (ones &* UInt64(byte))
            return (x &- ones) & ~x & highs
        }
        return (hasByte(UInt8(ascii: "\\")) | hasByte(UInt8(ascii: "!")) | hasByte(UInt8(ascii: "["))
            | hasByte(UInt8(ascii: "#")) | hasByte(UInt8(ascii: "=")) | hasByte(UInt8(ascii: "$"))) != 0
    }

    private func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (33...47).contains(byte) || (58...64).contains(byte) || (91...96).contains(byte) || (123...126).contains(byte)
    }

    /// `[[` + content + `]]` on one line, ending at the first `]]`. If the content holds
    /// `[[`, this `[[` does not start a link (§1.1: `[[a [[b]]` links only `b`).
    private func wikilink(at open: Int, lineEnd: Int, isEmbed: Bool, line: Int, zones: ZoneCursor) -> WikilinkMatch? {
        let contentStart = open + 2
        var index = contentStart
        while index + 1 < lineEnd {
            if bytes[index] == UInt8(ascii: "]") && bytes[index + 1] == UInt8(ascii: "]") { break }
            if bytes[index] == UInt8(ascii: "[") && bytes[index + 1] == UInt8(ascii: "[") { return nil }
            index += 1
        }
        guard index + 1 < lineEnd else { return nil }
        let contentEnd = index
        guard contentEnd > contentStart else { return nil }  // `[[]]` is literal text (§9 case 8)
        let content = bytes[contentStart..<contentEnd]
        guard content.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return nil }
        // Code spans win over wikilinks (§0.3): one starting inside the brackets cancels the
        // link, and so does a Markdown link (the renderer meets those in lint's order). Raw
        // HTML does not: Obsidian reads `[[Note|<b>x</b>]]` as a link whose alias is the text
        // `<b>x</b>`, and the site escapes it like any alias.
        if zones.zones(startingBefore: contentEnd + 2).contains(where: { !htmlZoneStarts.contains($0.lowerBound) }) {
            return nil
        }
        let start = isEmbed ? open - 1 : open
        return WikilinkMatch(range: start..<(contentEnd + 2), contentRange: contentStart..<contentEnd,
                             isEmbed: isEmbed, line: line)
    }

    /// A tag's `#` must start the inline text or follow whitespace (§5.1).
    private func startsTag(at index: Int, lineStart: Int, line: Int) -> Bool {
        guard let previous = TagSyntax.scalar(before: index, in: bytes, lineStart: lineStart) else { return true }
        if previous.properties.isWhitespace { return true }
        if tableLines[line] && previous == "|" { return true }
        // `>#tag` in a blockquote: the quote markers are not part of the inline text.
        if previous == ">" {
            return bytes[lineStart..<index].allSatisfy {
                $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t")
            }
        }
        return false
    }

    /// `==text==` on one line; the text may not start or end with whitespace, and `====`
    /// does not open a highlight (§7.2). A `==` inside a code span, raw HTML or a Markdown
    /// link does not close it: code spans win first (§0.3), and a closer in there would cut
    /// the span or link in two.
    private func highlight(at index: Int, lineEnd: Int, zones: ZoneCursor) -> HighlightMatch? {
        guard index + 2 < lineEnd, bytes[index + 1] == UInt8(ascii: "=") else { return nil }
        if index > 0 && bytes[index - 1] == UInt8(ascii: "=") { return nil }
        let first = bytes[index + 2]
        guard first != UInt8(ascii: "=") && !isSpace(first) else { return nil }
        var zones = zones
        var close = index + 3
        while close + 1 < lineEnd {
            if let zoneEnd = zones.skip(close) {
                close = zoneEnd
                continue
            }
            if bytes[close] == UInt8(ascii: "=") && bytes[close + 1] == UInt8(ascii: "=") && !isSpace(bytes[close - 1]) {
                return HighlightMatch(range: index..<(close + 2))
            }
            close += 1
        }
        return nil
    }

    /// Where `$…$` or `$$…$$` math starting at `index` ends, or nil when it is a literal `$`.
    /// Inline: the opener is not followed by whitespace; the closer does not follow whitespace
    /// and is not followed by a digit, so `$5 and $6` is text (§7.4).
    private func mathEnd(at index: Int, lineEnd: Int) -> Int? {
        if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "$") {
            var close = index + 2
            while close + 1 < bytes.count {
                if bytes[close] == UInt8(ascii: "$") && bytes[close + 1] == UInt8(ascii: "$") { return close + 2 }
                close += 1
            }
            return nil
        }
        guard index + 1 < lineEnd, !isSpace(bytes[index + 1]) else { return nil }
        var close = index + 1
        while close < lineEnd {
            let byte = bytes[close]
            if byte == UInt8(ascii: "\\") {
                close += 2
                continue
            }
            if byte == UInt8(ascii: "$") {
                let followedByDigit = close + 1 < lineEnd && (48...57).contains(bytes[close + 1])
                if !isSpace(bytes[close - 1]) && !followedByDigit && close > index + 1 { return close + 1 }
                return nil
            }
            close += 1
        }
        return nil
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
