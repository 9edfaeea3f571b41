import Testing
@testable import TendMarkdown

/// The parse arena hands cmark zeroed memory without a memset per calloc: its reset clears
/// what the last parse used. A parse after others, on memory they wrote, must see what a
/// first parse sees.
struct ParseArenaTests {
    private func render(_ markdown: String) -> String {
        MarkdownHTML.render(RenderInput(markdown: Array(markdown.utf8), tokens: [])) { .external(url: $0.destination) }
    }

    @Test func aParseOnReusedMemoryRendersAsAFirstParse() {
        let small = "# Title\n\nSome *text* with [a link](x.md) and ~~strike~~.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] task\n"
        // Thousands of nodes: the arena's first chunk (256 KiB) fills and further chunks follow.
        let large = (0..<3000).map { "Paragraph \($0) with *emphasis*, `code` and [link \($0)](n\($0).md).\n\n- item\n" }.joined()
        let medium = String(repeating: "> quote with **bold** and _em_\n>\n", count: 40) + "\n| x | y |\n|---|---|\n| *p* | q |\n"
        let first = render(small)
        #expect(first.contains("<table>") && first.contains("<del>strike</del>") && first.contains("<em>text</em>"))
        let largeFirst = render(large)
        let mediumFirst = render(medium)
        for _ in 0..<3 {
            #expect(render(large) == largeFirst)
            #expect(render(small) == first)
            #expect(render(medium) == mediumFirst)
            #expect(render(small) == first)
        }
    }
}
