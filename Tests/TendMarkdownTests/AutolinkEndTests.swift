import Testing
@testable import TendMarkdown

/// Where a bare URL cut short at a placeholder token ends: cmark-gfm's rules for the end of
/// any bare URL, and no link when only a scheme or `www.` is left.
struct AutolinkEndTests {
    @Test(arguments: [
        ("https://example.org/x", "https://example.org/x"),
        ("https://example.org/end.", "https://example.org/end"),
        ("https://example.org/a?!.,:*_~'\"", "https://example.org/a"),
        ("https://example.org/p)", "https://example.org/p"),
        ("https://example.org/(p)", "https://example.org/(p)"),
        ("https://example.org/(p))", "https://example.org/(p)"),
        ("https://example.org/q?a=1&amp;", "https://example.org/q?a=1"),
        ("https://example.org/q;", "https://example.org/q"),
        ("https://example.org/q&;", "https://example.org/q&"),
        ("...", ""),
    ])
    func keptLength(url: String, kept: String) {
        let bytes = Array(url.utf8)
        let length = bytes.withUnsafeBufferPointer { AutolinkEnd.keptLength(of: $0) }
        #expect(String(decoding: bytes[..<length], as: UTF8.self) == kept)
    }

    @Test(arguments: [
        ("https://example.org", true),
        ("https://", false),
        ("https://.", false),
        ("www.example.org", true),
        ("www.", false),
        ("WWW.", false),
        ("someone@example.org", true),
        ("someone@", false),
        ("www.", false),
        ("www.a.com/?r=http://", true),
    ])
    func hasAddress(url: String, expected: Bool) {
        let bytes = Array(url.utf8)
        let kept = bytes.withUnsafeBufferPointer { AutolinkEnd.keptLength(of: $0) }
        #expect(bytes.withUnsafeBufferPointer { AutolinkEnd.hasAddress($0, keeping: kept) } == expected)
    }
}
