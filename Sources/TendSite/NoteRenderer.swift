import TendMarkdown
import TendVault

/// Renders notes, or parts of notes for embeds, to HTML with every link decided by the
/// shared resolution pass.
struct NoteRenderer: Sendable {
    let plan: SitePlan
    let links: LinkHTML
    /// Obsidian's `strictLineBreaks` (spec §0.4); false by default.
    let strictLineBreaks: Bool
    /// Pages rendered from their note's kept parse tree rather than a second parse.
    let pagesFromKeptTrees = SharedCount()
    /// Embedded notes and sections rendered, and those of them rendered from their note's
    /// kept parse tree.
    let embedsRendered = SharedCount()
    let embedsFromKeptTrees = SharedCount()
    /// Spec §4.1 suggests capping embed depth at 8.
    static let maxEmbedDepth = 8

    init(plan: SitePlan, strictLineBreaks: Bool = false) {
        self.plan = plan
        self.links = LinkHTML(plan: plan)
        self.strictLineBreaks = strictLineBreaks
    }

    /// What is already being embedded, outermost first: an embed that would repeat one of
    /// these is a cycle (spec §4.1).
    struct EmbedKey: Hashable {
        var note: Int
        var subpath: String
    }

    /// The whole note as its page shows it, as UTF-8 (the page and search take it as bytes).
    func renderPage(note noteIndex: Int) -> [UInt8] {
        let note = plan.vault.notes[noteIndex]
        return render(noteIndex, range: bodyRange(note), stack: [EmbedKey(note: noteIndex, subpath: "")], isEmbedded: false)
    }

    func bodyRange(_ note: Note) -> Range<Int> {
        (note.frontmatter?.bodyOffset ?? 0)..<note.source.bytes.count
    }

    /// Renders bytes `range` of a note. Embeds inside are rendered first (each with its own
    /// parse), because the parse arena belongs to one parse at a time.
    /// `footnotePrefix` keeps an embed's footnote ids apart from the page's and other embeds'.
    func render(_ noteIndex: Int, range: Range<Int>, stack: [EmbedKey], isEmbedded: Bool, dedent: Int = 0,
                budget: EmbedBudget = EmbedBudget(), footnotePrefix: String = "") -> [UInt8] {
        let note = plan.vault.notes[noteIndex]
        if isEmbedded { embedsRendered.add() }
        // A replacement per link, tag, block id and comment, two per highlight, a few more for callouts.
        let expected = note.links.count + note.tags.count + note.blockIDs.count + note.comments.count
            + 2 * note.highlights.count + 2 * note.callouts.count
        var markup = NoteMarkup(source: note.source, expected: expected)
        let part = lines(of: range, in: note.source)
        let definitions = isEmbedded ? EmbedFootnotes.definitions(referencedIn: part, of: note) : []
        let lineSpan = RenderedLines([part] + definitions)
        addLinks(note, noteIndex, lineSpan, stack: stack, budget: budget, to: &markup)
        addTags(note, lineSpan, to: &markup)
        addHighlights(note, lineSpan, to: &markup)
        addMath(note, lineSpan, to: &markup)
        addComments(note, lineSpan, to: &markup)
        var blockIDCursor = SourceCursor(note.source)
        for blockID in note.blockIDs where lineSpan.contains(blockID.position.line) {
            let caret = blockIDCursor.offset(of: blockID.position)
            markup.replace(caret..<(caret + 1 + blockID.id.utf8.count), with: 0)
        }
        // Callout titles are rendered from the replacements inside them, before the title's
        // own replacement (which covers the whole line) hides those.
        var callouts: [(Callout, String)] = []
        let calloutsShown = note.callouts.filter { lineSpan.contains($0.position.line) }
        if !calloutsShown.isEmpty {
            var titleSource = markup
            titleSource.finish()
            for callout in calloutsShown {
                guard let title = titleRange(of: callout, in: note.source) else { continue }
                callouts.append((callout, renderInline(titleSource, title, fallback: callout.title)))
                markup.replace(title, with: markup.addToken(.calloutTitle))
            }
        }
        markup.finish()
        var input = RenderInput(markdown: [], tokens: markup.tokens)
        input.hardLineBreaks = !strictLineBreaks
        input.headingAnchors = !isEmbedded
        if !isEmbedded {
            for heading in note.headings where heading.isLinkable || heading.level > 0 {
                input.headingIDs[Int32(heading.position.line)] = heading.anchor
            }
            for blockID in note.blockIDs {
                let target: BlockAnchor.Target
                switch blockID.attachment {
                case .paragraph: target = .paragraph
                case .listItem: target = .listItem
                case .block: target = .anyBlock
                case .heading, .orphan: continue
                }
                input.blockIDs[Int32(blockID.lines.lowerBound)] = BlockAnchor(id: "^" + blockID.id, target: target)
            }
        }
        for (callout, titleHTML) in callouts {
            input.callouts[Int32(callout.position.line)] = RenderCallout(
                type: callout.type, metadata: callout.metadata, fold: callout.fold,
                titleHTML: titleHTML, iconHTML: CalloutIcons.svg(for: callout.type))
        }
        input.footnotePrefix = footnotePrefix
        let page = stack.first?.note ?? noteIndex
        var markdownLinks = MarkdownLinkQueue(note: note, resolutions: plan.resolved.resolutions[noteIndex])
        if definitions.isEmpty && dedent == 0, let tree = parsedTree(of: note, range: range, lines: part, markup: markup) {
            (isEmbedded ? embedsFromKeptTrees : pagesFromKeptTrees).add()
            return MarkdownHTML.renderUTF8(input, tree: tree) { request in
                markdownLinks.rewrite(request, page: page, links: links)
            }
        }
        if definitions.isEmpty {
            input.markdown = markup.markdown(range, dedent: dedent)
        } else {
            // The definitions keep their own lines; the lines between them and the part are empty.
            let all = definitions.map { note.source.byteRange(lines: $0) } + [range]
            let hull = all.map(\.lowerBound).min()!..<all.map(\.upperBound).max()!
            input.markdown = markup.markdown(hull, keeping: lineSpan, dedent: dedent)
        }
        input.markdown = InlineFootnotes.rewrite(input.markdown)
        return MarkdownHTML.renderUTF8(input) { request in
            markdownLinks.rewrite(request, page: page, links: links)
        }
    }

