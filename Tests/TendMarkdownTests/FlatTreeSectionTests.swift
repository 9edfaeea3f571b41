import Testing
@testable import TendMarkdown

/// `FlatTree.section(lines:)`: a heading's section cut from a whole note's tree must render
/// as the section's lines parsed alone, and the cut must refuse lines that are not a section.
struct FlatTreeSectionTests {
    private static let note = """
        Intro before any heading.

        # Top

        Text under top.

        ## Table

        | a | b |
        |---|---|
        | 1 | 2 |

        Setext
        ------

        Paragraph ending right before a heading
        ### Fence

        ```
        # not a heading
        ```

        - list
        - items

        ## Last

        Last words.
        """

    private func tree(_ markdown: [UInt8]) throws -> FlatTree {
        try #require(MarkdownHTML.parse(RenderInput(markdown: markdown, tokens: [])))
    }

    private func render(_ tree: FlatTree) -> String {
        let html = MarkdownHTML.renderUTF8(RenderInput(markdown: [], tokens: []), tree: tree) { .external(url: $0.destination) }
        return String(decoding: html, as: UTF8.self)
    }

    /// The section's lines alone, after as many empty lines as come before them (so that
    /// lines keep their numbers, as the site's parse of a part does).
    private func parsedAlone(_ lines: ClosedRange<Int>) throws -> String {
        let all = Self.note.split(separator: "\n", omittingEmptySubsequences: false)
        let part = String(repeating: "\n", count: lines.lowerBound - 1) + all[(lines.lowerBound - 1)...(lines.upperBound - 1)].joined(separator: "\n")
        return render(try tree(Array(part.utf8)))
    }

    @Test(arguments: [
        3...28,   // # Top: no level-1 heading follows, so to the end
        7...12,   // ## Table, up to the setext heading's first line
        13...25,  // the setext heading (level 2), with ### Fence, up to ## Last
        17...25,  // ### Fence, right after a paragraph, up to ## Last
        26...28,  // ## Last, to the end of the note
    ])
    func sectionRendersAsItsLinesAlone(_ lines: ClosedRange<Int>) throws {
        let whole = try tree(Array(Self.note.utf8))
        let section = try #require(whole.section(lines: lines))
        #expect(render(section) == (try parsedAlone(lines)))
    }

    @Test(arguments: [
        1...2,    // starts with a paragraph, not a heading
        4...28,   // starts on an empty line inside a section
        3...5,    // ends inside the section: no heading starts on the next line
        7...14,   // runs past the setext heading into its section
        19...25,  // starts with the code fence, not a heading
    ])
    func linesThatAreNoSectionAreRefused(_ lines: ClosedRange<Int>) throws {
        let whole = try tree(Array(Self.note.utf8))
        #expect(whole.section(lines: lines) == nil)
    }
}
