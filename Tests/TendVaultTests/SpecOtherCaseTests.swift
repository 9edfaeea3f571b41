import Testing
@testable import TendVault

// §9 cases 80–117 (frontmatter, comments, highlights, callouts, math, footnotes, HTML) and
// case 79 (tags in comments) of shared/obsidian-syntax.md (beside the repository).
// Support types are in ObsidianSpecCaseTests.swift; 113–115 are listed there as not covered.

// MARK: - Frontmatter and properties (cases 80–96)

struct SpecProperty: Equatable, Sendable, CustomStringConvertible {
    var key: String
    var value: FrontmatterValue

    init(_ key: String, _ value: FrontmatterValue) {
        self.key = key
        self.value = value
    }

    var description: String { "\(key): \(value)" }
}

/// A note and what its frontmatter must yield. Every field is compared in full: `properties`
/// in file order; `tags` are frontmatter tags, inline ones prefixed `inline:`; `links` are
/// `syntax:path`; `headings` come from the body (see `Spec.describe`).
struct FrontmatterCase: Sendable, CustomTestStringConvertible {
    var number: Int
    var markdown: String
    var hasFrontmatter = true
    var properties: [SpecProperty] = []
    var tags: [String] = []
    var aliases: [String] = []
    var links: [String] = []
    var problems: [ParseProblem.Kind] = []
    var headings: [String] = []
    var knownIssue: String? = nil

    var testDescription: String { "§9 case \(number): \(markdown.debugDescription)" }
}

private let frontmatterCases: [FrontmatterCase] = [
    // Not at byte 0: the fences are body text, a thematic break and a setext underline.
    FrontmatterCase(number: 80, markdown: "\n---\na: 1\n---\n", hasFrontmatter: false, headings: ["## a: 1"]),
    FrontmatterCase(number: 81, markdown: "---\ntags: [a, \"#b\"]\n---\n",
                    properties: [SpecProperty("tags", .list([.string("a"), .string("#b")]))], tags: ["a", "b"]),
    FrontmatterCase(number: 82, markdown: "---\ntags: journal\n---\n",
                    properties: [SpecProperty("tags", .string("journal"))], tags: ["journal"]),
    FrontmatterCase(number: 83, markdown: "---\ntags: a, b\n---\n",
                    properties: [SpecProperty("tags", .string("a, b"))], problems: [.invalidProperty]),
    // The property is kept (the deprecated-key lint belongs to TendLint) but yields no tag.
    FrontmatterCase(number: 84, markdown: "---\ntag: a\n---\n", properties: [SpecProperty("tag", .string("a"))]),
    FrontmatterCase(number: 85, markdown: "---\nTags:\n  - x\n---\n",
                    properties: [SpecProperty("Tags", .list([.string("x")]))], tags: ["x"]),
    FrontmatterCase(number: 86, markdown: "---\ntags:\n  -\n---\n", properties: [SpecProperty("tags", .list([.null]))]),
    FrontmatterCase(number: 87, markdown: "---\naliases: AI\n---\n",
                    properties: [SpecProperty("aliases", .string("AI"))], aliases: ["AI"]),
    FrontmatterCase(number: 88, markdown: "---\n{\"dg-publish\":true,\"permalink\":\"/x/\"}\n---\n",
                    properties: [SpecProperty("dg-publish", .bool(true)), SpecProperty("permalink", .string("/x/"))]),
    FrontmatterCase(number: 89, markdown: "---\n{dg-publish:true}\n---\n", properties: [SpecProperty("dg-publish:true", .null)]),
    // Invalid YAML: no properties, the block still hidden (no setext heading from it), body parsed.
    FrontmatterCase(number: 90, markdown: "---\na:\n\tb: 1\n---\n# Body\n", problems: [.invalidFrontmatter],
                    headings: ["# Body"]),
    FrontmatterCase(number: 90, markdown: "---\ntags: [x]\ntitle: \"oops\n---\n# Body\n", problems: [.invalidFrontmatter],
                    headings: ["# Body"]),
    FrontmatterCase(number: 91, markdown: "---\n- a\n---\n", problems: [.frontmatterNotMapping]),
    FrontmatterCase(number: 92, markdown: "---\nlink: \"[[Episode IV]]\"\n---\n",
                    properties: [SpecProperty("link", .string("[[Episode IV]]"))], links: ["frontmatter:Episode IV"]),
    // Unquoted: a flow sequence inside a flow sequence, not a link string.
    FrontmatterCase(number: 93, markdown: "---\nlink: [[Episode IV]]\n---\n",
                    properties: [SpecProperty("link", .list([.list([.string("Episode IV")])]))]),
    FrontmatterCase(number: 94, markdown: "---\npublished: yes\n---\n", properties: [SpecProperty("published", .string("yes"))]),
    FrontmatterCase(number: 95, markdown: "---\ntags: [x]\n", hasFrontmatter: false),
    FrontmatterCase(number: 96, markdown: "---\ntags: [x]\n---   \nBody\n",
                    properties: [SpecProperty("tags", .list([.string("x")]))], tags: ["x"]),
]

