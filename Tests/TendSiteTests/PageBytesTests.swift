import Foundation
import TendMarkdown
import Testing
@testable import TendSite

/// Byte-level helpers that page rendering uses instead of `String` operations.
struct PageBytesTests {
    @Test func urlEncodingKeepsWhatHTMLEscapingKeeps() {
        for byte in UInt8(0)...UInt8(127) {
            let text = String(decoding: [UInt8(ascii: "a"), byte], as: UTF8.self)
            #expect(URLEncoding.encode(text) == HTMLEscaping.encodeURL(text), "byte \(byte)")
        }
        for text in ["/a/b/", "/ä b/", "#x^y", "", "/Engineering/Day 0/"] {
            #expect(URLEncoding.encode(text) == HTMLEscaping.encodeURL(text))
        }
    }

    @Test(arguments: [
        ("<li>a</li><li>Zb</li><li>Zb</li>", "<li>Zb</li>", 10),
        ("aaaab", "ab", 3),
        ("<li>a</li>", "<li>a</li>", 0),
        ("<li>a</li>", "<li>b</li>", nil),
        ("<li>a</li>", "", nil),
        ("ab", "abc", nil),
    ] as [(String, String, Int?)])
    func firstOffsetFindsTheFirstOccurrence(haystack: String, needle: String, offset: Int?) {
        let bytes = Array(haystack.utf8)
        #expect(bytes.firstOffset(of: Array(needle.utf8), byteCounts: bytes.byteCounts) == offset)
    }

    @Test func lastOffsetFindsTheLastOccurrence() {
        let bytes = Array("<body></body>x</body>".utf8)
        #expect(bytes.lastOffset(of: Array("</body>".utf8)) == 14)
        #expect(bytes.lastOffset(of: Array("</html>".utf8)) == nil)
        #expect(Array("ab".utf8).lastOffset(of: Array("abc".utf8)) == nil)
    }

    @Test func theInjectedScriptGoesBeforeTheLastBodyClose() throws {
        let plan = try SiteFixture.plan()
        let options = SiteOptions(output: "/unused", injectedScript: "<script src=\"/live.js\"></script>")
        let pages = SitePages(plan: plan, templates: try TemplateSet(overrides: nil), options: options)
        let page = String(decoding: pages.note(SiteFixture.noteIndex("Guide.md", in: plan)).page.bytes, as: UTF8.self)
        #expect(page.hasSuffix("<script src=\"/live.js\"></script></body>\n</html>\n"))
        #expect(page.components(separatedBy: "/live.js").count == 2)
    }
}
