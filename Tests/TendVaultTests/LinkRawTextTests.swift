import Testing
@testable import TendVault

/// `Link.raw` is read from the note's source (a frontmatter link from its property's text)
/// rather than kept as a copy: each kind of link gives back exactly what was written.
struct LinkRawTextTests {
    @Test func rawIsTheTextAsWritten() {
        let markdown = """
            ---
            related: "[[Front#Part|Shown]]"
            ---
            See [[Note|alias]] and ![[Embed#^block]], [text](Other%20note.md) and ![alt|100](pic.png).
            %% [[In comment]] %%
            | [[Cell\\|escaped]] |
            |---|

            """
        let note = NoteParser.parse(path: "N.md", bytes: Array(markdown.utf8))
        #expect(note.links.map(\.raw) == [
            "[[Front#Part|Shown]]", "[[Note|alias]]", "![[Embed#^block]]", "[text](Other%20note.md)",
            "![alt|100](pic.png)", "[[In comment]]", "[[Cell\\|escaped]]",
        ])
        #expect(note.links.map { $0.rawContains(UInt8(ascii: "|")) } == [true, true, false, false, true, false, true])
    }

    @Test func nonASCIITextReadsBack() {
        let note = NoteParser.parse(path: "N.md", bytes: Array("Voir [[Café résumé|déjà vu]] ici.\n".utf8))
        #expect(note.links.map(\.raw) == ["[[Café résumé|déjà vu]]"])
    }
}
