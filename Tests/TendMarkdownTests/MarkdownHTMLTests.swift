import TendTestSupport
import Testing
@testable import TendMarkdown

/// The renderer on plain Markdown and on hand-made token tables (the site layer's tests
/// cover how tokens are made from notes).
struct MarkdownHTMLTests {
    private func render(_ markdown: String, tokens: [RenderInput.Token] = [], configure: (inout RenderInput) -> Void = { _ in }) -> String {
        var input = RenderInput(markdown: Array(markdown.utf8), tokens: tokens)
        configure(&input)
        return MarkdownHTML.render(input) { request in .external(url: request.destination) }
    }

    private func token(_ index: Int) -> String {
        var bytes: [UInt8] = []
        PlaceholderToken.append(index, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [
        ("*a* **b** ~~c~~ `d`", "<p><em>a</em> <strong>b</strong> <del>c</del> <code>d</code></p>\n"),
        ("line one\nline two", "<p>line one<br>\nline two</p>\n"),
        ("a  \nb", "<p>a<br>\nb</p>\n"),
        ("# Title", "<h1>Title</h1>\n"),
        ("```swift\nlet x = 1 < 2\n```", "<pre><code class=\"language-swift\">let x = 1 &lt; 2\n</code></pre>\n"),
        ("```mermaid\ngraph TD; A-->B\n```", "<pre class=\"mermaid\">graph TD; A--&gt;B\n</pre>\n"),
        ("---", "<hr>\n"),
        ("<div>**not bold**</div>", "<div>**not bold**</div>\n"),
        ("<script>alert(1)</script>\n\ntext", "<p>text</p>\n"),
        ("<a href=\"#\" onclick=\"x()\">a</a>", "<p><a href=\"#\">a</a></p>\n"),
        ("[x](javascript:alert(1))", "<p><span class=\"external-link is-blocked\">x</span></p>\n"),
        ("<https://example.org>", "<p><a class=\"external-link\" href=\"https://example.org\" rel=\"noopener\">https://example.org</a></p>\n"),
        ("1 < 2 & \"q\"", "<p>1 &lt; 2 &amp; &quot;q&quot;</p>\n"),
    ])
    func plainMarkdown(markdown: String, html: String) {
        #expect(render(markdown) == html)
    }

    /// The language is the first space-separated word of the info string, as the `Character`
    /// split it replaces found it (`HTMLWalker.firstWord` works on bytes).
    @Test(arguments: ["swift", "bash title=x", "", " ", "  swift  x", "c++ {.numberLines}", "日本 語", "py\tx y",
                      "é x", "a\u{301} b", "mermaid"])
    func codeLanguageIsTheFirstWord(info: String) {
        #expect(HTMLWalker.firstWord(info) == (info.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""))
    }

    @Test func strictLineBreaksKeepNewlines() {
        #expect(render("one\ntwo") { $0.hardLineBreaks = false } == "<p>one\ntwo</p>\n")
    }

    @Test func taskItemsTakeAnyCharacter() {
        let html = render("- [ ] todo\n- [x] done\n- [/] half done\n1. [x] ordered\n- [link] not a task")
        #expect(html.contains("<li class=\"task-list-item\" data-task=\" \"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled> todo</li>"))
        #expect(html.contains("<li class=\"task-list-item is-checked\" data-task=\"x\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled checked> done</li>"))
        #expect(html.contains("data-task=\"/\""))
        #expect(html.contains("<ol>\n<li class=\"task-list-item is-checked\" data-task=\"x\">"))
        #expect(html.contains("<li>[link] not a task</li>"))
    }

    @Test func footnotesNumberByFirstReference() {
        let html = render("b[^b] a[^a] again[^b]\n\n[^a]: Note A.\n[^b]: Note B.\n\nmissing[^x]")
        #expect(html.contains("b<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>"))
        #expect(html.contains("a<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\">2</a></sup>"))
        #expect(html.contains("id=\"fnref-1-2\""))
        #expect(html.contains("<li id=\"fn-1\">\n<p>Note B.</p>\n<a href=\"#fnref-1\""))
        #expect(html.contains("missing[^x]"))
        #expect(html.hasSuffix("</ol>\n</section>\n"))
    }

    @Test func tableWithAlignmentAndTokens() {
        let html = render("| a | b |\n|:--|--:|\n| \(token(0)) | 2 |", tokens: [.inline(Array("<a class=\"internal-link\">x|y</a>".utf8))])
        #expect(html.contains("<th style=\"text-align: left\">a</th>"))
        #expect(html.contains("<td style=\"text-align: left\"><a class=\"internal-link\">x|y</a></td>"))
        #expect(html.contains("<td style=\"text-align: right\">2</td>"))
    }

    @Test func headingIDsAndAnchors() {
        let html = render("intro\n\n## Day 2 *ops*\n", configure: { $0.headingIDs[3] = "day-2-ops" })
        #expect(html.contains("<h2 id=\"day-2-ops\">Day 2 <em>ops</em><a class=\"heading-anchor\" href=\"#day-2-ops\" aria-label=\"Link to this section\">#</a></h2>"))
    }

    @Test func blockIDsGoOnTheirBlock() {
        let html = render("para \(token(0))\n\n- item \(token(0))\n- other\n\n| t |\n|---|\n| 1 |\n", tokens: [.empty]) {
            $0.blockIDs[1] = BlockAnchor(id: "^p1", target: .paragraph)
            $0.blockIDs[3] = BlockAnchor(id: "^li", target: .listItem)
            $0.blockIDs[6] = BlockAnchor(id: "^tbl", target: .anyBlock)
        }
        #expect(html.contains("<p id=\"^p1\">para</p>"))
        #expect(html.contains("<ul>\n<li id=\"^li\">item</li>"))
        #expect(html.contains("<table id=\"^tbl\">"))
    }

    @Test func blockTokensLeaveTheParagraph() {
        let html = render("before\n\(token(0))\nafter\n\n\(token(0))", tokens: [.block(Array("<div class=\"embed\"></div>\n".utf8), inline: Array("<a>embed</a>".utf8))])
        #expect(html == "<p>before</p>\n<div class=\"embed\"></div>\n<p>after</p>\n<div class=\"embed\"></div>\n")
    }

    @Test func blockTokensInsideInlinesUseTheirInlineForm() {
        let tokens: [RenderInput.Token] = [.block(Array("<div>embed</div>\n".utf8), inline: Array("<a>embed</a>".utf8))]
        #expect(render("*\(token(0))*", tokens: tokens) == "<p><em><a>embed</a></em></p>\n")
        #expect(render("## Head \(token(0))", tokens: tokens) == "<h2>Head <a>embed</a></h2>\n")
    }

    /// Obsidian reads inline markup left to right and parses a highlight's content on its
    /// own (spec §7.2), so what opens first keeps its element and the other's markers are
    /// text; a link always keeps its element. `«` and `»` stand for the site layer's tokens.
    @Test(arguments: [
        ("«a *b» c*", "<p><mark>a *b</mark> c*</p>\n"),
        ("«a __b» c__ d", "<p><mark>a __b</mark> c__ d</p>\n"),
        ("«a ~~b» c~~", "<p><mark>a ~~b</mark> c~~</p>\n"),
        ("«a ~b» c~", "<p><mark>a ~b</mark> c~</p>\n"),
        ("*a «b* c»", "<p><em>a ==b</em> c==</p>\n"),
        ("«a **b *c» d* e**", "<p><mark>a **b *c</mark> d* e**</p>\n"),
        ("«a [b» c](https://x.org)", "<p>==a <a class=\"external-link\" href=\"https://x.org\" rel=\"noopener\">b== c</a></p>\n"),
        ("«a *b» c «d* e»", "<p><mark>a *b</mark> c <mark>d* e</mark></p>\n"),
        ("«a *b* c» and **«d» e**", "<p><mark>a <em>b</em> c</mark> and <strong><mark>d</mark> e</strong></p>\n"),
        ("«a «b» c»", "<p><mark>a ==b</mark> c==</p>\n"),
        ("«a\n\nb»", "<p>==a</p>\n<p>b==</p>\n"),
        ("## «a *b» c*", "<h2><mark>a *b</mark> c*</h2>\n"),
    ])
    func highlightsAndEmphasisNestAsObsidianReadsThem(markdown: String, html: String) {
        let tokens: [RenderInput.Token] = [.highlight(opens: true), .highlight(opens: false)]
        let text = markdown.split(separator: "«", omittingEmptySubsequences: false).joined(separator: token(0))
            .split(separator: "»", omittingEmptySubsequences: false).joined(separator: token(1))
        let rendered = render(text, tokens: tokens)
        #expect(rendered == html)
        #expect(HTMLNesting.firstProblem(in: rendered) == nil)
    }

    /// Raw HTML a note leaves open is closed at the end of the element it was opened in, the
    /// note body for a top-level HTML block; a closer with nothing to close there is dropped.
    @Test(arguments: [
        ("<div class=\"x\">\n\ntext", "<div class=\"x\">\n<p>text</p>\n</div>"),
        ("<details>\n<summary>S</summary>\n\nbody\n\n</details>\n\nafter",
         "<details>\n<summary>S</summary>\n<p>body</p>\n</details>\n<p>after</p>\n"),
        ("a <span>b\n\nc</span> d", "<p>a <span>b</span></p>\n<p>c d</p>\n"),
        ("*a <b>b* c", "<p><em>a <b>b</b></em> c</p>\n"),
        ("> <div>\n> q\n\nafter", "<blockquote>\n<div>\nq\n</div></blockquote>\n<p>after</p>\n"),
        ("- <div>\n\n  item\n- next", "<ul>\n<li><div>\n<p>item</p>\n</div></li>\n<li><p>next</p>\n</li>\n</ul>\n"),
        ("</div></article>\n\ntext </main>", "<p>text</p>\n"),
        ("<ul><li>a<li>b</ul>", "<ul><li>a</li><li>b</li></ul>\n"),
        ("<div><span>a</div>", "<div><span>a</span></div>\n"),
        ("<div class=\"x", "&lt;div class=\"x\n"),
        ("<!-- draft\n\nhidden", "<!-- draft\n\nhidden\n -->"),
        ("<iframe src=\"https://example.org\">\n\ntext", "<iframe src=\"https://example.org\">\n</iframe><p>text</p>\n"),
        ("<svg><path d=\"M0 0\"/></svg>", "<p><svg><path d=\"M0 0\"/></svg></p>\n"),
        ("t[^1]\n\n<div>\n\n[^1]: n", "<p>t<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup></p>\n<div>\n</div><section"),
    ])
    func unclosedRawHTMLIsClosedWhereItsElementEnds(markdown: String, html: String) {
        let rendered = render(markdown)
        #expect(rendered.hasPrefix(html))
        #expect(HTMLNesting.firstProblem(in: rendered) == nil)
    }

    @Test func footnotePrefixKeepsEmbeddedIDsApart() {
        let html = render("a[^1]\n\n[^1]: n", configure: { $0.footnotePrefix = "e1-" })
        #expect(html.contains("<a href=\"#fn-e1-1\" id=\"fnref-e1-1\">1</a>"))
        #expect(html.contains("<li id=\"fn-e1-1\">"))
        #expect(html.contains("href=\"#fnref-e1-1\""))
    }

    @Test func emptyParagraphsVanish() {
        #expect(render("\(token(0))\n\(token(0))\n\nkept", tokens: [.empty]) == "<p>kept</p>\n")
    }

    @Test func calloutsFoldAndDropTheirMarkerLine() {
        let callout = RenderCallout(type: "tip", metadata: nil, fold: "-", titleHTML: "Be <em>kind</em>", iconHTML: "<svg></svg>")
        let html = render("> \(token(0))\n> body *text*\n", tokens: [.calloutTitle]) { $0.callouts[1] = callout }
        #expect(html == """
            <details class="callout is-collapsible" data-callout="tip" data-callout-fold="-">
            <summary class="callout-title"><span class="callout-icon" aria-hidden="true"><svg></svg></span><span class="callout-title-inner">Be <em>kind</em></span></summary>
            <div class="callout-content">
            <p>body <em>text</em></p>
            </div>
            </details>

            """)
        let titleOnly = render("> \(token(0))\n", tokens: [.calloutTitle]) {
            $0.callouts[1] = RenderCallout(type: "note", metadata: "wide", fold: nil, titleHTML: "Note", iconHTML: "")
        }
        #expect(titleOnly == """
            <div class="callout" data-callout="note" data-callout-metadata="wide">
            <div class="callout-title"><span class="callout-icon" aria-hidden="true"></span><span class="callout-title-inner">Note</span></div>
            </div>

            """)
    }

    @Test func linksAreRewrittenBySiteLayer() {
        var input = RenderInput(markdown: Array("[a](Other.md#x) ![i](pic.png) [b](gone.md)".utf8), tokens: [])
        input.hardLineBreaks = true
        let html = MarkdownHTML.render(input) { request in
            switch request.destination {
            case "Other.md#x": return .internalLink(href: "/other/#x", dataHref: "Other#x")
            case "pic.png": return .html("<img src=\"/pic.png\" alt=\"\(request.text)\">")
            default: return .unresolved(reason: "no note")
            }
        }
        #expect(html == "<p><a class=\"internal-link\" href=\"/other/#x\" data-href=\"Other#x\">a</a> <img src=\"/pic.png\" alt=\"i\"> <span class=\"internal-link is-unresolved\" title=\"no note\">b</span></p>\n")
    }
}

/// Raw HTML that could run code or leave the page is cleaned (spec §7.7).
struct RawHTMLFilterTests {
    @Test(arguments: [
        ("<a href=\"jav&#x61;script:alert(3)\">x</a>", "<a>x</a>"),
        ("<a href=\"java\tscript:alert(1)\">x</a>", "<a>x</a>"),
        ("<iframe srcdoc=\"<b>x</b>\" src=\"https://example.org\"></iframe>", "<iframe src=\"https://example.org\"></iframe>"),
        ("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", ""),
        ("<base href=\"https://evil.example/\">", ""),
        ("<img src=\"a.png\" onerror=\"x()\" alt=\"a\">", "<img src=\"a.png\" alt=\"a\">"),
        ("<span title=\"on the fence\">k</span>", "<span title=\"on the fence\">k</span>"),
        ("<a href=\"https://example.org/?a=1&amp;b=2\">ok</a>", "<a href=\"https://example.org/?a=1&amp;b=2\">ok</a>"),
    ])
    func cleans(input: String, expected: String) {
        #expect(RawHTMLFilter.clean(input) == expected)
    }
}
