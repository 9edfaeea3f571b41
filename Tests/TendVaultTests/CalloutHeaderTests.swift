import Testing
@testable import TendVault

/// A callout's first line, `[!type|metadata]±title`, as the vault model reads it: cut at its
/// marks, the title taken from the source as written (comments included; the page hides them).
struct CalloutHeaderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var markdown: String
        var type: String
        var metadata: String?
        var fold: Character?
        var title: String
        var testDescription: String { markdown.debugDescription }
    }

    @Test(arguments: [
        Case(markdown: "> [!tip]+ Open %%x%% me", type: "tip", fold: "+", title: "Open %%x%% me"),
        Case(markdown: "> [!Café|m d] Titre", type: "café", metadata: "m d", title: "Titre"),
        Case(markdown: "> [!note]   ", type: "note", title: "Note"),
        Case(markdown: ">[!WARNING]-", type: "warning", fold: "-", title: "Warning"),
        Case(markdown: "> [!a|b|c] [x] y", type: "a", metadata: "b|c", title: "[x] y"),
        Case(markdown: "> [!日本] 語", type: "日本", title: "語"),
    ])
    func headerParts(_ testCase: Case) {
        let note = NoteParser.parse(path: "A.md", bytes: Array((testCase.markdown + "\n> body\n").utf8))
        let callout = note.callouts.first
        #expect(callout?.type == testCase.type)
        #expect(callout?.metadata == testCase.metadata)
        #expect(callout?.fold == testCase.fold)
        #expect(callout?.title == testCase.title)
    }

    @Test(arguments: ["> [!] x", "> [note] x", "> [!note x", "> ! [!note]"])
    func notACallout(markdown: String) {
        #expect(NoteParser.parse(path: "A.md", bytes: Array((markdown + "\n").utf8)).callouts.isEmpty)
    }
}
