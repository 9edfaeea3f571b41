import Testing
@testable import TendMarkdown

/// A `FlatTree` record has one byte span: a link's or image's URL and a table's alignments
/// are kept in it, and a title or fence info follows it in the tree's bytes. Each must read
/// back as cmark gave it, empty ones included, and the record stays 36 bytes (a vault keeps
/// every note's tree for the whole build).
struct FlatTreeRecordTests {
    private static let markdown = """
        [with title](https://a.example/x "The title") [no title](b.md) ![image](c.png 'Alt title')

        ```swift linenums
        let x = 1
        ```

        ```
        no info
        ```

        | left | centre | right | none |
        |:-----|:------:|------:|------|
        | 1    | 2      | 3     | 4    |
        """

    private func tree() throws -> FlatTree {
        try #require(MarkdownHTML.parse(RenderInput(markdown: Array(Self.markdown.utf8), tokens: [])))
    }

    private func nodes(_ tree: FlatTree, _ kind: MarkdownNodeKind) -> [FlatTree.Node] {
        (0..<Int32(tree.nodeCount)).filter { tree.kind($0) == kind }
    }

    @Test func linksAndImagesKeepURLAndTitle() throws {
        let tree = try tree()
        let links = nodes(tree, .link)
        #expect(links.map { tree.url($0) } == ["https://a.example/x", "b.md"])
        #expect(links.map { tree.title($0) } == ["The title", ""])
        let images = nodes(tree, .image)
        #expect(images.map { tree.url($0) } == ["c.png"])
        #expect(images.map { tree.title($0) } == ["Alt title"])
    }

    @Test func codeBlocksKeepContentAndInfo() throws {
        let tree = try tree()
        let blocks = nodes(tree, .codeBlock)
        #expect(blocks.map { tree.literal($0) } == ["let x = 1\n", "no info\n"])
        #expect(blocks.map { tree.fenceInfo($0) } == ["swift linenums", ""])
    }

    @Test func tablesKeepAlignments() throws {
        let tree = try tree()
        let tables = nodes(tree, .table)
        #expect(tables.map { tree.tableAlignments($0) } == [[UInt8(ascii: "l"), UInt8(ascii: "c"), UInt8(ascii: "r"), 0]])
    }

    @Test func otherKindsHaveNoURLTitleInfoOrAlignments() throws {
        let tree = try tree()
        for node in 0..<Int32(tree.nodeCount) {
            let kind = tree.kind(node)
            if kind != .link && kind != .image { #expect(tree.url(node).isEmpty && tree.title(node).isEmpty) }
            if kind != .codeBlock { #expect(tree.fenceInfo(node).isEmpty) }
            if kind != .table { #expect(tree.tableAlignments(node).isEmpty) }
            // A link's, an image's and a table's span holds its URL or alignments, not text.
            if kind == .link || kind == .image || kind == .table { #expect(tree.literal(node).isEmpty) }
        }
    }

    @Test func recordIsThirtySixBytes() {
        #expect(MemoryLayout<FlatTree.Record>.stride == 36)
    }
}