    /// The tree the note was parsed into when the vault was loaded, with `markup`'s tokens
    /// written in: the tree a parse of the replaced text would make, without that parse.
    /// Nil when that cannot be shown (`FlatTree.replacingText`), and for inline footnotes,
    /// which are rewritten into ordinary ones before the parse.
    ///
    /// `range` is the whole body (a page, or an embed of the whole note) or a heading's
    /// section (`FlatTree.section`, lines `part`); other parts of a note, such as a block
    /// in a list, are parsed from their own lines (dedented).
    func parsedTree(of note: Note, range: Range<Int>, lines part: ClosedRange<Int>, markup: NoteMarkup) -> FlatTree? {
        guard let tree = note.renderTree, !InlineFootnotes.containsOpener(note.source.bytes) else { return nil }
        let isWholeBody = range == bodyRange(note)
        // The section parsed alone would not see link reference definitions and footnotes
        // elsewhere in the note (`[label]: …`, `[^1]: …`): notes with `]:` anywhere take
        // that parse.
        guard isWholeBody || !note.source.bytes.containsPair(UInt8(ascii: "]"), UInt8(ascii: ":")) else { return nil }
        // Frontmatter links have replacements too, in bytes the page does not render.
        let replacements = markup.replacements.filter { range.contains($0.range.lowerBound) }
            .map { FlatTree.TextReplacement(range: $0.range, token: $0.token) }
        let replaced = note.source.bytes.withUnsafeBufferPointer { source in
            tree.replacingText(replacements, source: source, lineStarts: note.source.lineStarts)
        }
        return isWholeBody ? replaced : replaced?.section(lines: part)
    }

    private func lines(of range: Range<Int>, in source: SourceText) -> ClosedRange<Int> {
        guard !range.isEmpty else { return 0...0 }  // line 0 holds nothing
        return source.line(ofOffset: range.lowerBound)...source.line(ofOffset: max(range.lowerBound, range.upperBound - 1))
    }

    /// A callout's title: after `[!type]` and the fold sign, to the end of its first line.
    private func titleRange(of callout: Callout, in source: SourceText) -> Range<Int>? {
        let lineEnd = source.lineRange(callout.position.line).upperBound
        var index = source.offset(of: callout.position)
        let bytes = source.bytes
        while index < lineEnd && bytes[index] != UInt8(ascii: "[") { index += 1 }
        while index < lineEnd && bytes[index] != UInt8(ascii: "]") { index += 1 }
        guard index < lineEnd else { return nil }
        index += 1
        if index < lineEnd && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
        // Start the replacement at `[!` so the marker goes too; the title text is rendered apart.
        var markerStart = source.offset(of: callout.position)
        while markerStart < lineEnd && bytes[markerStart] != UInt8(ascii: "[") { markerStart += 1 }
        return markerStart..<lineEnd
    }

