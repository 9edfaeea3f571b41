#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TendMarkdown

/// Reads headings, block ids and callouts from cmark's block tree and the note's bytes.
struct BlockStructure {
    let outline: MarkdownOutline
    let source: SourceText
    /// The bytes cmark parsed (frontmatter and comments blanked).
    let bytes: UnsafeBufferPointer<UInt8>

    // MARK: Headings

    func headings() -> [Heading] {
        var headings: [Heading] = []
        // Exactly as many places as headings: the vault keeps the list for the whole build.
        headings.reserveCapacity(outline.blocks.reduce(0) { $0 + ($1.kind == .heading ? 1 : 0) })
        // Anchors given so far and how often each base was seen; notes have few headings, so
        // a list is cheaper than hashing every anchor.
        var usedAnchors: [(anchor: String, count: Int)] = []
        func seen(_ anchor: String) -> Int? { usedAnchors.firstIndex { $0.anchor == anchor } }
        for index in outline.blocks.indices where outline.blocks[index].kind == .heading {
            let block = outline.blocks[index]
            let isLinkable = block.parent == 0
            let text = isLinkable ? rawHeadingText(block) : block.plainText
            let plain = visibleText(block)
            var anchor = HeadingText.slug(plain)
            if anchor.isEmpty { anchor = "section" }
            // De-duplicate like github-slugger: the second `intro` becomes `intro-1`.
            if let base = seen(anchor) {
                var suffix = usedAnchors[base].count
                while seen("\(anchor)-\(suffix)") != nil { suffix += 1 }
                usedAnchors[base].count = suffix + 1
                anchor = "\(anchor)-\(suffix)"
            }
            if seen(anchor) == nil { usedAnchors.append((anchor, 1)) }
            let start = source.offset(line: Int(block.range.start.line), byteColumn: Int(block.range.start.column))
            headings.append(Heading(
                level: Int(block.headingLevel), text: text, plainText: plain, anchor: anchor,
                position: source.position(ofOffset: start), isLinkable: isLinkable,
                matchKey: HeadingText.matchKey(text)))
        }
        return headings
    }

