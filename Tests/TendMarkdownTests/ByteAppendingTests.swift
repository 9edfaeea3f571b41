import Testing
@testable import TendMarkdown

/// `appendLiteral` (static text) must append what `appendUTF8` (any string) does.
struct ByteAppendingTests {
    @Test func appendLiteralMatchesAppendUTF8() {
        var literal: [UInt8] = Array("start ".utf8)
        var general = literal
        literal.appendLiteral("<a class=\"internal-link\" href=\"")
        literal.appendLiteral("")
        literal.appendLiteral(" › é &gt; ")
        general.appendUTF8("<a class=\"internal-link\" href=\"")
        general.appendUTF8("")
        general.appendUTF8(" › é &gt; ")
        #expect(literal == general)
        #expect(String(decoding: literal, as: UTF8.self) == "start <a class=\"internal-link\" href=\" › é &gt; ")
    }
}
