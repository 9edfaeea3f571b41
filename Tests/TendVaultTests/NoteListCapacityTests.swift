import Testing
@testable import TendVault

/// A vault keeps every note's lists for the whole build, so a list grown by doubling keeps up
/// to half its memory unused (links were 18% of a 10,000-note build's heap, half of it slack).
/// Links and tags from each source (body, Markdown links, comments, frontmatter) are added to
/// lists made the right size first; headings and line starts are counted before they are listed.
struct NoteListCapacityTests {
    static let markdown = """
        ---
        related: "[[F1]]"
        tags: [front]
        ---
        [[A]] [[B]] [[C]] [[D]] [[E]] #one #two #three #four #five
        [m1](M1.md) [m2](M2.md) [m3](M3.md) [w1](https://a.example) [w2](https://b.example)
        [w3](mailto:c@example.org) [w4](https://d.example) [w5](https://e.example) [w6](https://f.example)
        %% [[Hidden]] #hidden %%

        """

    @Test func listsHoldNoSlack() {
        let note = NoteParser.parse(path: "N.md", bytes: Array(Self.markdown.utf8))
        #expect(note.links.count == 10)
        #expect(note.tags.count == 7)
        // Doubling would leave capacities of 16 and 12 or more, and room for the six external
        // Markdown links 16 as well; a few spare places is allocator rounding.
        #expect(note.links.capacity <= note.links.count + 2)
        #expect(note.tags.capacity <= note.tags.count + 2)
    }

    @Test func headingsAndLineStartsHoldNoSlack() {
        // Five headings and forty short lines: doubling leaves 8 and 48 places or more.
        let lines = (1...5).map { "# H\($0)" } + Array(repeating: "x", count: 35)
        let note = NoteParser.parse(path: "N.md", bytes: Array(lines.joined(separator: "\n").utf8))
        #expect(note.headings.count == 5)
        #expect(note.source.lineStarts.count == 40)
        #expect(note.headings.capacity <= note.headings.count + 2)
        #expect(note.source.lineStarts.capacity <= note.source.lineStarts.count + 2)
    }
}