    /// What a reader sees of a heading, for its id, the title, the table of contents and
    /// search. Obsidian hides `%%comments%%` (spec §7.1), but the outline was parsed before
    /// inline comments were blanked (NoteParser parses again only for block comments), so a
    /// heading whose bytes lost a comment is parsed again from the blanked bytes, and the
    /// spaces left around the comment collapse to one. Links keep matching the raw text
    /// (`text`, §2.2), and they point at the id made from this one.
    private func visibleText(_ block: MarkdownBlock) -> String {
        let first = Int(block.range.start.line)
        let last = max(first, Int(block.range.end.line))
        guard first >= 1, last <= source.lineCount else { return trim(Substring(block.plainText)) }
        // From the heading's own column, so that a heading indented inside a list item is not
        // read as indented code on its own.
        let range = source.offset(line: first, byteColumn: Int(block.range.start.column))..<source.lineRange(last).upperBound
        // memcmp: a generic `elementsEqual` over the two slices cost ~400 instructions a heading.
        let unchanged = range.isEmpty || source.bytes.withUnsafeBufferPointer { original in
            memcmp(bytes.baseAddress! + range.lowerBound, original.baseAddress! + range.lowerBound, range.count) == 0
        }
        guard !range.isEmpty, !unchanged else { return trim(Substring(block.plainText)) }
        let outline = MarkdownParser.outline(of: UnsafeBufferPointer(rebasing: bytes[range]))
        guard let heading = outline.blocks.first(where: { $0.kind == .heading }) else { return trim(Substring(block.plainText)) }
        return heading.plainText.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Raw source text after the `#` marks, closing sequence stripped (ATX), or the joined
    /// lines of a setext heading (spec §2.1).
    private func rawHeadingText(_ block: MarkdownBlock) -> String {
        let line = Int(block.range.start.line)
        let range = source.lineRange(line)
        var index = range.lowerBound
        while index < range.upperBound && bytes[index] == UInt8(ascii: " ") { index += 1 }
        if index < range.upperBound && bytes[index] == UInt8(ascii: "#") {
            while index < range.upperBound && bytes[index] == UInt8(ascii: "#") { index += 1 }
            var end = range.upperBound
            while end > index && isBlank(bytes[end - 1]) { end -= 1 }
            // A closing sequence is `#`s preceded by a space (or the whole content).
            var hashes = end
            while hashes > index && bytes[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
            if hashes < end && (hashes == index || isBlank(bytes[hashes - 1])) { end = hashes }
            return trim(Substring(source.string(index..<end)))
        }
        var lines: [String] = []
        var current = line
        while current <= source.lineCount && !isSetextUnderline(current) {
            lines.append(trim(Substring(source.string(source.lineRange(current)))))
            current += 1
        }
        return lines.joined(separator: " ")
    }

    private func isSetextUnderline(_ line: Int) -> Bool {
        let range = source.lineRange(line)
        let content = bytes[range].drop(while: { $0 == UInt8(ascii: " ") })
        guard let first = content.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return false }
        let rest = content.drop(while: { $0 == first })
        return rest.allSatisfy(isBlank)
    }

    private func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    // MARK: Block ids

    /// Block ids (spec §3.1): `^` + `[A-Za-z0-9-]+` ending a paragraph or heading, preceded by
    /// whitespace; or a paragraph holding only `^id`, which names the previous sibling block.
    func blockIDs() -> [BlockID] {
        var found: [BlockID] = []
        // By index, reading only each block's kind and range: a copy of a block retains its two
        // strings, and notes have dozens of blocks.
        for index in outline.blocks.indices where outline.blocks[index].kind == .paragraph || outline.blocks[index].kind == .heading {
            let kind = outline.blocks[index].kind
            let range = outline.blocks[index].range
            let endLine = kind == .heading ? Int(range.start.line) : Int(range.end.line)
            let lineRange = source.lineRange(endLine)
            var end = kind == .heading
                ? lineRange.upperBound
                : min(lineRange.upperBound, source.offset(line: endLine, byteColumn: Int(range.end.column)) + 1)
            while end > lineRange.lowerBound && isBlank(bytes[end - 1]) { end -= 1 }
            var start = end
            while start > lineRange.lowerBound && isIDByte(bytes[start - 1]) { start -= 1 }
            guard start < end, start > lineRange.lowerBound, bytes[start - 1] == UInt8(ascii: "^") else { continue }
            let caret = start - 1
            let paragraphStart = source.offset(line: Int(range.start.line), byteColumn: Int(range.start.column))
            let before = caret > lineRange.lowerBound ? bytes[caret - 1] : UInt8(ascii: " ")
            let isStandalone = kind == .paragraph && caret <= paragraphStart
                && range.start.line == range.end.line
            var missingSpace = false
            if !isStandalone && !isBlank(before) && caret > lineRange.lowerBound && caret > paragraphStart {
                // `![[diagram.png]]^id`: not an id by §3.1, but real vaults rely on it (§3.2 [V]).
                guard before == UInt8(ascii: "]"), caret >= 2, bytes[caret - 2] == UInt8(ascii: "]") else { continue }
                missingSpace = true
            }
            let id = source.string(start..<end)
            let (attachment, lines) = isStandalone
                ? standaloneTarget(index)
                : inlineTarget(index, kind: kind)
            found.append(BlockID(id: id, key: id.lowercased(), position: source.position(ofOffset: caret), attachment: attachment,
                                 lines: lines, missingSpace: missingSpace))
        }
        return found
    }

    private func isIDByte(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || byte == UInt8(ascii: "-")
    }

    private func lines(_ block: MarkdownBlock) -> ClosedRange<Int> {
        let start = Int(block.range.start.line)
        return start...max(start, Int(block.range.end.line))
    }

    /// A stand-alone `^id` names the previous sibling block (a list, table, quote, code …).
    private func standaloneTarget(_ index: Int) -> (BlockAttachment, ClosedRange<Int>) {
        let parent = outline.blocks[index].parent
        var sibling = index - 1
        while sibling > 0 && outline.blocks[sibling].parent != parent { sibling -= 1 }
        guard sibling > 0, outline.blocks[sibling].parent == parent else {
            return (.orphan, lines(outline.blocks[index]))
        }
        return (.block, lines(outline.blocks[sibling]))
    }

    /// An inline id names the nearest list item, else its top-level block (spec §3.2 notes).
    private func inlineTarget(_ index: Int, kind: BlockKind) -> (BlockAttachment, ClosedRange<Int>) {
        if kind == .heading { return (.heading, lines(outline.blocks[index])) }
        var current = index
        var topLevel = index
        while current > 0 {
            let block = outline.blocks[current]
            if block.kind == .item { return (.listItem, lines(block)) }
            topLevel = current
            current = Int(block.parent)
        }
        return (topLevel == index ? .paragraph : .block, lines(outline.blocks[topLevel]))
    }

    // MARK: Footnotes

    /// Footnote definitions by line. cmark moves them to the end of the document (and drops
    /// those never referred to), so they are sorted back into source order.
    func footnoteDefinitions() -> [ClosedRange<Int>] {
        // By index, not `filter`: that copies every block (and retains its strings).
        outline.blocks.indices.filter { outline.blocks[$0].kind == .footnoteDefinition && outline.blocks[$0].range.start.line >= 1 }
            .map { lines(outline.blocks[$0]) }.sorted { $0.lowerBound < $1.lowerBound }
    }

    // MARK: Callouts

    /// A blockquote whose first line starts with `[!type]` (spec §7.3).
    func callouts() -> [Callout] {
        var found: [Callout] = []
        // Blocks read in place: iterating them copied every block (its strings retained and
        // released), ~40 blocks a note for one quote.
        for blockIndex in outline.blocks.indices where outline.blocks[blockIndex].kind == .blockQuote {
            let block = outline.blocks[blockIndex]
            let line = Int(block.range.start.line)
            let lineRange = source.lineRange(line)
            var index = source.offset(line: line, byteColumn: Int(block.range.start.column))
            guard index < lineRange.upperBound, bytes[index] == UInt8(ascii: ">") else { continue }
            index += 1
            while index < lineRange.upperBound && isBlank(bytes[index]) { index += 1 }
            // `[!type|metadata]±title`, cut at its ASCII marks on the source's bytes (comments
            // not blanked, as the title keeps them), as Obsidian's pattern matches them (a mark
            // followed by a combining character still counts).
            let text = source.bytes
            let end = lineRange.upperBound
            guard end - index >= 2, text[index] == UInt8(ascii: "["), text[index + 1] == UInt8(ascii: "!"),
                  let close = (index + 2..<end).first(where: { text[$0] == UInt8(ascii: "]") }) else { continue }
            let innerRange = (index + 2)..<close
            guard !innerRange.isEmpty else { continue }
            var typeRange = innerRange
            var metadata: String?
            if let bar = innerRange.first(where: { text[$0] == UInt8(ascii: "|") }) {
                typeRange = innerRange.lowerBound..<bar
                metadata = trim(Substring(source.string((bar + 1)..<close)))
            }
            var restStart = close + 1
            var fold: Character?
            if restStart < end, text[restStart] == UInt8(ascii: "+") || text[restStart] == UInt8(ascii: "-") {
                fold = Character(Unicode.Scalar(text[restStart]))
                restStart += 1
            }
            let type = trim(Substring(source.string(typeRange))).lowercased()
            var title = trim(Substring(source.string(restStart..<end)))
            if title.isEmpty { title = Self.defaultTitle(type) }
            found.append(Callout(type: type, metadata: metadata, fold: fold, title: title,
                                 position: source.position(ofOffset: source.offset(line: line, byteColumn: Int(block.range.start.column))),
                                 lines: lines(block)))
        }
        return found
    }

    /// `faq` → "Faq", `my-type` → "My type" (spec §7.3: the written type, not its alias).
    static func defaultTitle(_ type: String) -> String {
        let spaced = type.replacingAll("-", with: " ")
        guard let first = spaced.first else { return "" }
        return first.uppercased() + spaced.dropFirst()
    }
}