    /// The title's inline Markdown rendered on its own (with the note's tokens), without `<p>`.
    private func renderInline(_ markup: NoteMarkup, _ line: Range<Int>, fallback: String) -> String {
        let bytes = markup.source.bytes
        var start = line.lowerBound
        while start < line.upperBound && bytes[start] != UInt8(ascii: "]") { start += 1 }
        start += 1
        if start < line.upperBound && (bytes[start] == UInt8(ascii: "+") || bytes[start] == UInt8(ascii: "-")) { start += 1 }
        var titleMarkup = NoteMarkup(source: markup.source)
        titleMarkup.tokens = markup.tokens
        for replacement in markup.replacements where replacement.range.lowerBound >= start && replacement.range.upperBound <= line.upperBound {
            titleMarkup.replace(replacement.range, with: replacement.token)
        }
        titleMarkup.finish()
        var text = titleMarkup.markdown(start..<line.upperBound)
        text.removeAll { $0 == 10 }
        if !text.contains(where: { $0 != 32 && $0 != 9 }) { return HTMLEscaping.escape(fallback) }
        if let plain = PlainInlineText.html(text) { return plain }
        let html = MarkdownHTML.render(RenderInput(markdown: text, tokens: titleMarkup.tokens)) { .external(url: $0.destination) }
        var trimmed = Substring(html)
        if trimmed.hasPrefix("<p>") { trimmed = trimmed.dropFirst(3) }
        while trimmed.hasSuffix("\n") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix("</p>") { trimmed = trimmed.dropLast(4) }
        return String(trimmed)
    }

    // MARK: Replacements

    private func addLinks(_ note: Note, _ noteIndex: Int, _ lineSpan: RenderedLines, stack: [EmbedKey], budget: EmbedBudget,
                          to markup: inout NoteMarkup) {
        let page = stack.first?.note ?? noteIndex
        var cursor = SourceCursor(note.source)
        // Links and resolutions read in place through buffers: a `for link in note.links` loop
        // copied every `Link` (four strings: an atomic retain and release each).
        note.links.withUnsafeBufferPointer { noteLinks in
            plan.resolved.resolutions[noteIndex].withUnsafeBufferPointer { resolutions in
                for linkIndex in noteLinks.indices {
                    let syntax = noteLinks[linkIndex].syntax
                    guard !noteLinks[linkIndex].inComment, lineSpan.contains(noteLinks[linkIndex].position.line) else { continue }
                    // `![](Note.md)` embeds a note like `![[Note]]` (spec §1.2); other Markdown links
                    // and images are decided when cmark meets them.
                    let isMarkdownNoteEmbed = syntax == .markdownEmbed
                        && resolutions[linkIndex].target.map { plan.vault.files[$0].kind == .note } == true
                    guard syntax == .wikilink || syntax == .wikiEmbed || isMarkdownNoteEmbed else { continue }
                    // An unescaped `|` in a table row splits the cell in Obsidian too (lint's table-pipe).
                    if noteLinks[linkIndex].inTable && !noteLinks[linkIndex].escapedPipe
                        && noteLinks[linkIndex].rawContains(UInt8(ascii: "|")) { continue }
                    let token: RenderInput.Token
                    if syntax == .wikiEmbed || isMarkdownNoteEmbed {
                        token = embed(noteLinks[linkIndex], resolutions[linkIndex], page: page, stack: stack, budget: budget)
                    } else {
                        token = .inline(links.wikilink(noteLinks[linkIndex], resolutions[linkIndex], page: page))
                    }
                    let start = cursor.offset(of: noteLinks[linkIndex].position)
                    let end = cursor.offset(of: noteLinks[linkIndex].endPosition)
                    markup.replace(start..<end, with: markup.addToken(token))
                }
            }
        }
    }

    private func addTags(_ note: Note, _ lineSpan: RenderedLines, to markup: inout NoteMarkup) {
        var cursor = SourceCursor(note.source)
        for tag in note.tags where !tag.fromFrontmatter && !tag.inComment && lineSpan.contains(tag.position.line) {
            let start = cursor.offset(of: tag.position)
            markup.replace(start..<(start + 1 + tag.name.utf8.count), with: markup.addToken(.inline(links.tag(tag))))
        }
    }

    private func addHighlights(_ note: Note, _ lineSpan: RenderedLines, to markup: inout NoteMarkup) {
        // No highlight tokens when the part shows no highlight: with them, the walker plans
        // highlight nesting over the whole document (an embedded section often has none).
        let shown = note.highlights.filter { lineSpan.contains($0.position.line) }
        guard !shown.isEmpty else { return }
        let open = markup.addToken(.highlight(opens: true))
        let close = markup.addToken(.highlight(opens: false))
        var cursor = SourceCursor(note.source)
        for highlight in shown {
            let start = cursor.offset(of: highlight.position)
            let end = start + 2 + highlight.text.utf8.count
            markup.replace(start..<(start + 2), with: open)
            markup.replace(end..<(end + 2), with: close)
        }
    }