@Test("§9 frontmatter and properties", arguments: frontmatterCases)
func specFrontmatter(_ testCase: FrontmatterCase) {
    let note = Spec.parse(testCase.markdown)
    let n = testCase.number
    Spec.check(knownIssue: testCase.knownIssue) {
        #expect((note.frontmatter != nil) == testCase.hasFrontmatter, "§9 case \(n): frontmatter found")
        #expect((note.frontmatter?.entries ?? []).map { SpecProperty($0.key, $0.value) } == testCase.properties,
                "§9 case \(n): properties")
        #expect(note.tags.map { $0.fromFrontmatter ? $0.name : "inline:" + $0.name } == testCase.tags, "§9 case \(n): tags")
        #expect(note.aliases == testCase.aliases, "§9 case \(n): aliases")
        #expect(note.links.map { "\($0.syntax.rawValue):\($0.path)" } == testCase.links, "§9 case \(n): links")
        #expect(note.problems.map(\.kind) == testCase.problems, "§9 case \(n): problems")
        #expect(note.headings.map(Spec.describe) == testCase.headings, "§9 case \(n): headings")
    }
}

private let frontmatterLinkResolutionCases: [ResolutionCase] = [
    ResolutionCase(number: 92, files: ["Episode IV.md": "", "N.md": "---\nlink: \"[[Episode IV]]\"\n---\n"],
                   from: "N.md", expected: .resolved("Episode IV.md")),
]

@Test("§9 frontmatter links: resolution", arguments: frontmatterLinkResolutionCases)
func specFrontmatterLinkResolution(_ testCase: ResolutionCase) {
    Spec.check(knownIssue: testCase.knownIssue) { testCase.run() }
}

// MARK: - Comments (cases 79, 97–100)

struct SpecExpectedComment: Equatable, Sendable, CustomStringConvertible {
    var line: Int
    var isBlock: Bool
    var isClosed: Bool

    static func inline(line: Int = 1) -> SpecExpectedComment { SpecExpectedComment(line: line, isBlock: false, isClosed: true) }
    static func block(line: Int = 1, closed: Bool = true) -> SpecExpectedComment {
        SpecExpectedComment(line: line, isBlock: true, isClosed: closed)
    }

    var description: String { "line \(line) \(isBlock ? "block" : "inline") \(isClosed ? "closed" : "unclosed")" }
}

/// Comments are hidden from rendering but their links and tags are indexed, marked `inComment`
/// (spec §7.1). Links are compared by raw text, tags by name; headings as `Spec.describe`.
struct CommentCase: Sendable, CustomTestStringConvertible {
    var number: Int
    var markdown: String
    var comments: [SpecExpectedComment]
    var commentLinks: [String] = []
    var links: [String] = []
    var commentTags: [String] = []
    var tags: [String] = []
    var headings: [String] = []
    var knownIssue: String? = nil

    var testDescription: String { "§9 case \(number): \(markdown.debugDescription)" }
}

