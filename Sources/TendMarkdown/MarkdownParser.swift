import CCmarkGFM

/// Parses Markdown with libcmark-gfm and returns Swift values only.
///
/// All C pointers live inside `outline(of:)`: parse, walk and free (the arena's reset) happen in one scope.
public enum MarkdownParser {
    /// GFM extensions that change the block structure the vault model reads. Autolinks, task
    /// lists and strikethrough only matter when rendering: a tag needs whitespace before its `#`, so a
    /// bare URL's `#fragment` can never be one, and skipping them saves a pass over every text node.
    nonisolated(unsafe) static let extensions = [CmarkExtensions.table]

    /// The extensions the site renders with (`MarkdownHTML.extensions`): a tree kept for
    /// rendering must be the tree the renderer's own parse would make.
    nonisolated(unsafe) static let renderExtensions = MarkdownHTML.extensions

    /// Parses `bytes` and returns its blocks, inline zones and Markdown links.
    public static func outline(of bytes: UnsafeBufferPointer<UInt8>) -> MarkdownOutline {
        outline(of: bytes, keepingTree: false).outline
    }

    /// `outline(of:)`, and with `keepingTree` the whole tree, parsed with the renderer's
    /// extensions, for rendering later (nil when the text needed more than one parse).
    /// `source`: the text `bytes` were made from by blanking parts, which the tree's text
    /// nodes may share (`FlatTree.source`); `lineStarts`: where `bytes`' lines start, when
    /// the caller knows (a note's `SourceText` has them: blanking keeps every line break).
    public static func outline(of bytes: UnsafeBufferPointer<UInt8>, keepingTree: Bool,
                               source: [UInt8]? = nil, lineStarts: [Int]? = nil) -> (outline: MarkdownOutline, tree: FlatTree?) {
        let whole = parseOnce(bytes, keepingTree: keepingTree, source: source, lineStarts: lineStarts)
        guard whole.lostPositions else { return (whole.outline, whole.tree) }
        // cmark-gfm loses every source position of a paragraph that a table interrupts (and
        // of the table's header). Parse each side of such a table header on its own, with
        // the other side blanked, so that every line keeps its number.
        let splits = TableInterruption.headerLines(in: bytes, codeLines: whole.outline.codeLines)
        guard !splits.isEmpty else { return (whole.outline, nil) }
        var copy = Array(bytes)
        let lineStarts = FlatTree.lineStarts(of: bytes)
        var merged = MarkdownOutline()
        let bounds = [1] + splits + [lineStarts.count + 1]
        for (first, next) in zip(bounds, bounds.dropFirst()) {
            copy.replaceSubrange(0..<copy.count, with: bytes)
            let keep = lineStarts[first - 1]..<(next <= lineStarts.count ? lineStarts[next - 1] : bytes.count)
            for index in copy.indices where !keep.contains(index) && copy[index] != 10 && copy[index] != 13 {
                copy[index] = 32
            }
            let part = copy.withUnsafeBufferPointer { parseOnce($0, keepingTree: false) }
            merged.append(part.outline)
        }
        return (merged, nil)
    }

    private static func parseOnce(_ bytes: UnsafeBufferPointer<UInt8>, keepingTree: Bool, source: [UInt8]? = nil,
                                  lineStarts: [Int]? = nil)
        -> (outline: MarkdownOutline, tree: FlatTree?, lostPositions: Bool) {
        // Everything cmark allocates comes from this thread's arena and goes at once when the
        // walk is done: no `cmark_node_free`, no `cmark_parser_free`.
        defer { ParseArena.reset() }
        guard let document = CmarkExtensions.parse(bytes, options: CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES,
                                                   extensions: keepingTree ? renderExtensions : extensions) else {
            return (MarkdownOutline(), nil, false)
        }
        var walker = OutlineWalker(parsed: keepingTree ? bytes : nil, lineStarts: lineStarts)
        // Notes hold about one block per 70 bytes (paragraphs, items, table cells): reserved
        // once rather than grown by doubling. The outline lives only until the note is read.
        walker.outline.blocks.reserveCapacity(bytes.count / 64 + 8)
        walker.walk(document)
        let tree = keepingTree ? FlatTree(document: document, parsed: bytes, lineStarts: walker.lineStarts, source: source) : nil
        return (walker.outline, tree, walker.lostPositions)
    }

