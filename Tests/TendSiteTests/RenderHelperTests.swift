import Testing
@testable import TendMarkdown
@testable import TendSite
import TendVault

/// The renderer's shortcuts give exactly what the plain ways they replace give.
struct RenderHelperTests {
    static let linkNote = """
        [[Plain]] [[Folder/Note]] [[Note|alias]] [[Note#Heading]] [[#Local]] [[Note#^block-1]]
        [[Note#A#B]] [[Note# spaced ]] [[ Note #H]] [[Note#]] [[#]] [[Note#Ünï]] [[Ünï#x]] [[Note#a > b]]
        ![[Embed#Section]] ![[image.png|300]] [[Note#\u{3000}wide\u{3000}]] [[A & B#<C>]] [[Q "x"|a & b]]
        """

    @Test func displayTextShortcutMatchesDisplayText() {
        let note = NoteParser.parse(path: "N.md", bytes: Array(Self.linkNote.utf8))
        #expect(note.links.count >= 19)
        for link in note.links {
            #expect(LinkHTML.displayText(of: link) == link.displayText, "\(link.raw)")
            var html: [UInt8] = []
            LinkHTML.appendDisplayText(of: link, escapedTo: &html)
            #expect(String(decoding: html, as: UTF8.self) == HTMLEscaping.escape(link.displayText), "\(link.raw)")
        }
    }

    static let cursorNote = """
        café [[a]] naïve #tag ==mark== [[b]] 日本語 [[c]] #x
        plain [[d]] line #y
        Ünï [[e]]
        ascii first [[f]] then café [[g]] and #z
        """

    /// Positions asked for in any order (later on a line, earlier, another line) land on the
    /// bytes `offset(of:)` gives.
    @Test func sourceCursorMatchesOffsetOf() {
        let note = NoteParser.parse(path: "N.md", bytes: Array(Self.cursorNote.utf8))
        let positions = note.links.flatMap { [$0.position, $0.endPosition] } + note.tags.map(\.position)
            + [Position(line: 1, column: 1), Position(line: 1, column: 400), Position(line: 9, column: 1),
               Position(line: 2, column: 20), Position(line: 2, column: 21), Position(line: 2, column: 30),
               Position(line: 3, column: 2), Position(line: 3, column: 3), Position(line: 0, column: 1),
               Position(line: 4, column: 27), Position(line: 4, column: 28), Position(line: 4, column: 29),
               Position(line: 4, column: 60), Position(line: 1, column: 0)]
        #expect(positions.count > 10)
        var cursor = SourceCursor(note.source)
        for position in positions + positions.reversed() {
            #expect(cursor.offset(of: position) == note.source.offset(of: position), "\(position)")
        }
        // Every column of every line, forwards and backwards: the cursor's eight-byte steps
        // meet every mix of wide and narrow characters.
        let every = (1...4).flatMap { line in (0...70).map { Position(line: line, column: $0) } }
        for position in every + every.reversed() {
            #expect(cursor.offset(of: position) == note.source.offset(of: position), "\(position)")
        }
    }

