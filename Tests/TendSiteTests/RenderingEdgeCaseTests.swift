import Foundation
import TendTestSupport
import Testing
@testable import TendSite

/// The fixture vault `Fixtures/render-edge-cases`: notes that once rendered wrongly, each
/// checked where a reader would see the fault (ids, links, contents, search, page chrome).
struct RenderingEdgeCaseTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/render-edge-cases").path

    /// A note's body as its page shows it.
    private func rendered(_ path: String) throws -> String {
        let plan = try SiteFixture.plan(root: Self.root)
        return String(decoding: NoteRenderer(plan: plan).renderPage(note: SiteFixture.noteIndex(path, in: plan)), as: UTF8.self)
    }

    /// Every file of the built site, as text, by path relative to the site.
    private func builtSite() throws -> [String: String] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("site")
        try SiteFixture.build(into: output, root: Self.root)
        return SiteFixture.files(in: output).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// Obsidian hides a `%%comment%%` in a heading, so the id, the table of contents, the
    /// title and the search index are made from the visible text. Links still match the raw
    /// heading text (spec §2.2 replaces `%`), and point at that same id.
    /// Where a block cannot stand (a heading, emphasis), an embed is a link to what it would
    /// have shown, with its display text (or alias) escaped.
    @Test func embedsInsideInlineTextBecomeLinks() throws {
        let html = try rendered("Inline Embed.md")
        #expect(html.contains("<a class=\"internal-link embed-link\" href=\"/inline-target/#part-one\">Inline Target &gt; Part one</a>"))
        #expect(html.contains("<em>with <a class=\"internal-link embed-link\" href=\"/inline-target/#part-one\">A &amp; B</a> inside</em>"))
        #expect(!html.contains("markdown-embed-content"))
    }

    @Test func commentInHeadingStaysOutOfIDAndContents() throws {
        let site = try builtSite()
        let page = try #require(site["commented-heading/index.html"])
        #expect(page.contains("<h2 id=\"setup-steps\">Setup  steps<a class=\"heading-anchor\" href=\"#setup-steps\""))
        #expect(page.contains("<a class=\"internal-link\" href=\"#setup-steps\" data-href=\"#Setup draft steps\">the steps</a>"))
        #expect(page.contains("<li class=\"toc-item toc-indent-0\"><a href=\"#setup-steps\">Setup steps</a></li>"))
        #expect(page.contains("<title>Commented Heading ·"))
        let index = try #require(site["pointers/index.html"])
        #expect(index.contains("href=\"/commented-heading/#setup-steps\""))
        for (path, text) in site where path.hasPrefix("search/") {
            #expect(!text.contains("wip") && !text.contains("draft"), "\(path) holds comment text")
        }
    }

    /// A heading or paragraph whose `^block-id` or `%%comment%%` is removed at its end keeps
    /// no whitespace there (cmark trims it only from the text it parsed): no space before the
    /// heading's anchor, no tab before `</p>`. The id's text stays in the heading's id, as
    /// Obsidian keeps `^id` in the heading text (spec §3.2).
    @Test func removedEndsLeaveNoTrailingWhitespace() throws {
        let html = try rendered("Heading Block.md")
        #expect(html.contains("<h2 id=\"setup-steps-setup\">Setup steps<a class=\"heading-anchor\""))
        #expect(html.contains("<h2 id=\"open-points\">Open points<a class=\"heading-anchor\""))
        #expect(html.contains("<li id=\"^item1\">Item with id</li>"))
        #expect(html.contains("<p id=\"^tabbed\">Tabbed</p>"))
    }

    /// Highlights and the emphasis, code and links around them give well-nested HTML, as
    /// Obsidian reads them: what opens first keeps its element (spec §7.2), code spans win
    /// (§0.3), and links always stay links.
    @Test func highlightsNestWithEmphasisCodeAndLinks() throws {
        let html = try rendered("Highlights.md")
        #expect(HTMLNesting.firstProblem(in: html) == nil, "\(HTMLNesting.firstProblem(in: html) ?? "")")
        #expect(html.contains("<p><mark>a *b</mark> c*</p>"))
        #expect(html.contains("<p><em>a ==b</em> c==</p>"))
        #expect(html.contains("<p><mark>a ==b</mark> c==</p>"))
        #expect(html.contains("<p><mark>a <code>x== y</code> z</mark></p>"))
        #expect(html.contains("<p>==a <a class=\"internal-link\" href=\"/pointers/\" data-href=\"Pointers\">x==</a> b==</p>"))
        #expect(html.contains("<p>==a <a class=\"external-link\" href=\"https://example.org\" rel=\"noopener\">b== c</a></p>"))
        #expect(html.contains("<p><strong><mark>a</mark> b</strong> and <mark>a <em>b</em> c</mark></p>"))
    }

    /// An alias is text (spec §1.1); only code spans win over a wikilink (§0.3), so raw HTML
    /// in an alias is part of it, escaped like any link text, never markup on the page.
    @Test func htmlInAnAliasIsEscapedText() throws {
        let html = try rendered("Aliases.md")
        let link = "<a class=\"internal-link\" href=\"/pointers/\" data-href=\"Pointers\">"
        #expect(html.contains(link + "&lt;b&gt;bold?&lt;/b&gt;</a>"))
        #expect(html.contains(link + "&lt;script&gt;alert(1)&lt;/script&gt;</a>"))
        #expect(html.contains("data-href=\"Pointers#Pointers\">&lt;img src=x onerror=alert(1)&gt;</a>"))
        #expect(html.contains(link + "&lt;i&gt;in a table&lt;/i&gt;</a>"))
        #expect(html.contains("&lt;b&gt;alt&lt;/b&gt;</span>"))
        #expect(html.contains(link + "&lt;/div&gt;&lt;/article&gt;</a>"))
        for markup in ["<b>", "<script", "<img", "<i>", "</article>"] {
            #expect(!html.contains(markup), "\(markup) reached the page")
        }
        #expect(HTMLNesting.firstProblem(in: html) == nil)
    }

    /// HTML a note leaves open (a `<div>`, `<details>`, `<b>`, `<a>`) is closed at the end of
    /// the note body at the latest, and its stray closers are dropped: the page around the
    /// body (backlinks, footer) sits where it does on a page without raw HTML.
    @Test func unclosedHTMLStaysInsideTheNoteBody() throws {
        let site = try builtSite()
        let page = try #require(site["unclosed-html/index.html"])
        let plain = try #require(site["pointers/index.html"])
        #expect(HTMLNesting.firstProblem(in: page) == nil, "\(HTMLNesting.firstProblem(in: page) ?? "")")
        for marker in ["<footer class=\"note-footer\">", "<section class=\"backlinks\"", "<footer class=\"site-footer\">"] {
            let around = HTMLNesting.ancestors(of: marker, in: page)
            #expect(around != nil && around == HTMLNesting.ancestors(of: marker, in: plain), "\(marker) is inside \(around ?? [])")
        }
        let body = try rendered("Unclosed HTML.md")
        #expect(HTMLNesting.firstProblem(in: body) == nil)
        #expect(body.contains("a link never closed.</a></b></p>"))
        #expect(body.hasSuffix("</details></div>"))
    }

    /// An embedded section keeps its footnotes when their definitions stand elsewhere in the
    /// note (before or after it), and two embeds on one page never share a footnote id.
    @Test func embeddedSectionBringsFootnotesDefinedOutsideIt() throws {
        let site = try builtSite()
        let page = try #require(site["footnote-embedder/index.html"])
        let ids = page.matches(of: /\sid="([^"]*)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
        for match in page.matches(of: /href="#([^"]*)"/) {
            #expect(ids.contains(String(match.1)), "#\(match.1) names no id on the page")
        }
        #expect(!page.contains("[^"))
        #expect(page.components(separatedBy: "Defined after the section,<br>\nat the end of the note.").count == 3)
        #expect(page.components(separatedBy: "Defined before the section.").count == 3)
        #expect(page.components(separatedBy: "Defined inside the section.").count == 3)
        #expect(page.contains("The page's own note."))
        #expect(!page.contains("Intro with a note"))
        #expect(HTMLNesting.firstProblem(in: page) == nil)
    }

    /// A bare URL written right against a wikilink ends where the wikilink starts, as in
    /// Obsidian: cmark's autolink once took the wikilink into its address (a link in a link).
    @Test func bareURLStopsAtAWikilink() throws {
        let html = try rendered("URL Then Wikilink.md")
        #expect(HTMLNesting.firstProblem(in: html) == nil, "\(HTMLNesting.firstProblem(in: html) ?? "")")
        let pointers = "<a class=\"internal-link\" href=\"/pointers/\" data-href=\"Pointers\">"
        #expect(html.contains("<a class=\"external-link\" href=\"https://example.org/x\" rel=\"noopener\">https://example.org/x</a>\(pointers)Pointers</a>"))
        #expect(html.contains("<a class=\"external-link\" href=\"http://www.example.org\" rel=\"noopener\">www.example.org</a>\(pointers)the pointers</a>"))
        #expect(html.contains("<a class=\"external-link\" href=\"https://example.org/a\" rel=\"noopener\">https://example.org/a</a>\(pointers)Pointers</a>/rest here."))
        #expect(html.contains("\(pointers)Pointers</a><a class=\"external-link\" href=\"https://example.org/after\" rel=\"noopener\">"))
        // What cmark leaves out at the end of any bare URL stays out of one cut at a token.
        #expect(html.contains("<a class=\"external-link\" href=\"https://example.org/end\" rel=\"noopener\">https://example.org/end</a>.\(pointers)"))
        #expect(html.contains("(see <a class=\"external-link\" href=\"https://example.org/p\" rel=\"noopener\">https://example.org/p</a>)\(pointers)"))
        #expect(html.contains(">https://example.org/q?a=1</a>&amp;\(pointers)"))
        #expect(html.contains("A scheme alone is no link: https://\(pointers)Pointers</a> and www.\(pointers)Pointers</a>."))
        #expect(html.contains("<a class=\"external-link\" href=\"https://example.org/h\" rel=\"noopener\">https://example.org/h</a><mark>marked</mark>"))
        #expect(HTMLNesting.firstNestedLink(in: html) == nil)
        #expect(!html.contains("%EE%80%80"))
        #expect(!html.unicodeScalars.contains { (0xE000...0xE001).contains($0.value) })
    }

    /// A `%%comment%%` in an image's alt text is dropped like everywhere else: its placeholder
    /// bytes once reached the `alt` attribute.
    @Test func commentInImageAltTextLeavesNoPlaceholder() throws {
        let html = try rendered("Image Alt.md")
        let image = try #require(html.range(of: "<img[^>]*>", options: .regularExpression).map { String(html[$0]) })
        #expect(image.contains("alt=\"before  after\""), "\(image)")
        #expect(!html.unicodeScalars.contains { (0xE000...0xE001).contains($0.value) })
    }
}
