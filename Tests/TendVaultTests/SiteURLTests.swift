import Testing
@testable import TendVault

/// The URL path of a note, segment by segment: ASCII segments are slugged on bytes and the
/// rest on Unicode scalars, and both must agree with the rules in `SiteURL`.
struct SiteURLTests {
    static let cases: [(path: String, url: String)] = [
        ("Home.md", "/home/"),
        ("Engineering/Day-0 Operations.md", "/engineering/day-0-operations/"),
        ("Ops/What's new.md", "/ops/whats-new/"),
        ("Ops/What’s new.md", "/ops/whats-new/"),
        ("  Spaced  /  Out  .md", "/spaced/out/"),
        ("A/!!!.md", "/a/page/"),
        ("A//B.md", "/a/b/"),
        ("Under_score/C++ & Rust.md", "/under_score/c-rust/"),
        ("Café 7/Über Notes.md", "/café-7/über-notes/"),
        ("ÉQUIPE/Ärger.md", "/équipe/ärger/"),
        ("日本語/メモ 1.md", "/日本語/メモ-1/"),
        ("Mixed/Naïve café (2).md", "/mixed/naïve-café-2/"),
        ("Notes/README.MD", "/notes/readme/"),
        ("Attachments/diagram.png", "/attachments/diagram-png/"),
    ]

    @Test(arguments: cases)
    func path(_ testCase: (path: String, url: String)) {
        let note = NoteParser.parse(path: testCase.path, bytes: Array("text\n".utf8))
        #expect(SiteURL.path(for: note) == testCase.url)
    }

    @Test func permalinkAndHomeWin() {
        let note = NoteParser.parse(path: "A/B.md", bytes: Array("---\npermalink: x/y\n---\n".utf8))
        #expect(SiteURL.path(for: note) == "/x/y/")
        #expect(SiteURL.path(for: NoteParser.parse(path: "A/B.md", bytes: []), isHome: true) == "/")
    }

    @Test func segmentSlugMatchesThePath() {
        for segment in ["What's new", "!!!", "Café 7", "C++ & Rust", ""] {
            let note = NoteParser.parse(path: "\(segment)/x.md", bytes: [])
            let expected = segment.isEmpty ? "/x/" : "/\(SiteURL.slug(segment))/x/"
            #expect(SiteURL.path(for: note) == expected)
        }
    }
}
