/// One walk over a parsed tree (`FlatTree`) that writes HTML bytes. Block structure lives
/// here; inline nodes are in `HTMLWalker+Inline.swift`.
struct HTMLWalker {
    var out: HTMLBytes
    let input: RenderInput
    let tree: FlatTree
    /// The tree's text, borrowed for the whole walk (`FlatTree.withAllBytes`): a page
    /// reads hundreds of literals, and borrowing the array for each cost more than the read.
    let treeText: FlatTree.BorrowedText
    let rewrite: (LinkRequest) -> LinkRewrite
    /// Block ids not yet written; each is used once, by the first matching block on its line.
    var blockIDs: [Int32: BlockAnchor]
    /// Footnote definitions written so far: cmark-gfm puts them last, in number order.
    var footnoteDefinitions = 0
    var footnoteReferenceCounts: [Int: Int] = [:]
    var footnotesOpen = false
    /// Tightness of the enclosing lists: a tight list's paragraphs get no `<p>`.
    var tightLists: [Bool] = []
    /// Bytes of text still to drop (a task item's `[x] ` marker).
    var skipTextBytes = 0
    /// Which highlight tokens and emphasis are written as text, decided before the walk.
    var highlightNesting = HighlightNesting()
    /// The note's raw HTML elements still open, kept inside the walker's own elements.
    var rawHTML = HTMLBalancer()

    /// `treeText` must be `tree`'s text, and outlive the walker.
    init(input: RenderInput, tree: FlatTree, treeText: FlatTree.BorrowedText,
         rewrite: @escaping (LinkRequest) -> LinkRewrite, out: HTMLBytes) {
        self.input = input
        self.tree = tree
        self.treeText = treeText
        self.rewrite = rewrite
        self.blockIDs = input.blockIDs
        self.out = out
    }

    // MARK: Output helpers

    /// Markup written by the walker itself. A `StaticString`, not a `String`: a page is
    /// thousands of such pieces, and a literal's bytes are read without a call, where a
    /// `String` literal went through `withContiguousStorageIfAvailable` (~30 instructions).
    mutating func write(_ markup: StaticString) { out.append(markup) }

    mutating func write(string text: String) { out.append(text) }

    mutating func write(_ html: [UInt8]) { html.withUnsafeBufferPointer { out.append($0) } }

