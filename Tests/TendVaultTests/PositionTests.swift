import Testing
@testable import TendVault

/// Positions are 1-based lines and Unicode-scalar columns in the original file.
struct PositionTests {
    private func positions(_ text: String) -> [String] {
        NoteParser.parse(path: "N.md", bytes: Array(text.utf8)).links.map { "\($0.position) \($0.raw)" }
    }

    @Test func linkAfterMultiLineFrontmatterCountsFrontmatterLines() {
        let text = "---\ntitle: x\ntags:\n  - a\n  - b\n---\n\nText [[Target]] here.\n"
        #expect(positions(text) == ["8:6 [[Target]]"])
    }

    @Test func linkInsideTableCellHasItsColumn() {
        let text = "| Who | Link |\n|---|---|\n| SRE | [[Site Reliability Engineer\\|SRE]] |\n"
        #expect(positions(text) == ["3:9 [[Site Reliability Engineer\\|SRE]]"])
    }

    @Test func columnsCountCharactersNotBytesAfterMultiByteText() {
        // é is 2 bytes, 日本 6 bytes, 🔥 4 bytes: each is one column.
        let text = "Café 日本 🔥 [[A]] and [b](B.md)\n"
        #expect(positions(text) == ["1:11 [[A]]", "1:21 [b](B.md)"])
    }

    @Test func columnsAfterEntitiesCountTheSourceText() {
        let text = "Tom &amp; Jerry &copy; [[A]] &#x1F525; [b](B.md)\n"
        #expect(positions(text) == ["1:24 [[A]]", "1:40 [b](B.md)"])
    }

    @Test func linksInQuotesListsAndCalloutsKeepTheirColumns() {
        let text = "> quote [[A]]\n\n- item\n  - nested [[B]]\n\n> [!note] Title\n> body [[C]]\n"
        #expect(positions(text) == ["1:9 [[A]]", "4:12 [[B]]", "7:8 [[C]]"])
    }

    @Test func paragraphInterruptedByTableKeepsPositions() {
        // cmark-gfm reports no positions for a paragraph a table interrupts; Tend splits the parse.
        let text = "# H\nIntro [a](A.md) `[[code]]` [[B|b]]\n| x | [[C\\|c]] |\n|---|---|\n| 1 | [d](D.md) |\n"
        #expect(positions(text) == ["2:7 [a](A.md)", "2:28 [[B|b]]", "3:7 [[C\\|c]]", "5:7 [d](D.md)"])
    }

    @Test func crlfLineEndingsDoNotShiftColumns() {
        let text = "---\r\ntitle: x\r\n---\r\nLine [[A]]\r\nNext [[B]]\r\n"
        #expect(positions(text) == ["4:6 [[A]]", "5:6 [[B]]"])
    }

    @Test func headingsAndBlockIDsHavePositions() {
        let note = NoteParser.parse(path: "N.md", bytes: Array("---\na: 1\n---\n# Título\n\nText ^blk-1\n".utf8))
        #expect(note.headings.map(\.position) == [Position(line: 4, column: 1)])
        #expect(note.blockIDs.map { "\($0.position) \($0.id)" } == ["6:6 blk-1"])
    }

    @Test func tagPositionsSkipMultiByteText() {
        let note = NoteParser.parse(path: "N.md", bytes: Array("Ünïcode #tag and #日本語\n".utf8))
        #expect(note.tags.map { "\($0.position) \($0.name)" } == ["1:9 tag", "1:18 日本語"])
    }
}
