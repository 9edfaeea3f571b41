import Testing
@testable import TendVault

// §9 cases 38–53 (headings, block ids) and 63–79 (tags) of shared/obsidian-syntax.md (beside the repository).
// Support types are in ObsidianSpecCaseTests.swift.

// MARK: - Headings and anchors (cases 38–45)

private let headingParsingCases: [ExtractionCase] = [
    ExtractionCase(number: 38, markdown: "## What's New? (v1.2)", headings: ["## What's New? (v1.2)"]),
    ExtractionCase(number: 39, markdown: "## snake_case", headings: ["## snake_case"]),
    // Inside a callout: still a heading, but not a link target.
    ExtractionCase(number: 42, markdown: "> [!note] Callout\n> ## Inside", headings: ["## Inside (nested)"]),
    ExtractionCase(number: 43, markdown: "#NoSpace", tags: ["NoSpace"]),
    ExtractionCase(number: 44, markdown: "## Title ##", headings: ["## Title"]),
    ExtractionCase(number: 78, markdown: "# Heading", headings: ["# Heading"]),
    ExtractionCase(number: 78, markdown: "## Intro #draft", tags: ["draft"], headings: ["## Intro #draft"]),
]

@Test("§9 headings: parsing", arguments: headingParsingCases)
func specHeadingParsing(_ testCase: ExtractionCase) {
    testCase.run()
}

private let sections = "# A\n\n## B\n\n### C\n\n## D\n\n# E\n"

private let headingResolutionCases: [ResolutionCase] = [
    ResolutionCase(number: 38, files: ["N.md": "## What's New? (v1.2)\n", "Home.md": "[[N#what's new v1.2]]"],
                   from: "Home.md", expected: .resolved("N.md", heading: "## What's New? (v1.2)")),
    ResolutionCase(number: 39, files: ["N.md": "## snake_case\n", "Home.md": "[[N#snake case]]"],
                   from: "Home.md", expected: .broken(.noSuchHeading, in: "N.md")),
    // Resolves although C is not inside A's section; Tend flags the out-of-order chain.
    ResolutionCase(number: 40, files: ["N.md": "# A\n\n# B\n\n## C\n", "Home.md": "[[N#A#C]]"],
                   from: "Home.md", expected: .resolved("N.md", heading: "## C", chainOutOfOrder: true)),
    ResolutionCase(number: 41, files: ["N.md": "## Dup\n\nfirst\n\n## Dup\n\nsecond\n", "Home.md": "[[N#Dup]]"],
                   from: "Home.md", expected: .resolved("N.md", heading: "## Dup")),
    ResolutionCase(number: 42, files: ["N.md": "> [!note] Callout\n> ## Inside\n", "Home.md": "[[N#Inside]]"],
                   from: "Home.md", expected: .broken(.noSuchHeading, in: "N.md")),
    ResolutionCase(number: 45, files: ["N.md": sections, "Home.md": "![[N#B]]"],
                   from: "Home.md", expected: .resolved("N.md", heading: "## B")),
]

@Test("§9 headings: resolution", arguments: headingResolutionCases)
func specHeadingResolution(_ testCase: ResolutionCase) {
    Spec.check(knownIssue: testCase.knownIssue) { testCase.run() }
}

/// Case 45: the section of the embedded heading runs to the next linkable heading of the same
/// or a higher level (§2.4). There is no section model yet, so this pins what it is built from:
/// the matched heading and the levels of the headings after it.
@Test("§9 case 45: `![[N#B]]` covers B and C and stops before D")
func specCase45SectionExtent() throws {
    let resolved = ResolvedVault(vault: Vault.make(["N.md": sections, "Home.md": "![[N#B]]"]))
    let home = try #require(resolved.vault.notes.firstIndex { $0.path == "Home.md" })
    let resolution = resolved.resolutions[home][0]
    let note = try #require(resolution.target.flatMap { resolved.vault.note(atFile: $0) })
    let start = try #require(resolution.heading)
    let after = note.headings[(start + 1)...]
    let end = after.firstIndex { $0.isLinkable && $0.level <= note.headings[start].level } ?? note.headings.endIndex
    #expect(note.headings[start...].prefix(end - start).map(Spec.describe) == ["## B", "### C"], "§9 case 45")
    #expect(end < note.headings.endIndex && Spec.describe(note.headings[end]) == "## D", "§9 case 45")
}