    @Test(arguments: ["", "plain", "a & b", "<tag attr=\"x\">", "&&", "x<", ">y", "café & naïve <b>"])
    func byteEscapingMatchesStringEscaping(text: String) {
        var bytes: [UInt8] = Array("prefix".utf8)
        HTMLEscaping.appendEscaped(text, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "prefix" + HTMLEscaping.escape(text))
        #expect(HTMLEscaping.escape(text) == text.replacingAll("&", with: "&amp;").replacingAll("<", with: "&lt;")
            .replacingAll(">", with: "&gt;").replacingAll("\"", with: "&quot;"))
    }

    /// `PathParts` against the character-based `String` operations it stands in for.
    @Test func pathPartsMatchCharacterOperations() {
        let paths = ["", "a.png", "/", "a/", "a//b.png", "Assets/Diagrams/flow chart.svg", "a/b/é.png", "a/\u{301}b.png",
                     "x/a/\u{301}b.png", "a\u{600}/b.png", "\u{600}/x/y", "a/b/\u{600}", "Ünï/cödé/ß.pdf", "a/\r\n.png", "/leading.mp3", "a/b/c/", "a/b\u{301}/"]
        for path in paths {
            #expect(PathParts.fileName(path) == String(path.split(separator: "/").last ?? Substring(path)), "\(path.debugDescription)")
            #expect(PathParts.components(path) == path.split(separator: "/"), "\(path.debugDescription)")
            #expect(PathParts.beforeLastSlash(path) == path.lastIndex(of: "/").map { path[..<$0] }, "\(path.debugDescription)")
            // `Note.folder`, as written there.
            #expect(PathParts.folder(of: path) == (path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""), "\(path.debugDescription)")
        }
    }

    /// `encodeURL` against percent-encoding written out byte by byte, for every byte value.
    @Test func encodeURLMatchesByteByByteEncoding() {
        let unsafe = Set("\"<>\\^`{|}".utf8)
        func reference(_ url: String) -> String {
            url.utf8.map { byte in
                if byte > 32 && byte < 127 && !unsafe.contains(byte) { return String(UnicodeScalar(byte)) }
                let hex = String(byte, radix: 16, uppercase: true)
                return "%" + (hex.count == 1 ? "0" + hex : hex)
            }.joined()
        }
        var urls = (0...0x24F).compactMap(Unicode.Scalar.init).map { "/a/" + String($0) + "/b" }
        urls += ["", "/plain/path/#anchor?q=1&r=2", "/Ünïcode pägé/", "😀", "%20 already"]
        for url in urls {
            #expect(HTMLEscaping.encodeURL(url) == reference(url), "\(url.debugDescription)")
        }
    }

    @Test func encodeURLKeepsCleanURLsAndEncodesTheRest() {
        #expect(HTMLEscaping.encodeURL("/notes/a-b/#x?y=1&z") == "/notes/a-b/#x?y=1&z")
        #expect(HTMLEscaping.encodeURL("/a b/é\"") == "/a%20b/%C3%A9%22")
        #expect(HTMLEscaping.encodeURL("{|}^`\\<>") == "%7B%7C%7D%5E%60%5C%3C%3E")
    }

    /// Lines the shortcut takes render as cmark renders them; lines it leaves to cmark are
    /// ones where cmark would find markup (or might).
    @Test(arguments: [
        " Before you start", "Plain title", "   Three spaces", " Trailing spaces   ", " Mixed (parens), don't / why?",
        " a  b", " x-y",
    ])
    func plainTitlesRenderAsCmarkDoes(line: String) throws {
        let plain = try #require(PlainInlineText.html(Array(line.utf8)))
        let html = MarkdownHTML.render(RenderInput(markdown: Array(line.utf8), tokens: [.empty])) { .external(url: $0.destination) }
        #expect("<p>" + plain + "</p>\n" == html)
    }

    @Test(arguments: [
        "    Four spaces", " 1. list", " - item", " *em*", " a_b_", " www.example.com", " http://x", " a@b", " a & b",
        " <b>", " `code`", " ~~s~~", " [x]", " \u{E000}1\u{E001}", " café", "", "   ", " a\tb",
    ])
    func markupIsLeftToCmark(line: String) {
        #expect(PlainInlineText.html(Array(line.utf8)) == nil)
    }

    @Test(arguments: ["a", "a/b", "/a", "a/", "a//b", "", "/", "//", "café/ünï", "x/y/z"])
    func tagPathShortcutMatchesTagPages(key: String) {
        #expect(LinkHTML.tagPath(key) == TagPages.path(forTag: key))
    }

    /// Cutting at the slashes gives what splitting and joining gives, and falls back to it
    /// where a segment is empty.
    @Test(arguments: ["a", "a/b", "a/b/c", "/a", "a/", "a//b", "", "/", "//", "café/Ünï/日本", "x/y/z/w",
                      "a/b/", "/a/b", "e\u{301}/x", "🏳️‍🌈/flag", "Ops/Runbook"])
    func nestedTagPrefixesMatchSplitAndJoin(tag: String) {
        let parts = tag.split(separator: "/", omittingEmptySubsequences: true)
        let expected = parts.indices.map { parts[...$0].joined(separator: "/") }
        #expect(TagPages.nestedPrefixes(tag) == expected)
    }

    @Test(arguments: [0, 7, 9, 10, 11, 99, 100, 101, 12_345, 1_000_000])
    func placeholderTokensReadBackTheirIndex(index: Int) throws {
        var bytes: [UInt8] = Array("a".utf8)
        PlaceholderToken.append(index, to: &bytes)
        #expect(bytes == Array("a".utf8) + PlaceholderToken.open + Array(String(index).utf8) + PlaceholderToken.close)
        let token = try #require(bytes.withUnsafeBufferPointer { PlaceholderToken.read($0, at: 1) })
        #expect(token.index == index && token.end == bytes.count)
    }
}
