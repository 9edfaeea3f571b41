import TendMarkdown

/// Turns a note's bytes into a `Note`. Pure: no file system access, safe to run in parallel.
///
/// Order matters: frontmatter is found first and blanked (spec §0.1), cmark parses the rest
/// for code and HTML, comments are found outside code and blanked, cmark parses again if any
/// comment changed the text, and only then is Obsidian's inline syntax scanned (§0.2–0.3).
/// Blanking keeps every byte's line and column, so all positions refer to the original file.
public enum NoteParser {
    /// `keepingRenderTree`: keep the parse's tree in the note (`Note.renderTree`), for a site
    /// that renders the note from it instead of parsing it again.
    public static func parse(path: String, bytes: [UInt8], keepingRenderTree: Bool = false) -> Note {
        let source = SourceText(bytes: bytes)
        var note = Note(path: path, source: source)
        if let line = source.firstInvalidUTF8Line {
            note.problems.append(ParseProblem(
                kind: .invalidUTF8, position: Position(line: line, column: 1),
                message: "the file is not valid UTF-8; invalid bytes are read as U+FFFD",
                fix: "save the file as UTF-8"))
        }

        let frontmatterResult = FrontmatterReader.read(source)
        note.frontmatter = frontmatterResult.frontmatter
        note.problems += frontmatterResult.problems

        var masked = bytes
        if let frontmatter = note.frontmatter { blank(&masked, 0..<frontmatter.bodyOffset) }

        var layout = masked.withUnsafeBufferPointer { Layout(bytes: $0, source: source, keepingTree: keepingRenderTree) }
        var commentRanges: [Range<Int>] = []
        /// Text inside each comment: after `%%`, and before the closing `%%` when there is one.
        var commentInsides: [Range<Int>] = []
        if masked.containsPair(UInt8(ascii: "%"), UInt8(ascii: "%")) {
            let found = masked.withUnsafeBufferPointer {
                CommentScanner(bytes: $0, source: source, skipLines: layout.skipLines, codeZones: layout.codeZones).scan()
            }
            for comment in found {
                blank(&masked, comment.range)
                commentRanges.append(comment.range)
                commentInsides.append((comment.range.lowerBound + 2)..<max(comment.range.lowerBound + 2, comment.range.upperBound - (comment.isClosed ? 2 : 0)))
                let inner = (comment.range.lowerBound + 2)..<max(comment.range.lowerBound + 2, comment.range.upperBound - (comment.isClosed ? 2 : 0))
                note.comments.append(Comment(position: source.position(ofOffset: comment.range.lowerBound),
                                             text: source.string(inner), isClosed: comment.isClosed, isBlock: comment.isBlock))
            }
            // A block comment can hide whole blocks (headings, lists), so cmark must parse the
            // text without it. An inline comment stays inside its line: its bytes are blank now,
            // and cmark's zones and links inside it are dropped below instead of parsing again.
            if found.contains(where: \.isBlock) {
                // The site's renderer keeps block comments' bytes (as tokens): this tree is not its tree.
                layout = masked.withUnsafeBufferPointer { Layout(bytes: $0, source: source, keepingTree: false) }
                // Text after a block comment's closer keeps its column, so blanking leaves it
                // indented and cmark may call it code. Obsidian reads it as text: scan it.
                for comment in found where comment.isBlock && comment.isClosed {
                    let line = source.line(ofOffset: comment.range.upperBound - 1)
                    let rest = masked[comment.range.upperBound..<source.lineRange(line).upperBound]
                    if rest.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) {
                        layout.skipLines[line] = false
                    }
                }
            } else if !found.isEmpty {
                layout.remove(inside: commentRanges, source: source)
            }
        }

        masked.withUnsafeBufferPointer { maskedBytes in
            var scanner = InlineScanner(bytes: maskedBytes, source: source, skipLines: layout.skipLines,
                                        tableLines: layout.tableLines, zones: layout.zones, htmlZoneStarts: layout.htmlZoneStarts)
            if source.lineCount > 0 { scanner.scan(lines: 1...source.lineCount) }
            let structure = BlockStructure(outline: layout.outline, source: source, bytes: maskedBytes)
            note.headings = structure.headings()
            note.blockIDs = structure.blockIDs()
            note.callouts = structure.callouts()
            note.footnoteDefinitions = structure.footnoteDefinitions()
            var collector = ElementCollector(source: source, tableLines: layout.tableLines)
            collector.add(scanner, inComment: false)
            collector.addMarkdownLinks(layout.outline.links)
            note.highlights = collector.highlights
            note.math = scanner.math
            note.links = collector.links
            note.tags = collector.tags
        }

