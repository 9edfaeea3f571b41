import Testing
@testable import TendMarkdown
@testable import TendVault

/// The tree a note keeps for the site shares the note's own bytes for its text (the parse ran
/// on a copy with the frontmatter blanked): most text is not stored twice.
struct KeptTreeSharingTests {
    @Test func keptTreeSharesTheNotesBytes() throws {
        let markdown = "---\ntitle: T\n---\n# Heading\n\nSome plain text, and [[a link]] too.\n"
        let note = NoteParser.parse(path: "N.md", bytes: Array(markdown.utf8), keepingRenderTree: true)
        let tree = try #require(note.renderTree)
        #expect(tree.sourceTextCount > 0)
        #expect(tree.source == note.source.bytes)
        let texts = (0..<Int32(tree.nodeCount)).filter { tree.kind($0) == .text }.map { tree.literal($0) }
        #expect(texts == ["Heading", "Some plain text, and [[a link]] too."])
    }
}