    mutating func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        out.appendEscaped(bytes)
    }

    mutating func writeEscaped(_ text: String) {
        out.appendEscaped(text)
    }

    /// The node's literal bytes (empty when it has none), valid for the walk.
    func literalBytes(_ node: FlatTree.Node) -> UnsafeBufferPointer<UInt8> {
        treeText.literal(node)
    }

    func literal(_ node: FlatTree.Node) -> String {
        String(decoding: literalBytes(node), as: UTF8.self)
    }

    func line(_ node: FlatTree.Node) -> Int32 { tree.startLine(node) }

    /// The id to write on a block of `target` kind starting at `line`, used once.
    mutating func takeBlockID(line: Int32, for target: BlockAnchor.Target) -> String? {
        guard let anchor = blockIDs[line] else { return nil }
        switch (anchor.target, target) {
        case (.paragraph, .paragraph), (.listItem, .listItem), (.anyBlock, _):
            blockIDs[line] = nil
            return anchor.id
        default:
            return nil
        }
    }

    mutating func writeIDAttribute(_ id: String?) {
        guard let id else { return }
        write(" id=\"")
        writeEscaped(id)
        write("\"")
    }

    // MARK: Blocks

    mutating func renderDocument() {
        if input.tokens.contains(where: { if case .highlight = $0 { true } else { false } }) {
            highlightNesting = HighlightNesting(tree: tree, tokens: input.tokens)
        }
        renderChildren(tree.root)
        if footnotesOpen { write("</ol>\n</section>\n") }
    }

    /// The blocks inside `node`; raw HTML they leave open is closed at the end (for the
    /// document: the end of the note body).
    mutating func renderChildren(_ node: FlatTree.Node) {
        rawHTML.enter()
        var child = tree.firstChild(node)
        while let current = child {
            renderBlock(current)
            child = tree.next(current)
        }
        write(string: rawHTML.exit())
    }

    mutating func renderBlock(_ node: FlatTree.Node) {
        let kind = tree.kind(node)
        switch kind {
        case .paragraph:
            renderParagraph(node)
        case .heading:
            renderHeading(node)
        case .blockQuote:
            if let callout = input.callouts[line(node)] {
                renderCallout(node, callout)
            } else {
                write("<blockquote")
                writeIDAttribute(takeBlockID(line: line(node), for: .anyBlock))
                write(">\n")
                renderChildren(node)
                write("</blockquote>\n")
            }
        case .list:
            renderList(node)
        case .item:
            renderItem(node)
        case .codeBlock:
            renderCodeBlock(node)
        case .htmlBlock:
            let html = rawHTML.balance(RawHTMLFilter.clean(literal(node)))
            if html.contains(where: { !$0.isWhitespace }) { write(string: html) }
        case .thematicBreak:
            write("<hr>\n")
        case .footnoteDefinition:
            renderFootnoteDefinition(node)
        case .table:
            renderTable(node)
        default:
            if kind.isBlock {
                renderChildren(node)
            } else {
                renderInline(node)
            }
        }
    }

    mutating func renderHeading(_ node: FlatTree.Node) {
        let level = tree.headingLevel(node)
        let id = input.headingIDs[line(node)]
        // Written without interpolation, which cost more than the rest of the heading.
        let digit = UInt8(ascii: "0") + UInt8(clamping: level)
        write("<h")
        out.append(digit)
        writeIDAttribute(id)
        write(">")
        let contentStart = out.count
        renderInlineChildren(node)
        // cmark trims a heading's trailing whitespace, but a `^block-id` or `%%comment%%` at
        // its end is removed after the parse and leaves the space before it.
        while out.count > contentStart, out.last == 32 || out.last == 9 { out.removeLast() }
        if let id, input.headingAnchors {
            write("<a class=\"heading-anchor\" href=\"#")
            writeEscaped(HTMLEscaping.encodeURL(id))
            write("\" aria-label=\"Link to this section\">#</a>")
        }
        write("</h")
        out.append(digit)
        write(">\n")
    }

    mutating func renderCallout(_ node: FlatTree.Node, _ callout: RenderCallout) {
        let foldable = callout.fold != nil
        write(foldable ? "<details class=\"callout is-collapsible\"" : "<div class=\"callout\"")
        write(" data-callout=\"")
        writeEscaped(callout.type)
        write("\"")
        if let metadata = callout.metadata, !metadata.isEmpty {
            write(" data-callout-metadata=\"")
            writeEscaped(metadata)
            write("\"")
        }
        if let fold = callout.fold {
            write(string: " data-callout-fold=\"\(fold)\"")
            if fold == "+" { write(" open") }
        }
        writeIDAttribute(takeBlockID(line: line(node), for: .anyBlock))
        write(foldable ? ">\n<summary class=\"callout-title\">" : ">\n<div class=\"callout-title\">")
        write("<span class=\"callout-icon\" aria-hidden=\"true\">")
        write(string: callout.iconHTML)
        write("</span><span class=\"callout-title-inner\">")
        write(string: callout.titleHTML)
        write(foldable ? "</span></summary>\n" : "</span></div>\n")
        let contentStart = out.count
        write("<div class=\"callout-content\">\n")
        let bodyStart = out.count
        renderChildren(node)
        if out.count == bodyStart {
            out.truncate(to: contentStart)  // title-only callout (§7.3): no body
        } else {
            write("</div>\n")
        }
        write(foldable ? "</details>\n" : "</div>\n")
    }

    mutating func renderList(_ node: FlatTree.Node) {
        let ordered = tree.listIsOrdered(node)
        let start = tree.listStart(node)
        write(ordered ? "<ol" : "<ul")
        if ordered && start != 1 { write(string: " start=\"\(start)\"") }
        writeIDAttribute(takeBlockID(line: line(node), for: .anyBlock))
        write(">\n")
        tightLists.append(tree.listIsTight(node))
        renderChildren(node)
        tightLists.removeLast()
        write(ordered ? "</ol>\n" : "</ul>\n")
    }

    mutating func renderItem(_ node: FlatTree.Node) {
        write("<li")
        let task = TaskMarker.find(in: node, of: tree)
        if let task {
            write(task.isChecked ? " class=\"task-list-item is-checked\"" : " class=\"task-list-item\"")
            write(" data-task=\"")
            writeEscaped(task.character)
            write("\"")
        }
        writeIDAttribute(takeBlockID(line: line(node), for: .listItem))
        write(">")
        if let task {
            write("<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled")
            write(task.isChecked ? " checked> " : "> ")
            skipTextBytes = task.markerBytes
        }
        renderChildren(node)
        // Trim the newline after the last child so that `</li>` closes tight items on their line.
        if out.last == 10, let first = tree.firstChild(node), tree.kind(first) == .paragraph,
           tightLists.last == true {
            out.removeLast()
        }
        write("</li>\n")
    }

    /// The info string's first space-separated word (the language), found on bytes: splitting
    /// the string on `Character`s cost ~2,000 instructions per code block.
    static func firstWord(_ info: String) -> String {
        let utf8 = info.utf8
        guard let start = utf8.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return "" }
        let end = utf8[start...].firstIndex(of: UInt8(ascii: " ")) ?? utf8.endIndex
        return String(info[start..<end])
    }

    mutating func renderCodeBlock(_ node: FlatTree.Node) {
        let language = Self.firstWord(tree.fenceInfo(node))
        let id = takeBlockID(line: line(node), for: .anyBlock)
        if language == "mermaid" {
            // mermaid.js reads the diagram source from `<pre class="mermaid">`.
            write("<pre class=\"mermaid\"")
            writeIDAttribute(id)
            write(">")
            writeEscaped(literalBytes(node))
            write("</pre>\n")
            return
        }
        write("<pre")
        writeIDAttribute(id)
        write("><code")
        if !language.isEmpty {
            write(" class=\"language-")
            writeEscaped(language)
            write("\"")
        }
        write(">")
        writeEscaped(literalBytes(node))
        write("</code></pre>\n")
    }

    mutating func renderTable(_ node: FlatTree.Node) {
        let alignments = tree.tableAlignments(node)
        write("<div class=\"table-wrapper\"><table")
        writeIDAttribute(takeBlockID(line: line(node), for: .anyBlock))
        write(">\n")
        var row = tree.firstChild(node)
        var inBody = false
        while let current = row {
            let isHeader = tree.rowIsHeader(current)
            if isHeader { write("<thead>\n") } else if !inBody {
                write("<tbody>\n")
                inBody = true
            }
            write("<tr>\n")
            var cell = tree.firstChild(current)
            var column = 0
            while let currentCell = cell {
                let tag: StaticString = isHeader ? "th" : "td"
                write("<")
                write(tag)
                switch column < alignments.count ? alignments[column] : 0 {
                case UInt8(ascii: "l"): write(" style=\"text-align: left\"")
                case UInt8(ascii: "c"): write(" style=\"text-align: center\"")
                case UInt8(ascii: "r"): write(" style=\"text-align: right\"")
                default: break
                }
                write(">")
                renderInlineChildren(currentCell)
                write("</")
                write(tag)
                write(">\n")
                cell = tree.next(currentCell)
                column += 1
            }
            write("</tr>\n")
            if isHeader { write("</thead>\n") }
            row = tree.next(current)
        }
        if inBody { write("</tbody>\n") }
        write("</table></div>\n")
    }

    mutating func renderFootnoteDefinition(_ node: FlatTree.Node) {
        footnoteDefinitions += 1
        let number = footnoteDefinitions
        if !footnotesOpen {
            // The body's raw HTML ends before the footnotes (they follow it on the page).
            write(string: rawHTML.closeOpenElements())
            write("<section class=\"footnotes\" aria-label=\"Footnotes\">\n<ol>\n")
            footnotesOpen = true
        }
        let id = input.footnotePrefix + String(number)
        write(string: "<li id=\"fn-\(id)\">\n")
        renderChildren(node)
        let references = footnoteReferenceCounts[number] ?? 1
        for reference in 1...references {
            let suffix = reference == 1 ? "" : "-\(reference)"
            write(string: "<a href=\"#fnref-\(id)\(suffix)\" class=\"footnote-backref\" aria-label=\"Back to reference \(number)\(suffix)\">↩</a>")
        }
        write("\n</li>\n")
    }
}