        // Spec §7.1: links and tags inside comments are still indexed; they are marked so
        // lint and site can treat them differently.
        if !commentRanges.isEmpty {
            bytes.withUnsafeBufferPointer { original in
                let noSkip = [Bool](repeating: false, count: source.lineCount + 1)
                var collector = ElementCollector(source: source, tableLines: noSkip)
                for inside in commentInsides {
                    var scanner = InlineScanner(bytes: original, source: source, skipLines: noSkip,
                                                tableLines: noSkip, zones: [])
                    let first = source.line(ofOffset: inside.lowerBound)
                    let last = source.line(ofOffset: max(inside.lowerBound, inside.upperBound - 1))
                    scanner.scan(lines: first...last, within: inside)
                    collector.add(scanner, inComment: true)
                }
                // Room made first: `+=` grows an array to twice its size, and every note kept
                // that slack (links were 18% of a 10,000-note build's heap, half of it unused).
                note.links.reserveCapacity(note.links.count + collector.links.count)
                note.links += collector.links
                note.tags.reserveCapacity(note.tags.count + collector.tags.count)
                note.tags += collector.tags
            }
            note.links.sort { $0.position < $1.position }
            note.tags.sort { $0.position < $1.position }
        }

        note.renderTree = layout.tree
        if let frontmatter = note.frontmatter {
            let properties = FrontmatterProperties(frontmatter: frontmatter)
            // Inserted in front in place: `a + b` copied every body link and tag (four and
            // two strings, a retain and a release each).
            if !properties.tags.isEmpty {
                note.tags.reserveCapacity(note.tags.count + properties.tags.count)
                note.tags.insert(contentsOf: properties.tags, at: 0)
            }
            note.aliases = properties.aliases
            note.problems += properties.problems
            if !properties.links.isEmpty {
                note.links.reserveCapacity(note.links.count + properties.links.count)
                note.links.insert(contentsOf: properties.links, at: 0)
            }
        }
        return note
    }

    /// Replaces bytes with spaces, keeping line breaks, so positions do not move.
    static func blank(_ bytes: inout [UInt8], _ range: Range<Int>) {
        for index in range where bytes[index] != UInt8(ascii: "\n") && bytes[index] != UInt8(ascii: "\r") {
            bytes[index] = UInt8(ascii: " ")
        }
    }
}

/// The cmark outline of a note with the derived line flags and zones the scanners need.
private struct Layout {
    var outline: MarkdownOutline
    /// The whole parse, when asked for (`NoteParser.parse`, `keepingRenderTree`).
    var tree: FlatTree?
    /// Lines inside code or HTML blocks (index 0 unused).
    var skipLines: [Bool]
    var tableLines: [Bool]
    /// Code spans, raw HTML and Markdown links as byte ranges, sorted by start.
    var zones: [Range<Int>]
    var codeZones: [Range<Int>]
    /// Where each raw HTML zone starts: unlike code spans and Markdown links, raw HTML does
    /// not stop a wikilink that holds it (§0.3).
    var htmlZoneStarts: Set<Int> = []

    init(bytes: UnsafeBufferPointer<UInt8>, source: SourceText, keepingTree: Bool) {
        // Blanking keeps every position: the kept tree's text nodes share the note's own bytes,
        // and the parse takes the note's line starts instead of finding them again.
        (outline, tree) = MarkdownParser.outline(of: bytes, keepingTree: keepingTree, source: keepingTree ? source.bytes : nil,
                                                 lineStarts: source.lineStarts)
        skipLines = [Bool](repeating: false, count: source.lineCount + 2)
        tableLines = skipLines
        // By index: iterating the blocks copied each (its strings retained and released).
        for blockIndex in outline.blocks.indices {
            let range = outline.blocks[blockIndex].range
            let start = Int(range.start.line)
            // cmark may report an end line of 0 or past the end for some blocks; clamp.
            let end = min(source.lineCount, max(start, Int(range.end.line)))
            guard start >= 1, start <= source.lineCount else { continue }
            switch outline.blocks[blockIndex].kind {
            case .codeBlock, .htmlBlock:
                for line in start...end { skipLines[line] = true }
            case .table:
                for line in start...end { tableLines[line] = true }
            default:
                break
            }
        }
        zones = []
        codeZones = []
        for zone in outline.zones {
            var start = source.offset(line: Int(zone.range.start.line), byteColumn: Int(zone.range.start.column))
            var end = source.offset(line: Int(zone.range.end.line), byteColumn: Int(zone.range.end.column)) + 1
            if zone.kind == .code {
                // cmark's code span position excludes the backtick runs; include them.
                while start > 0 && bytes[start - 1] == UInt8(ascii: "`") { start -= 1 }
                while end < bytes.count && bytes[end] == UInt8(ascii: "`") { end += 1 }
            }
            guard start < end else { continue }
            zones.append(start..<end)
            if zone.kind == .code { codeZones.append(start..<end) }
            if zone.kind == .html { htmlZoneStarts.insert(start) }
        }
        zones.sort { $0.lowerBound < $1.lowerBound }
        codeZones.sort { $0.lowerBound < $1.lowerBound }
    }
}

extension Layout {
    /// Drops zones and Markdown links that lie inside comments (blanked, so not in the text).
    mutating func remove(inside comments: [Range<Int>], source: SourceText) {
        let inside: (Int) -> Bool = { offset in comments.contains { $0.contains(offset) } }
        zones.removeAll { inside($0.lowerBound) }
        codeZones.removeAll { inside($0.lowerBound) }
        outline.links.removeAll {
            inside(source.offset(line: Int($0.range.start.line), byteColumn: Int($0.range.start.column)))
        }
    }
}