    /// Convenience for tests and callers holding a `String`.
    public static func outline(of text: String) -> MarkdownOutline {
        var copy = text
        return copy.withUTF8 { outline(of: $0) }
    }
}

/// Walks a cmark tree once, in document order, collecting the outline.
private struct OutlineWalker {
    var outline = MarkdownOutline()
    /// The parsed text, when GFM's autolink extension took part in the parse (a tree kept
    /// for rendering): its links must not enter the outline, which is the same whether or
    /// not the tree is kept.
    let parsed: UnsafeBufferPointer<UInt8>?
    /// Where the parsed text's lines start: given, or found once a link asked (handed on to
    /// the tree's copy).
    private(set) var lineStarts: [Int]?
    /// Indices of open container blocks (those that receive an exit event).
    var openBlocks: [Int32] = []
    /// Open heading whose plain text is being collected.
    var headingIndex: Int32 = -1
    /// Open links/images whose literal text is being collected.
    var openLinks: [Int] = []
    /// A block came without a source position (cmark-gfm's table-interrupts-paragraph bug).
    var lostPositions = false

    mutating func walk(_ document: OpaquePointer) {
        CmarkTree.walk(document) { node, entering in
            if entering { enter(node) } else { exit(node) }
        }
    }

    private func range(of node: OpaquePointer) -> SourceRange {
        SourceRange(
            start: SourcePosition(line: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node)),
            end: SourcePosition(line: cmark_node_get_end_line(node), column: cmark_node_get_end_column(node)))
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private mutating func enter(_ node: OpaquePointer) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            // Only heading and link text is kept; copying every literal would cost a String each.
            if headingIndex >= 0 || !openLinks.isEmpty {
                let literal = string(cmark_node_get_literal(node))
                if headingIndex >= 0 { outline.blocks[Int(headingIndex)].plainText += literal }
                for index in openLinks { outline.links[index].text += literal }
            }
            if type == CMARK_NODE_CODE { addZone(.code, node) }
        case CMARK_NODE_HTML_INLINE:
            addZone(.html, node)
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            if headingIndex >= 0 { outline.blocks[Int(headingIndex)].plainText += " " }
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            enterLink(node, isImage: type == CMARK_NODE_IMAGE)
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_FOOTNOTE_REFERENCE, CMARK_NODE_CUSTOM_INLINE:
            break
        default:
            enterBlock(node, type: type)
        }
    }

    private mutating func exit(_ node: OpaquePointer) {
        let type = cmark_node_get_type(node)
        if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
            // Only links `enterLink` opened: a GFM autolink was never pushed.
            if cmark_node_get_start_line(node) > 0 && !isExtensionAutolink(node) && !openLinks.isEmpty { openLinks.removeLast() }
            return
        }
        guard (type.rawValue & UInt32(CMARK_NODE_TYPE_MASK)) == UInt32(CMARK_NODE_TYPE_BLOCK) else { return }
        if type == CMARK_NODE_HEADING { headingIndex = -1 }
        if !openBlocks.isEmpty { openBlocks.removeLast() }
    }

    init(parsed: UnsafeBufferPointer<UInt8>?, lineStarts: [Int]?) {
        self.parsed = parsed
        self.lineStarts = lineStarts
    }

    /// A link GFM's autolink extension made from a bare URL: it starts at neither `[`, `!`
    /// nor `<` (cmark's own links and autolinks). Without the extension it is plain text.
    private mutating func isExtensionAutolink(_ node: OpaquePointer) -> Bool {
        guard let parsed else { return false }
        if lineStarts == nil { lineStarts = FlatTree.lineStarts(of: parsed) }
        let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
        guard line >= 1, line <= lineStarts!.count, column >= 1 else { return false }
        let offset = lineStarts![line - 1] + column - 1
        guard offset < parsed.count else { return false }
        let byte = parsed[offset]
        return byte != UInt8(ascii: "[") && byte != UInt8(ascii: "!") && byte != UInt8(ascii: "<")
    }

    private mutating func enterLink(_ node: OpaquePointer, isImage: Bool) {
        // Autolinks from the GFM extension carry no position, or (with a kept tree) one
        // that does not start a link's syntax; they are never internal links.
        guard cmark_node_get_start_line(node) > 0, !isExtensionAutolink(node) else {
            if !isAutolink(node) { lostPositions = true }
            return
        }
        outline.links.append(MarkdownLink(
            destination: string(cmark_node_get_url(node)), isImage: isImage, text: "", range: range(of: node)))
        openLinks.append(outline.links.count - 1)
        addZone(.link, node)
    }

    /// `www.x.org` or `https://x.org` written bare: the link's text equals its URL (modulo scheme).
    private func isAutolink(_ node: OpaquePointer) -> Bool {
        guard let child = cmark_node_first_child(node), cmark_node_get_type(child) == CMARK_NODE_TEXT else { return false }
        let text = string(cmark_node_get_literal(child))
        let url = string(cmark_node_get_url(node))
        return url == text || url.hasSuffix("://" + text) || url == "mailto:" + text
    }

    private mutating func addZone(_ kind: InlineZoneKind, _ node: OpaquePointer) {
        guard cmark_node_get_start_line(node) > 0 else { return }
        outline.zones.append(InlineZone(kind: kind, range: range(of: node)))
    }

    private mutating func enterBlock(_ node: OpaquePointer, type: cmark_node_type) {
        guard (type.rawValue & UInt32(CMARK_NODE_TYPE_MASK)) == UInt32(CMARK_NODE_TYPE_BLOCK) else { return }
        let kind = blockKind(node, type: type)
        if kind != .document && cmark_node_get_start_line(node) <= 0 { lostPositions = true }
        var headingLevel: UInt8 = 0
        var info = ""
        var isFenced = false
        switch kind {
        case .heading:
            headingLevel = UInt8(clamping: cmark_node_get_heading_level(node))
        case .codeBlock:
            // cmark writes through all three out-pointers unconditionally; they must be real.
            var length: Int32 = 0, offset: Int32 = 0
            var character: CChar = 0
            isFenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0
            info = string(cmark_node_get_fence_info(node))
        default:
            break
        }
        // Made inside `append`: a block built first and then appended was copied (two strings
        // retained and released) for each of the ~40 blocks of every note.
        outline.blocks.append(MarkdownBlock(
            kind: kind, parent: openBlocks.last ?? -1, range: range(of: node),
            headingLevel: headingLevel, plainText: "", info: info, isFenced: isFenced))
        let index = Int32(outline.blocks.count - 1)
        if kind == .heading { headingIndex = index }
        // Leaf blocks get no exit event from the iterator, so they are never pushed.
        if kind != .codeBlock && kind != .htmlBlock && kind != .thematicBreak {
            openBlocks.append(index)
        }
    }

    private func blockKind(_ node: OpaquePointer, type: cmark_node_type) -> BlockKind {
        // The node kinds of the copied tree (`FlatTree.kind(of:)`), so that both read cmark's
        // types one way; the extensions' types are compared as numbers there.
        switch FlatTree.kind(of: type) {
        case .document: return .document
        case .paragraph: return .paragraph
        case .heading: return .heading
        case .codeBlock: return .codeBlock
        case .htmlBlock: return .htmlBlock
        case .blockQuote: return .blockQuote
        case .list: return .list
        case .item: return .item
        case .thematicBreak: return .thematicBreak
        case .footnoteDefinition: return .footnoteDefinition
        case .table: return .table
        case .tableRow: return .tableRow
        case .tableCell: return .tableCell
        default: return .other
        }
    }
}