    /// `$…$` and `$$…$$` in the form MathJax and KaTeX's auto-render read (spec §7.4).
    private func addMath(_ note: Note, _ lineSpan: RenderedLines, to markup: inout NoteMarkup) {
        for span in note.math where lineSpan.contains(note.source.line(ofOffset: span.lowerBound)) {
            let display = span.count >= 4 && note.source.bytes[span.lowerBound + 1] == UInt8(ascii: "$")
            let inner = display ? (span.lowerBound + 2)..<(span.upperBound - 2) : (span.lowerBound + 1)..<(span.upperBound - 1)
            let tex = HTMLEscaping.escape(Self.unquoted(note.source.string(inner)))
            let token = display
                ? markup.addToken(.block(Array("<div class=\"math math-display\">\\[\(tex)\\]</div>\n".utf8),
                                         inline: Array("<span class=\"math math-display\">\\[\(tex)\\]</span>".utf8)))
                : markup.addToken(.inline(Array("<span class=\"math math-inline\">\\(\(tex)\\)</span>".utf8)))
            markup.replaceLines(span, first: token)
        }
    }

    /// Comments are never rendered (spec §7.1); an unclosed one hides the rest of the note.
    private func addComments(_ note: Note, _ lineSpan: RenderedLines, to markup: inout NoteMarkup) {
        for comment in note.comments where lineSpan.contains(comment.position.line) {
            let start = note.source.offset(of: comment.position)
            let end = comment.isClosed ? start + 4 + comment.text.utf8.count : note.source.bytes.count
            markup.replaceLines(start..<min(end, note.source.bytes.count), first: 0)
        }
    }

    /// Math written inside a blockquote or callout carries `> ` on its inner lines; TeX must not.
    static func unquoted(_ tex: String) -> String {
        guard tex.contains("\n") else { return tex }
        return tex.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            guard index > 0 else { return String(line) }
            var rest = Substring(line)
            while let first = rest.first(where: { $0 != " " && $0 != "\t" }), first == ">" {
                rest = rest.drop { $0 == " " || $0 == "\t" }.dropFirst()
                if rest.first == " " { rest = rest.dropFirst() }
            }
            return String(rest)
        }.joined(separator: "\n")
    }

    // MARK: Embeds

    private func embed(_ link: Link, _ resolution: LinkResolution, page: Int, stack: [EmbedKey], budget: EmbedBudget) -> RenderInput.Token {
        guard resolution.isResolved, let target = resolution.target else {
            return .inline(Array(links.unresolvedEmbed(link, resolution).utf8))
        }
        let file = plan.vault.files[target]
        guard let targetNote = file.noteIndex else {
            return .inline(Array(links.attachmentEmbed(link, file: target).utf8))
        }
        guard plan.isPublished(note: targetNote) else {
            return .inline(Array(links.unpublished(link, embed: true).utf8))
        }
        let key = EmbedKey(note: targetNote, subpath: link.subpath ?? "")
        let href = links.href(toFile: target, resolution, page: page)
        if stack.contains(key) || stack.count > Self.maxEmbedDepth {
            return .block(Array(links.embedCycle(link, href: href).utf8), inline: links.embedLink(link, href: href))
        }
        // Notes that embed each other can multiply without a cycle; a page stops embedding
        // after this many and links the rest.
        guard let serial = budget.take() else {
            return .block(Array(links.embedLimit(link, href: href).utf8), inline: links.embedLink(link, href: href))
        }
        let note = plan.vault.notes[targetNote]
        var range = bodyRange(note)
        var dedent = 0
        if let headingIndex = resolution.heading {
            range = sectionRange(note, heading: headingIndex)
        } else if let blockIndex = resolution.block {
            let lines = note.embeddedLines(heading: nil, block: blockIndex)
            range = note.source.byteRange(lines: lines)
            dedent = indentation(of: lines.lowerBound, in: note.source)
        }
        // Numbered per page, so that two embeds of one section do not share footnote ids.
        let content = render(targetNote, range: range, stack: stack + [key], isEmbedded: true, dedent: dedent, budget: budget,
                             footnotePrefix: "e\(serial)-")
        return .block(links.noteEmbed(link, title: note.title, href: href, content: content), inline: links.embedLink(link, href: href))
    }

    /// Embeds one page may render in all (nested ones included).
    final class EmbedBudget: @unchecked Sendable {
        static let limit = 200
        private var taken = 0

        /// The embed's number on the page (from 1), or nil when the page may embed no more.
        func take() -> Int? {
            guard taken < Self.limit else { return nil }
            taken += 1
            return taken
        }
    }

    /// A heading's section: its line up to the next heading of the same or a higher level (§2.4).
    private func sectionRange(_ note: Note, heading index: Int) -> Range<Int> {
        note.source.byteRange(lines: note.sectionLines(headingLine: note.headings[index].position.line))
    }

    private func indentation(of line: Int, in source: SourceText) -> Int {
        source.bytes[source.lineRange(line)].prefix { $0 == 32 }.count
    }
}