private let commentCases: [CommentCase] = [
    // [X][V]: not rendered, but indexed by Obsidian; Tend indexes it, marked in-comment.
    CommentCase(number: 79, markdown: "%% #hidden %%", comments: [.inline()], commentTags: ["hidden"]),
    // Renders "a  c": the comment is cut out; its link and tag stay indexed.
    CommentCase(number: 97, markdown: "a %%b [[L]] #t%% c", comments: [.inline()], commentLinks: ["[[L]]"],
                commentTags: ["t"]),
    // The same at the start of a line: the line holds another `%`, so this is an inline comment
    // in a paragraph, and what follows it is ordinary text.
    CommentCase(number: 97, markdown: "%%note%% then [[M]] #u", comments: [.inline()], links: ["[[M]]"], tags: ["u"]),
    CommentCase(number: 97, markdown: "%%b%% c [[M]]", comments: [.inline()], links: ["[[M]]"]),
    CommentCase(number: 97, markdown: "- %%b%% c [[M]]", comments: [.inline()], links: ["[[M]]"]),
    CommentCase(number: 98, markdown: "%%\ntext [[L]] #t\n# Hidden\n%%\nafter [[M]] #u\n", comments: [.block()],
                commentLinks: ["[[L]]"], links: ["[[M]]"], commentTags: ["t"], tags: ["u"]),
    // The block runs to the next `%%`, even mid-line; the rest of that line is text again.
    CommentCase(number: 98, markdown: "%%\ntext [[L]]\nend%% after [[M]] #u\n", comments: [.block()],
                commentLinks: ["[[L]]"], links: ["[[M]]"], tags: ["u"]),
    CommentCase(number: 99, markdown: "Intro\n\n%% TODO\nmore [[L]]\n# H\n", comments: [.block(line: 3, closed: false)],
                commentLinks: ["[[L]]"]),
    CommentCase(number: 100, markdown: "```\n%%not a comment%% [[L]]\n```\n", comments: []),
    CommentCase(number: 100, markdown: "`%%not a comment%%` [[L]]", comments: [], links: ["[[L]]"]),
]

@Test("§9 comments", arguments: commentCases)
func specComments(_ testCase: CommentCase) {
    let note = Spec.parse(testCase.markdown)
    let n = testCase.number
    Spec.check(knownIssue: testCase.knownIssue) {
        #expect(note.comments.map { SpecExpectedComment(line: $0.position.line, isBlock: $0.isBlock, isClosed: $0.isClosed) }
                == testCase.comments, "§9 case \(n): comments")
        #expect(note.links.filter(\.inComment).map(\.raw) == testCase.commentLinks, "§9 case \(n): links in comments")
        #expect(note.links.filter { !$0.inComment }.map(\.raw) == testCase.links, "§9 case \(n): links")
        #expect(note.tags.filter(\.inComment).map(\.name) == testCase.commentTags, "§9 case \(n): tags in comments")
        #expect(note.tags.filter { !$0.inComment }.map(\.name) == testCase.tags, "§9 case \(n): tags")
        #expect(note.headings.map(Spec.describe) == testCase.headings, "§9 case \(n): headings")
    }
}

// MARK: - Highlights (case 101)

struct HighlightCase: Sendable, CustomTestStringConvertible {
    var number: Int
    var markdown: String
    var highlights: [String]
    var knownIssue: String? = nil

    var testDescription: String { "§9 case \(number): \(markdown.debugDescription)" }
}

private let highlightCases: [HighlightCase] = [
    HighlightCase(number: 101, markdown: "==hi==", highlights: ["hi"]),
    HighlightCase(number: 101, markdown: "== hi==", highlights: []),
    HighlightCase(number: 101, markdown: "====", highlights: []),
    HighlightCase(number: 101, markdown: "==a== and ==b==", highlights: ["a", "b"]),
    // The first valid `==` closes a highlight, so none opens inside one.
    HighlightCase(number: 101, markdown: "==a ==b== c==", highlights: ["a ==b"]),
    // Code spans win first (§0.3): a `==` inside one does not close the highlight.
    HighlightCase(number: 101, markdown: "==a `x== y` z==", highlights: ["a `x== y` z"]),
]

/// Spec §7.2: a highlight may hold other inline markup, so links and tags inside count.
@Test func linksAndTagsInsideHighlights() {
    let note = Spec.parse("==see [[Note]] and #tag== then [[After]]")
    #expect(note.highlights.map(\.text) == ["see [[Note]] and #tag"])
    #expect(note.links.map(\.path) == ["Note", "After"])
    #expect(note.tags.map(\.name) == ["tag"])
}

@Test("§9 highlights", arguments: highlightCases)
func specHighlights(_ testCase: HighlightCase) {
    let note = Spec.parse(testCase.markdown)
    Spec.check(knownIssue: testCase.knownIssue) {
        #expect(note.highlights.map(\.text) == testCase.highlights, "§9 case \(testCase.number)")
    }
}

// MARK: - Callouts (cases 102–108)

struct SpecExpectedCallout: Equatable, Sendable, CustomStringConvertible {
    var type: String
    var metadata: String? = nil
    var fold: Character? = nil
    var title: String
    var lines: ClosedRange<Int> = 1...1

