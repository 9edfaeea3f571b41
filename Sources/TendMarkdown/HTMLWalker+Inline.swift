extension HTMLWalker {
    // MARK: Paragraphs

    /// A paragraph, opened lazily so that a block token (a note embed) at its top level can
    /// stand between paragraphs instead of inside `<p>` (which HTML does not allow), and so
    /// that a paragraph left empty by comments and block ids writes nothing.
    mutating func renderParagraph(_ node: FlatTree.Node) {
        let wrap = tightLists.last != true
        var state = ParagraphState(wrap: wrap, id: takeBlockID(line: line(node), for: .paragraph))
        var child = tree.firstChild(node)
        while let current = child {
            let kind = tree.kind(current)
            if kind == .text {
                renderText(current, paragraph: &state)
            } else if kind == .softBreak || kind == .lineBreak {
                // A line that rendered nothing (a comment's inner line) adds no second break.
                if state.isOpen && out.count > state.contentStart && !out.ends(with: "<br>\n") && out.last != 10 {
                    write(kind == .lineBreak || input.hardLineBreaks ? "<br>\n" : "\n")
                }
            } else {
                openParagraph(&state)
                renderInline(current)
            }
            child = tree.next(current)
        }
        let isLastInFootnote = tree.next(node) == nil
            && tree.parent(node).map { tree.kind($0) == .footnoteDefinition } == true
        closeParagraph(&state, keepEmpty: isLastInFootnote)
    }

    struct ParagraphState {
        var wrap: Bool
        var id: String?
        var isOpen = false
        /// Where the paragraph's `<p>` starts and where its content starts.
        var openStart = 0
        var contentStart = 0
    }

    mutating func openParagraph(_ state: inout ParagraphState) {
        guard !state.isOpen else { return }
        state.isOpen = true
        rawHTML.enter()
        state.openStart = out.count
        if state.wrap {
            write("<p")
            writeIDAttribute(state.id)
            write(">")
            state.id = nil
        }
        state.contentStart = out.count
    }

    mutating func closeParagraph(_ state: inout ParagraphState, keepEmpty: Bool = false) {
        guard state.isOpen else { return }
        state.isOpen = false
        // Raw inline HTML the paragraph left open ends with it (also where a block embed
        // splits it: the embed cannot stand inside a `<span>`).
        let closers = rawHTML.exit()
        // Trailing breaks and whitespace (before a block embed, or where a comment or a
        // `^block-id` was removed) are dropped.
        while true {
            if out.count - state.contentStart >= 5, out.ends(with: "<br>\n") {
                out.removeLast(5)
            } else if out.count > state.contentStart, out.last == 10 || out.last == 32 || out.last == 9 {
                out.removeLast()
            } else {
                break
            }
        }
        if out.count == state.contentStart && !keepEmpty && closers.isEmpty {
            out.truncate(to: state.openStart)
            return
        }
        write(string: closers)
        write(state.wrap ? "</p>\n" : "\n")
    }

    /// Text with placeholder tokens expanded. Block tokens at the paragraph's top level close it.
    mutating func renderText(_ node: FlatTree.Node, paragraph: inout ParagraphState) {
        forEachPiece(of: node) { walker, piece in
            switch piece {
            case .text(let bytes):
                walker.openParagraph(&paragraph)
                walker.out.appendEscaped(bytes)
            case .token(let token, let offset):
                switch token {
                case .empty, .calloutTitle:
                    break
                case .inline(let html):
                    walker.openParagraph(&paragraph)
                    walker.write(html)
                case .highlight(let opens):
                    walker.openParagraph(&paragraph)
                    walker.writeHighlight(opens: opens, at: HighlightNesting.TokenSite(node: node, offset: offset))
                case .block(let html, _):
                    walker.closeParagraph(&paragraph)
                    walker.write(html)
                }
            }
        }
    }

    enum TextPiece {
        case text(UnsafeBufferPointer<UInt8>)
        /// A token and the offset of its opener in the node's literal.
        case token(RenderInput.Token, offset: Int)
    }

    /// Splits a text node's literal into plain runs and tokens, dropping `skipTextBytes` first.
    mutating func forEachPiece(of node: FlatTree.Node, _ body: (inout HTMLWalker, TextPiece) -> Void) {
        let bytes = literalBytes(node)
        let length = bytes.count
        var index = 0
        if skipTextBytes > 0 {
            let skip = min(skipTextBytes, length)
            skipTextBytes -= skip
            index = skip
        }
        var runStart = index
        while true {
            index = PlaceholderToken.nextOpenerByte(in: bytes, from: index)
            guard index < length else { break }
            if let (number, end) = PlaceholderToken.read(bytes, at: index), number < input.tokens.count {
                if index > runStart { body(&self, .text(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))) }
                body(&self, .token(input.tokens[number], offset: index))
                index = end
                runStart = end
            } else {
                index += 1
            }
        }
        if length > runStart { body(&self, .text(UnsafeBufferPointer(rebasing: bytes[runStart..<length]))) }
    }

    // MARK: Inlines

    /// The inlines inside `node` (a heading, a cell, emphasis, a link); raw HTML they leave
    /// open is closed before `node` closes.
    mutating func renderInlineChildren(_ node: FlatTree.Node) {
        rawHTML.enter()
        var child = tree.firstChild(node)
        while let current = child {
            renderInline(current)
            child = tree.next(current)
        }
        write(string: rawHTML.exit())
    }

    mutating func renderInline(_ node: FlatTree.Node) {
        switch tree.kind(node) {
        case .text:
            forEachPiece(of: node) { walker, piece in
                switch piece {
                case .text(let bytes):
                    walker.out.appendEscaped(bytes)
                case .token(.inline(let html), _), .token(.block(_, let html), _):
                    walker.write(html)
                case .token(.highlight(let opens), let offset):
                    walker.writeHighlight(opens: opens, at: HighlightNesting.TokenSite(node: node, offset: offset))
                case .token:
                    break
                }
            }
        case .softBreak:
            write(input.hardLineBreaks ? "<br>\n" : "\n")
        case .lineBreak:
            write("<br>\n")
        case .code:
            write("<code>")
            writeEscaped(literalBytes(node))
            write("</code>")
        case .htmlInline:
            write(string: rawHTML.balance(RawHTMLFilter.clean(literal(node))))
        case .emphasis:
            wrapFormatting(node, open: "<em>", close: "</em>")
        case .strong:
            wrapFormatting(node, open: "<strong>", close: "</strong>")
        case .link:
            renderLink(node)
        case .image:
            renderImage(node)
        case .footnoteReference:
            renderFootnoteReference(node)
        case .strikethrough:
            wrapFormatting(node, open: "<del>", close: "</del>")
        default:
            renderInlineChildren(node)
        }
    }

    mutating func wrapInline(_ node: FlatTree.Node, open: StaticString, close: StaticString) {
        write(open)
        renderInlineChildren(node)
        write(close)
    }

    private func request(_ node: FlatTree.Node, isImage: Bool) -> LinkRequest {
        LinkRequest(destination: tree.url(node), title: tree.title(node),
                    isImage: isImage, text: plainText(node), line: line(node))
    }

    mutating func renderLink(_ node: FlatTree.Node) {
        if renderAutolinkCutAtToken(node) { return }
        let link = request(node, isImage: false)
        switch rewrite(link) {
        case .external(let url):
            if HTMLEscaping.isDangerousURL(url) {
                wrapInline(node, open: "<span class=\"external-link is-blocked\">", close: "</span>")
                return
            }
            writeExternalLinkOpener(url, title: link.title)
            renderInlineChildren(node)
            write("</a>")
        case .internalLink(let href, let dataHref):
            write("<a class=\"internal-link\" href=\"")
            writeEscaped(href)
            write("\" data-href=\"")
            writeEscaped(dataHref)
            write("\"")
            writeTitle(link.title)
            write(">")
            renderInlineChildren(node)
            write("</a>")
        case .unresolved(let reason):
            write("<span class=\"internal-link is-unresolved\" title=\"")
            writeEscaped(reason)
            write("\">")
            renderInlineChildren(node)
            write("</span>")
        case .unpublished:
            write("<span class=\"internal-link is-unpublished\" title=\"Not published\">")
            renderInlineChildren(node)
            write("</span>")
        case .html(let html):
            write(string: html)
        }
    }

    mutating func writeExternalLinkOpener(_ url: String, title: String) {
        write("<a class=\"external-link\" href=\"")
        writeEscaped(HTMLEscaping.encodeURL(url))
        write("\"")
        writeTitle(title)
        write(" rel=\"noopener\">")
    }

    private mutating func writeTitle(_ title: String) {
        guard !title.isEmpty else { return }
        write(" title=\"")
        writeEscaped(title)
        write("\"")
    }

    mutating func renderImage(_ node: FlatTree.Node) {
        let image = request(node, isImage: true)
        switch rewrite(image) {
        case .external(let url):
            guard !HTMLEscaping.isDangerousURL(url) else {
                writeEscaped(image.text)
                return
            }
            write("<img src=\"")
            writeEscaped(HTMLEscaping.encodeURL(url))
            write("\" alt=\"")
            writeEscaped(image.text)
            write("\"")
            writeTitle(image.title)
            write(" loading=\"lazy\">")
        case .internalLink(let href, let dataHref):
            write("<a class=\"internal-link\" href=\"")
            writeEscaped(href)
            write("\" data-href=\"")
            writeEscaped(dataHref)
            write("\">")
            writeEscaped(image.text.isEmpty ? dataHref : image.text)
            write("</a>")
        case .unresolved(let reason):
            write("<span class=\"internal-embed is-unresolved\" title=\"")
            writeEscaped(reason)
            write("\">")
            writeEscaped(image.text.isEmpty ? image.destination : image.text)
            write("</span>")
        case .unpublished:
            write("<span class=\"internal-embed is-unpublished\" title=\"Not published\">")
            writeEscaped(image.text)
            write("</span>")
        case .html(let html):
            write(string: html)
        }
    }

    /// Text content of a node's inlines, tokens dropped (for alt text and link text).
    func plainText(_ node: FlatTree.Node) -> String {
        var text = ""
        var child = tree.firstChild(node)
        while let current = child {
            switch tree.kind(current) {
            case .text:
                text += PlaceholderToken.removing(from: literal(current))
            case .code:
                text += literal(current)
            case .softBreak, .lineBreak:
                text += " "
            default:
                text += plainText(current)
            }
            child = tree.next(current)
        }
        return text
    }

    /// cmark-gfm numbers footnotes itself (by first reference, as Obsidian does, §7.5) and
    /// gives each reference's number as its literal; unreferenced definitions are dropped.
    mutating func renderFootnoteReference(_ node: FlatTree.Node) {
        guard let number = Int(literal(node)) else { return }
        let count = (footnoteReferenceCounts[number] ?? 0) + 1
        footnoteReferenceCounts[number] = count
        let suffix = count == 1 ? "" : "-\(count)"
        let id = input.footnotePrefix + String(number)
        write(string: "<sup class=\"footnote-ref\"><a href=\"#fn-\(id)\" id=\"fnref-\(id)\(suffix)\">\(number)</a></sup>")
    }
}
