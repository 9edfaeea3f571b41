import Testing
@testable import TendVault

/// Which Markdown link destinations leave the vault (spec §1.2): a URI scheme or `//host`.
struct URIDecodingTests {
    @Test(arguments: [
        ("//cdn.example.org/x.png", true), ("https://example.org", true), ("mailto:a@b.org", true),
        ("obsidian://open?vault=x", true), ("x+y.z-1:rest", true), ("/", false), ("/x/y", false), ("", false),
        ("Note.md", false), ("Folder/Note.md#Heading", false), ("1x:y", false), ("a b:c", false),
        ("./x", false), ("%20x", false), ("Café.md", false),
    ])
    func externalDestinations(destination: String, isExternal: Bool) {
        #expect(URIDecoding.isExternal(destination) == isExternal)
    }
}
