import Foundation
import TendTestSupport
import Testing
@testable import TendSite

/// The fixture vault `Fixtures/render-edge-cases`: notes that once rendered wrongly, each
/// checked where a reader would see the fault (ids, links, contents, search, page chrome).
struct RenderingEdgeCaseTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/render-edge-cases").path

    /// Every file of the built site, as text, by path relative to the site.
    private func builtSite() throws -> [String: String] {
        let output = SiteFixture.temporaryOutput()
        try SiteFixture.build(into: output, root: Self.root)
        return SiteFixture.files(in: output).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// Obsidian hides a `%%comment%%` in a heading, so the id, the table of contents, the
    /// title and the search index are made from the visible text. Links still match the raw
    /// heading text (spec §2.2 replaces `%`), and point at that same id.
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
}
