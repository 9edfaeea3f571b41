import Testing
@testable import TendVault

struct FrontmatterTests {
    private func read(_ text: String, fastPath: Bool = true) -> FrontmatterReader.Result {
        FrontmatterReader.read(SourceText(text), allowFastPath: fastPath)
    }

    /// Inputs of the shapes notes use; each is read by both the fast path and Yams.
    static let samples = [
        "---\ntitle: A New Hope\nyear: 1977\npie: 3.14\npublished: yes\ndraft: false\n---\n",
        "---\ntags: [a, \"#b\", c-d]\naliases: ['Other name']\n---\n",
        "---\ntags:\n  - recipe\n  - \"#cooking\"\n- top\n---\n",
        "---\nreviewed: 2026-08-21\nreview-every: 90d\nowner: sre-team\nempty:\n---\n",
        "---\nlink: \"[[Episode IV]]\"\nlinks: [\"[[A]]\", \"[[B|b]]\"]\n---\n",
        "---\n{\"dg-publish\":true,\"permalink\":\"/x/\"}\n---\n",
        "---\ntitle: a: b\n---\n",
        "---\nnote: text # comment\n---\n",
        "---\ncount: 0x1F\nneg: -12\nexp: 1e3\nnan: .nan\nnull: ~\n---\n",
        "---\nTags:\n  - x\n---\n",
        "---\nword: café crème\n---\n",
    ]

    @Test(arguments: samples)
    func fastPathAgreesWithYams(_ text: String) {
        let fast = read(text)
        let yams = read(text, fastPath: false)
        #expect(fast.problems.count == yams.problems.count)
        let fastEntries = fast.frontmatter?.entries.map { "\($0.line) \($0.key)=\($0.value)" }
        let yamsEntries = yams.frontmatter?.entries.map { "\($0.line) \($0.key)=\($0.value)" }
        #expect(fastEntries == yamsEntries)
        #expect(fast.frontmatter?.linkStrings.map { "\($0.position) \($0.text)" }
                == yams.frontmatter?.linkStrings.map { "\($0.position) \($0.text)" })
    }

    @Test func jsonStyleFrontmatterGivesTypedProperties() throws {
        let frontmatter = try #require(read("---\n{\"dg-publish\":true,\"permalink\":\"/x/\"}\n---\nBody\n").frontmatter)
        #expect(frontmatter["dg-publish"] == .bool(true))
        #expect(frontmatter["permalink"] == .string("/x/"))
    }

    @Test func yamlOneOneWordsStayText() throws {
        let frontmatter = try #require(read("---\npublished: yes\nwhen: 12:30\nday: 2020-08-21\n---\n").frontmatter)
        #expect(frontmatter["published"] == .string("yes"))
        #expect(frontmatter["when"] == .string("12:30"))
        #expect(frontmatter["day"] == .string("2020-08-21"))
    }

    @Test func invalidYAMLNamesTheLineAndKeepsTheBody() throws {
        let text = "---\ntitle: ok\ntags: [a, b\nowner: x\n---\n# Body\n\n[[Link]]\n"
        let note = NoteParser.parse(path: "N.md", bytes: Array(text.utf8))
        let problem = try #require(note.problems.first)
        #expect(problem.kind == .invalidFrontmatter)
        #expect(problem.position.line >= 3 && problem.position.line <= 5)
        #expect(note.frontmatter?.entries.isEmpty == true)
        #expect(note.links.map(\.raw) == ["[[Link]]"])
        #expect(note.headings.map(\.text) == ["Body"])
    }

    @Test func duplicateKeysAreInvalid() {
        let result = read("---\ntitle: a\ntitle: b\n---\n")
        #expect(result.problems.map(\.kind) == [.invalidFrontmatter])
    }

    @Test func frontmatterThatIsAListGivesNoPropertiesAndAProblem() {
        let result = read("---\n- a\n- b\n---\n")
        #expect(result.frontmatter?.entries.isEmpty == true)
        #expect(result.problems.map(\.kind) == [.frontmatterNotMapping])
    }

    @Test func commaSeparatedTagsAreReportedNotSplit() {
        let note = NoteParser.parse(path: "N.md", bytes: Array("---\ntags: a, b\n---\n".utf8))
        #expect(note.tags.isEmpty)
        #expect(note.problems.map(\.kind) == [.invalidProperty])
        #expect(note.problems.first?.fix.contains("[a, b]") == true)
    }

    @Test func unclosedOpenerIsNoFrontmatter() {
        let note = NoteParser.parse(path: "N.md", bytes: Array("---\ntitle: x\n\nBody [[A]]\n".utf8))
        #expect(note.frontmatter == nil)
        #expect(note.links.map(\.raw) == ["[[A]]"])
    }
}
