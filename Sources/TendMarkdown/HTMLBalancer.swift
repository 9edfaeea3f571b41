/// Keeps a note's raw HTML balanced, so that nothing a note leaves open or closes too often
/// reaches the page around the note body (its backlinks, footer, or the walker's own `<p>`
/// and `<li>`).
///
/// Obsidian renders each block of a note on its own, so the browser closes whatever a block
/// leaves open at the block's end; CommonMark and GitHub keep raw HTML open across blocks,
/// which is how a `<details>` written around Markdown works there. Tend closes what the note
/// left open at the end of the element it was opened in: the paragraph, heading, cell, list
/// item, quote or callout, or, for an HTML block at the top, the end of the note body (before
/// its footnotes). So a `<details>` closed later still wraps the Markdown between, and one
/// never closed ends with the note instead of taking in the page. Escaping unclosed tags was
/// the other choice, but it would show a forgotten closer's whole element as source text.
///
/// Also: a closer with no matching open element (in the same walker element) is dropped,
/// since it would close one of the page's; an opened `<li>`, `<p>`, `<td>` … closes an open
/// sibling as browsers do; an `<iframe>`, whose content browsers read as raw text, is closed
/// at the end of the HTML that opened it; an unterminated `<!--` is ended there (it hides the
/// rest of that HTML, as an unclosed `%%` hides the rest of a note), and a `<` that starts a
/// tag with no `>` is escaped, because the browser would read the page's next tag into it.
struct HTMLBalancer {
    /// Raw HTML elements open, outermost first (lower-cased names).
    private var open: [String] = []
    /// For each walker element that may hold raw HTML, how many raw elements were open when
    /// it opened: its own raw elements are those above.
    private var floors: [Int] = []

    private var floor: Int { floors.last ?? 0 }

    /// A walker element opens.
    mutating func enter() {
        floors.append(open.count)
    }

    /// A walker element closes: the closers for raw elements still open in it.
    mutating func exit() -> String {
        let closers = closeOpenElements()
        floors.removeLast()
        return closers
    }

    /// Closers for the raw elements opened in the current walker element, which stays open.
    mutating func closeOpenElements() -> String {
        var closers = ""
        while open.count > floor { closers += "</\(open.removeLast())>" }
        return closers
    }

    /// `html` (already cleaned by `RawHTMLFilter`) as it may go into the page.
    mutating func balance(_ html: String) -> String {
        guard html.utf8.contains(UInt8(ascii: "<")) else { return html }
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count else {
                output.append(bytes[index])
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                index = copyMarkupDeclaration(bytes, from: index, into: &output)
                continue
            }
            let nameStart = next == UInt8(ascii: "/") ? index + 2 : index + 1
            guard nameStart < bytes.count, isLetter(bytes[nameStart]) else {
                output.append(bytes[index])  // `a < b`, `<3`: text to the browser too
                index += 1
                continue
            }
            guard let tag = RawHTMLFilter.parseTag(bytes, at: index) else {
                output += "&lt;".utf8
                index += 1
                continue
            }
            let text = bytes[index..<tag.end]
            index = tag.end
            if tag.isClosing {
                close(tag.name, text: text, into: &output)
            } else {
                output += implicitClosers(before: tag.name).utf8
                output += text
                if Self.voidElements.contains(tag.name) || (tag.selfClosing && isInForeignContent(tag.name)) { continue }
                open.append(tag.name)
                if tag.name == "iframe" { index = copyRawText(of: "iframe", bytes, from: index, into: &output) }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    // MARK: Elements

    /// Elements with no content and no closer.
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// Elements whose opening tag closes an open `<p>` (the HTML parser's rule, abridged).
    private static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "div", "dl", "dd", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "ul",
    ]

    /// A closer: it closes the nearest open element of its name in the current walker element,
    /// and whatever is open inside that; with none there it is dropped.
    private mutating func close(_ name: String, text: ArraySlice<UInt8>, into output: inout [UInt8]) {
        guard let match = open[floor...].lastIndex(of: name) else { return }
        while open.count > match + 1 { output += "</\(open.removeLast())>".utf8 }
        open.removeLast()
        output += text
    }

    /// Closers for the open siblings that `name` ends, as browsers end them: a second `<li>`
    /// ends the first, a `<td>` the previous cell, a `<div>` an open `<p>`.
    private mutating func implicitClosers(before name: String) -> String {
        var closers = ""
        func closeTop(_ names: Set<String>) {
            if open.count > floor, let top = open.last, names.contains(top) { closers += "</\(open.removeLast())>" }
        }
        if Self.closesParagraph.contains(name) { closeTop(["p"]) }
        switch name {
        case "li": closeTop(["li"])
        case "dt", "dd": closeTop(["dt", "dd"])
        case "option": closeTop(["option"])
        case "td", "th": closeTop(["td", "th"])
        case "tr":
            closeTop(["td", "th"])
            closeTop(["tr"])
        default: break
        }
        return closers
    }

    /// `<x/>` closes itself only in SVG and MathML; in HTML the `/` is ignored.
    private func isInForeignContent(_ name: String) -> Bool {
        name == "svg" || name == "math" || open.contains("svg") || open.contains("math")
    }

    // MARK: Text that is not elements

    /// `<!-- … -->`, `<!DOCTYPE …>`, `<![CDATA[…]]>` and `<?…>`, copied whole. An unterminated
    /// comment is ended at the end of this HTML; any other declaration without its `>` starts
    /// with `&lt;` instead, so that it does not run into the page's markup.
    private func copyMarkupDeclaration(_ bytes: [UInt8], from start: Int, into output: inout [UInt8]) -> Int {
        if bytes[start...].starts(with: "<!--".utf8) {
            guard let end = find("-->", in: bytes, from: start + 4) else {
                output += bytes[start...]
                output += " -->".utf8
                return bytes.count
            }
            output += bytes[start..<(end + 3)]
            return end + 3
        }
        guard let end = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else {
            output += "&lt;".utf8
            return start + 1
        }
        output += bytes[start...end]
        return end + 1
    }

    /// The content of a raw text element up to its closer, which is handled as a tag; without
    /// one in this HTML, the element is closed here.
    private mutating func copyRawText(of name: String, _ bytes: [UInt8], from start: Int, into output: inout [UInt8]) -> Int {
        var index = start
        while let found = find("</", in: bytes, from: index) {
            let nameEnd = found + 2 + name.utf8.count
            if nameEnd <= bytes.count, String(decoding: bytes[(found + 2)..<nameEnd], as: UTF8.self).lowercased() == name {
                output += bytes[start..<found]
                return found
            }
            index = found + 2
        }
        output += bytes[start...]
        output += "</\(name)>".utf8
        open.removeLast()
        return bytes.count
    }

    private func find(_ text: String, in bytes: [UInt8], from start: Int) -> Int? {
        let pattern = Array(text.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0] && bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (97...122).contains(byte) || (65...90).contains(byte)
    }
}