// MARK: - Block ids (cases 46–53)

struct SpecExpectedBlock: Equatable, Sendable, CustomStringConvertible {
    var id: String
    var attachment: BlockAttachment
    var lines: ClosedRange<Int>
    var missingSpace = false

    init(_ id: String, _ attachment: BlockAttachment, lines: ClosedRange<Int>, missingSpace: Bool = false) {
        self.id = id
        self.attachment = attachment
        self.lines = lines
        self.missingSpace = missingSpace
    }

    init(_ block: BlockID) {
        self.init(block.id, block.attachment, lines: block.lines, missingSpace: block.missingSpace)
    }

    var description: String { "^\(id) → \(attachment.rawValue) \(lines)\(missingSpace ? " (missing space)" : "")" }
}

struct BlockCase: Sendable, CustomTestStringConvertible {
    var number: Int
    var markdown: String
    var blocks: [SpecExpectedBlock]
    var knownIssue: String? = nil

    var testDescription: String { "§9 case \(number): \(markdown.debugDescription)" }
}

private let tableWithID = "| a | b |\n| --- | --- |\n| 1 | 2 |\n\n^tbl\n"

private let blockCases: [BlockCase] = [
    BlockCase(number: 46, markdown: "Some text ^abc-1", blocks: [SpecExpectedBlock("abc-1", .paragraph, lines: 1...1)]),
    BlockCase(number: 47, markdown: "Some text^abc", blocks: []),
    // §3.1: the id must also end the block's text.
    BlockCase(number: 47, markdown: "^abc Some text", blocks: []),
    BlockCase(number: 48, markdown: "Some text ^abc_def", blocks: []),
    // The item's extent includes its nested child (what `![[N#^li1]]` embeds), not the next item.
    BlockCase(number: 49, markdown: "- item ^li1\n  - child\n- other",
              blocks: [SpecExpectedBlock("li1", .listItem, lines: 1...2)]),
    BlockCase(number: 50, markdown: tableWithID, blocks: [SpecExpectedBlock("tbl", .block, lines: 1...3)]),
    BlockCase(number: 51, markdown: "> first line\n> quote line ^q1",
              blocks: [SpecExpectedBlock("q1", .block, lines: 1...2)]),
    BlockCase(number: 52, markdown: "^orphan\n\nText", blocks: [SpecExpectedBlock("orphan", .orphan, lines: 1...1)]),
    // [V]: not an id by §3.1; Tend accepts it and marks it for the "missing space" lint.
    BlockCase(number: 53, markdown: "![[img.png]]^imgid",
              blocks: [SpecExpectedBlock("imgid", .paragraph, lines: 1...1, missingSpace: true)]),
]

@Test("§9 block ids: parsing", arguments: blockCases)
func specBlockIDs(_ testCase: BlockCase) {
    let note = Spec.parse(testCase.markdown)
    Spec.check(knownIssue: testCase.knownIssue) {
        #expect(note.blockIDs.map(SpecExpectedBlock.init) == testCase.blocks, "§9 case \(testCase.number)")
    }
}

private let blockResolutionCases: [ResolutionCase] = [
    ResolutionCase(number: 46, files: ["N.md": "Some text ^abc-1\n", "Home.md": "[[N#^ABC-1]]"], from: "Home.md",
                   expected: .resolved("N.md", block: "abc-1")),
    ResolutionCase(number: 47, files: ["N.md": "Some text^abc\n", "Home.md": "[[N#^abc]]"], from: "Home.md",
                   expected: .broken(.noSuchBlock, in: "N.md")),
    ResolutionCase(number: 48, files: ["N.md": "Some text ^abc_def\n", "Home.md": "[[N#^abc_def]]"], from: "Home.md",
                   expected: .broken(.noSuchBlock, in: "N.md")),
    ResolutionCase(number: 49, files: ["N.md": "- item ^li1\n  - child\n", "Home.md": "![[N#^li1]]"], from: "Home.md",
                   expected: .resolved("N.md", block: "li1")),
    ResolutionCase(number: 50, files: ["N.md": tableWithID, "Home.md": "![[N#^tbl]]"], from: "Home.md",
                   expected: .resolved("N.md", block: "tbl")),
    ResolutionCase(number: 51, files: ["N.md": "> quote line ^q1\n", "Home.md": "![[N#^q1]]"], from: "Home.md",
                   expected: .resolved("N.md", block: "q1")),
    ResolutionCase(number: 53, files: ["N.md": "![[img.png]]^imgid\n", "img.png": "", "Home.md": "![[N#^imgid]]"],
                   from: "Home.md", expected: .resolved("N.md", block: "imgid")),
]

