import Testing
@testable import TendMarkdown

/// A tree kept for the site shares the note's bytes: a text node whose literal is exactly the
/// bytes where it starts points there, and every other literal is copied. Either way each
/// literal must read as cmark gave it, in a tree parsed from blanked text too.
struct FlatTreeSharedTextTests {
    static let markdown = """
        ---
        title: Front
        ---
        Plain words, *emphasis*, `code` and [a link](x.md "t").
        Escaped \\*star\\* and &amp; entity, trailing spaces  
        next line, | table? no.

        > quoted *text*
        """

    /// The literals of every node of a tree made with and without sharing.
    private func literals(sharing: Bool) -> [String] {
        let original = Array(Self.markdown.utf8)
        // As the vault parses a note: the frontmatter blanked, positions kept.
        var blanked = original
        let bodyStart = Array("---\ntitle: Front\n---\n".utf8).count
        for index in 0..<bodyStart where blanked[index] != 10 { blanked[index] = 32 }
        let tree = blanked.withUnsafeBufferPointer {
            MarkdownParser.outline(of: $0, keepingTree: true, source: sharing ? original : nil).tree
        }
        guard let tree else { return [] }
        // Sharing happened where it was asked for (or the comparison below would prove nothing).
        #expect((tree.sourceTextCount > 0) == sharing)
        return (0..<Int32(tree.nodeCount)).map { tree.literal($0) + "|" + tree.url($0) }
    }

    @Test func sharedLiteralsReadAsCopiedOnes() {
        let copied = literals(sharing: false)
        #expect(!copied.isEmpty)
        #expect(literals(sharing: true) == copied)
        // cmark gives decoded text (no backslashes, `&` for `&amp;`), and only a link has a URL.
        #expect(copied.contains("Escaped *star* and & entity, trailing spaces|"))
        #expect(copied.contains("|x.md"))
    }

    @Test func mostTextIsShared() throws {
        let original = Array(Self.markdown.utf8)
        let tree = try #require(original.withUnsafeBufferPointer {
            MarkdownParser.outline(of: $0, keepingTree: true, source: original).tree
        })
        #expect(tree.sourceTextCount > 0)
        // Decoded text (escapes, the entity) cannot point into the source: it is copied.
        let copiedText = (0..<Int32(tree.nodeCount)).filter {
            tree.kind($0) == .text && tree.records[Int($0)].flags & FlatTree.Flag.literalInSource == 0
        }
        #expect(!copiedText.isEmpty)
    }
}
