import Testing
@testable import TendVault

/// Bad input never crashes a run or loses the rest of the note: it becomes a problem value
/// naming the line.
struct BadInputTests {
    private func parse(_ bytes: [UInt8]) -> Note { NoteParser.parse(path: "N.md", bytes: bytes) }

    @Test func invalidUTF8IsReportedAtItsLineAndTheRestIsRead() {
        let note = parse(Array("# Title\n\nok [[A]]\n".utf8) + [0x62, 0xFF, 0x0A] + Array("after [[B]]\n".utf8))
        #expect(note.problems.map(\.kind) == [.invalidUTF8])
        #expect(note.problems.first?.position.line == 4)
        #expect(note.links.map(\.raw) == ["[[A]]", "[[B]]"])
    }

    @Test func validMultiByteTextIsNotReported() {
        #expect(parse(Array("Café 日本 🔥 [[A]]\n".utf8)).problems.isEmpty)
    }

    @Test func nulBytesAndControlCharactersDoNotStopParsing() {
        let note = parse([0x00, 0x01] + Array(" text [[A]] #tag\n".utf8) + [0x00] + Array("\n[[B]]\n".utf8))
        #expect(note.links.map(\.raw) == ["[[A]]", "[[B]]"])
        #expect(note.tags.map(\.name) == ["tag"])
    }

    @Test func emptyAndFrontmatterOnlyNotesParse() {
        #expect(parse([]).links.isEmpty)
        let note = parse(Array("---\ntitle: x\n---\n".utf8))
        #expect(note.frontmatter?["title"] == .string("x"))
        #expect(parse(Array("---".utf8)).frontmatter == nil)
    }

    @Test func veryLongLinesKeepExactColumns() {
        let prefix = String(repeating: "word ", count: 40_000)
        let note = parse(Array((prefix + "[[Far]]\n").utf8))
        #expect(note.links.map(\.position) == [Position(line: 1, column: 200_001)])
    }
}
