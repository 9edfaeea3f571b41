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

    /// Digits as `String(value)` writes them, at each power of ten and around it.
    @Test(arguments: [0, 1, 9, 10, 11, 99, 100, 101, 999, 1_000, 65_535, 65_536, 12_345_678, Int(Int32.max), Int.max])
    func decimalDigitsMatchString(value: Int) {
        var bytes: [UInt8] = Array("x".utf8)
        bytes.appendDecimal(value)
        #expect(bytes == Array("x\(value)".utf8))
    }
}