    init(_ type: String, metadata: String? = nil, fold: Character? = nil, title: String, lines: ClosedRange<Int> = 1...1) {
        self.type = type
        self.metadata = metadata
        self.fold = fold
        self.title = title
        self.lines = lines
    }

    init(_ callout: Callout) {
        self.init(callout.type, metadata: callout.metadata, fold: callout.fold, title: callout.title, lines: callout.lines)
    }

    var description: String {
        "[!\(type)\(metadata.map { "|" + $0 } ?? "")]\(fold.map(String.init) ?? "") \(title.debugDescription) \(lines)"
    }
}

struct CalloutCase: Sendable, CustomTestStringConvertible {
    var number: Int
    var markdown: String
    var callouts: [SpecExpectedCallout]
    var knownIssue: String? = nil

    var testDescription: String { "§9 case \(number): \(markdown.debugDescription)" }
}

private let calloutCases: [CalloutCase] = [
    // "Styled as question" is the renderer's alias table; the model keeps the written type.
    CalloutCase(number: 102, markdown: "> [!faq]- Are callouts foldable?\n> Yes.", callouts: [
        SpecExpectedCallout("faq", fold: "-", title: "Are callouts foldable?", lines: 1...2),
    ]),
    CalloutCase(number: 103, markdown: "> [!faq]", callouts: [SpecExpectedCallout("faq", title: "Faq")]),
    CalloutCase(number: 104, markdown: "> [!my-type]", callouts: [SpecExpectedCallout("my-type", title: "My type")]),
    CalloutCase(number: 105, markdown: "> [!INFO] x", callouts: [SpecExpectedCallout("info", title: "x")]),
    CalloutCase(number: 106, markdown: "> [!note|wide] T", callouts: [SpecExpectedCallout("note", metadata: "wide", title: "T")]),
    CalloutCase(number: 107, markdown: "> [!question] Q\n> > [!todo] nested", callouts: [
        SpecExpectedCallout("question", title: "Q", lines: 1...2),
        SpecExpectedCallout("todo", title: "nested", lines: 2...2),
    ]),
    CalloutCase(number: 108, markdown: "> Intro\n> [!note]", callouts: []),
]

@Test("§9 callouts", arguments: calloutCases)
func specCallouts(_ testCase: CalloutCase) {
    let note = Spec.parse(testCase.markdown)
    Spec.check(knownIssue: testCase.knownIssue) {
        #expect(note.callouts.map(SpecExpectedCallout.init) == testCase.callouts, "§9 case \(testCase.number)")
    }
}

// MARK: - Math, footnotes, HTML (cases 109–112, 116–117)

// Math and footnotes have no model of their own; what the model must get right is that
// their text is not read as other syntax (and, for `$5 and $6`, that it is not math).
private let otherSyntaxCases: [ExtractionCase] = [
    // Inline math: its content is not text, so `#tag` in it is no tag.
    ExtractionCase(number: 109, markdown: "$e^{2i\\pi}=1 #tag$", tags: []),
    // `$5 and $6`: the closing `$` is followed by a digit, so this is text, and the tag counts.
    ExtractionCase(number: 109, markdown: "$5 and #tag$6", tags: ["tag"]),
    // `\$` is a literal dollar, so no math hides the tag.
    ExtractionCase(number: 109, markdown: "\\$x #tag$", tags: ["tag"]),
    ExtractionCase(number: 110, markdown: "$$\nx^2 #notag\n$$", tags: []),
    // A footnote, not a link reference definition (which would make `[^1]` a link to `note`).
    ExtractionCase(number: 111, markdown: "text[^1]\n\n[^1]: note", links: []),
    ExtractionCase(number: 111, markdown: "text[^2]", links: []),
    // An inline footnote, not a block id and not a link.
    ExtractionCase(number: 112, markdown: "text ^[inline note]", links: [], blockIDs: []),
    // Markdown (and OFM) inside an HTML block is not processed; sanitising is the renderer's.
    ExtractionCase(number: 116, markdown: "<div>**not bold** #tag [[Note]]</div>", tags: [], links: []),
    ExtractionCase(number: 117, markdown: "<script>[[Note]] #tag</script>", tags: [], links: []),
]

@Test("§9 math, footnotes, HTML", arguments: otherSyntaxCases)
func specOtherSyntax(_ testCase: ExtractionCase) {
    testCase.run()
}
