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

    @Test func replacingFirstReplacesOnlyTheFirst() {
        let bytes = Array("<li>a</li><li>a</li>".utf8)
        #expect(bytes.replacingFirst(Array("<li>a</li>".utf8), with: Array("<b>".utf8)) == Array("<b><li>a</li>".utf8))
        #expect(bytes.replacingFirst(Array("<li>c</li>".utf8), with: Array("<b>".utf8)) == nil)
        #expect(bytes.replacingFirst([], with: Array("x".utf8)) == nil)
    }

    @Test func lastOffsetFindsTheLastOccurrence() {
        let bytes = Array("<body></body>x</body>".utf8)
        #expect(bytes.lastOffset(of: Array("</body>".utf8)) == 14)
        #expect(bytes.lastOffset(of: Array("</html>".utf8)) == nil)
        #expect(Array("ab".utf8).lastOffset(of: Array("abc".utf8)) == nil)
    }
}
