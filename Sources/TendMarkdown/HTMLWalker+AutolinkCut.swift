extension HTMLWalker {
    /// cmark-gfm's autolink runs a bare URL on to the next space or `<`, so a wikilink written
    /// right after one (`https://example.com/x[[Note]]`) became part of its address, as its
    /// placeholder token: a link inside a link. Obsidian reads its own syntax first, as the
    /// linter does, and the URL ends where the wikilink starts; here too.
    ///
    /// The cut is at the first token of any kind (a wikilink, a tag, a comment, a highlight,
    /// math): each is Obsidian syntax that Obsidian reads before the URL. What follows the
    /// token is written as the text it is, a second URL in it included: cmark has taken it
    /// into this link, and there is no node left to make it one of its own.
    ///
    /// Only an autolink can hold a token in its URL: none is put in a Markdown link's
    /// destination (`InlineScanner` skips those). Returns false for any other link.
    mutating func renderAutolinkCutAtToken(_ node: FlatTree.Node) -> Bool {
        // The text first: a link whose text holds no token (nearly all) costs no more.
        guard let text = tree.firstChild(node), tree.kind(text) == .text, tree.next(text) == nil else { return false }
        let literal = literalBytes(text)
        guard let cut = PlaceholderToken.firstToken(in: literal) else { return false }
        let url = Array(tree.url(node).utf8)
        guard let urlCut = url.withUnsafeBufferPointer({ PlaceholderToken.firstToken(in: $0) }) else { return false }
        let shown = UnsafeBufferPointer(rebasing: literal[..<cut])
        // The autolink's URL is its text with `http://` or `mailto:` put in front, so both
        // lose the same bytes at their end.
        let kept = AutolinkEnd.keptLength(of: shown)
        let dropped = shown.count - kept
        let keptText = UnsafeBufferPointer(rebasing: shown[..<kept])
        if AutolinkEnd.hasAddress(shown, keeping: kept), urlCut >= dropped {
            let before = LinkRequest(destination: String(decoding: url[..<(urlCut - dropped)], as: UTF8.self), title: tree.title(node),
                                     isImage: false, text: String(decoding: keptText, as: UTF8.self), line: line(node))
            if case .external(let target) = rewrite(before) {
                if HTMLEscaping.isDangerousURL(target) {
                    write("<span class=\"external-link is-blocked\">")
                    out.appendEscaped(keptText)
                    write("</span>")
                } else {
                    writeExternalLinkOpener(target, title: before.title)
                    out.appendEscaped(keptText)
                    write("</a>")
                }
            } else {
                out.appendEscaped(keptText)
            }
            // Written as it is: only `?!.,:*_~'")` and `&name;` are dropped, and cmark would
            // have read such an entity as one.
            out.append(UnsafeBufferPointer(rebasing: shown[kept...]))
        } else {
            out.appendEscaped(shown)
        }
        // The token and whatever the URL ran on to after it, as the text they are.
        skipTextBytes = cut
        renderInline(text)
        return true
    }
}

/// Where a bare URL cut short at a token ends, by the rules cmark-gfm's autolink applies to
/// the end of any bare URL (its `autolink_delim`): trailing `?!.,:*_~'"` are not part of
/// it, nor a `)` without its `(`, nor an entity-like `&name;`.
enum AutolinkEnd {
    static func keptLength(of url: UnsafeBufferPointer<UInt8>) -> Int {
        var end = url.count
        while end > 0 {
            let last = url[end - 1]
            switch last {
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"),
                 UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                end -= 1
            case UInt8(ascii: ")"):
                var opening = 0
                var closing = 0
                for byte in url[..<end] {
                    if byte == UInt8(ascii: "(") { opening += 1 } else if byte == UInt8(ascii: ")") { closing += 1 }
                }
                guard closing > opening else { return end }
                end -= 1
            case UInt8(ascii: ";"):
                var start = end - 2
                while start >= 0, isAlphanumeric(url[start]) { start -= 1 }
                if start >= 0, start < end - 2, url[start] == UInt8(ascii: "&") {
                    end = start
                } else {
                    end -= 1
                }
            default:
                return end
            }
        }
        return end
    }

    /// Whether what is left names more than a scheme (`https://`) or `www.`: a URL cut right
    /// after its scheme is no link (`https://[[Note]]`), nor an e-mail address cut at its `@`.
    static func hasAddress(_ url: UnsafeBufferPointer<UInt8>, keeping kept: Int) -> Bool {
        var prefix = 0
        // A scheme is letters at the very start (a `www.` link may hold `://` in its query).
        var letters = 0
        while letters < url.count, (65...90).contains(url[letters] & ~0x20) { letters += 1 }
        if letters > 0, url.count >= letters + 3, url[letters] == UInt8(ascii: ":"),
           url[letters + 1] == UInt8(ascii: "/"), url[letters + 2] == UInt8(ascii: "/") {
            prefix = letters + 3
        } else if url.count >= 4, url[0] | 0x20 == UInt8(ascii: "w"), url[1] | 0x20 == UInt8(ascii: "w"),
                  url[2] | 0x20 == UInt8(ascii: "w"), url[3] == UInt8(ascii: ".") {
            prefix = 4
        }
        guard kept > prefix else { return false }
        // An e-mail address cut after its `@` has no host.
        return url[kept - 1] != UInt8(ascii: "@") && url[prefix..<kept].contains(where: isAlphanumeric)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
    }
}