@Test("§9 block ids: resolution", arguments: blockResolutionCases)
func specBlockResolution(_ testCase: ResolutionCase) {
    Spec.check(knownIssue: testCase.knownIssue) { testCase.run() }
}

// MARK: - Tags (cases 63–79; 78 is with the headings above, 79 with the comments)

private let tagCases: [ExtractionCase] = [
    ExtractionCase(number: 63, markdown: "#tag", tags: ["tag"]),
    ExtractionCase(number: 64, markdown: "#123", tags: []),
    ExtractionCase(number: 65, markdown: "#y1984", tags: ["y1984"]),
    ExtractionCase(number: 66, markdown: "#2024-01", tags: ["2024-01"]),
    ExtractionCase(number: 67, markdown: "#inbox/to-read", tags: ["inbox/to-read"]),
    ExtractionCase(number: 68, markdown: "End of a sentence #tag.", tags: ["tag"]),
    ExtractionCase(number: 69, markdown: "#v1.2", tags: ["v1"]),
    ExtractionCase(number: 70, markdown: "#a#b", tags: ["a"]),
    ExtractionCase(number: 71, markdown: "word#tag", tags: []),
    // §5.1: the same rule after a link, and ([V]) after a bracket.
    ExtractionCase(number: 71, markdown: "[[x]]#t", links: ["[[x]]"]),
    ExtractionCase(number: 71, markdown: "(#t)", tags: []),
    ExtractionCase(number: 72, markdown: "https://x.org/page#frag", tags: []),
    ExtractionCase(number: 72, markdown: "see https://x.org/page#frag here", tags: []),
    ExtractionCase(number: 73, markdown: "`#tag`", tags: []),
    ExtractionCase(number: 74, markdown: "\\#tag", tags: []),
    ExtractionCase(number: 75, markdown: "#日本語 and #🔥", tags: ["日本語", "🔥"]),
    // U+200D (zero-width joiner) is General Punctuation, so it ends the tag.
    ExtractionCase(number: 76, markdown: "#👩\u{200D}💻", tags: ["👩"]),
    ExtractionCase(number: 77, markdown: "#Tag and #TAG", tags: ["Tag", "TAG"]),
]

@Test("§9 tags: extraction", arguments: tagCases)
func specTags(_ testCase: ExtractionCase) {
    testCase.run()
}

/// The vault's tag index: lower-cased keys (case 77) and nested tags counted under their
/// parents (case 67). Values: `isExact` of each use, in order.
struct TagIndexCase: Sendable, CustomTestStringConvertible {
    var number: Int
    var markdown: String
    var index: [String: [Bool]]
    var knownIssue: String? = nil

    var testDescription: String { "§9 case \(number): \(markdown.debugDescription)" }
}

private let tagIndexCases: [TagIndexCase] = [
    TagIndexCase(number: 67, markdown: "#inbox/to-read", index: ["inbox": [false], "inbox/to-read": [true]]),
    TagIndexCase(number: 77, markdown: "#Tag and #TAG", index: ["tag": [true, true]]),
]

@Test("§9 tags: vault tag index", arguments: tagIndexCases)
func specTagIndex(_ testCase: TagIndexCase) {
    let resolved = ResolvedVault(vault: Vault.make(["N.md": testCase.markdown]))
    Spec.check(knownIssue: testCase.knownIssue) {
        #expect(resolved.tags.mapValues { $0.map(\.isExact) } == testCase.index, "§9 case \(testCase.number)")
    }
}
