import Testing
import TendMarkdown
@testable import TendVault

// §9 cases 1–37 (links) and 54–62 (embeds) of shared/obsidian-syntax.md (beside the repository).
// Support types are in ObsidianSpecCaseTests.swift.

private let tableHeader = "| a | b |\n| --- | --- |\n"

// MARK: - Links: parsing (cases 1–14, and the parse side of 29–36)

private let linkParsingCases: [LinkSyntaxCase] = [
    LinkSyntaxCase(number: 1, markdown: "[[Note]]", links: [
        SpecExpectedLink(raw: "[[Note]]", path: "Note", display: "Note"),
    ]),
    LinkSyntaxCase(number: 2, markdown: "[[Note|Shown text]]", links: [
        SpecExpectedLink(raw: "[[Note|Shown text]]", path: "Note", alias: "Shown text", display: "Shown text"),
    ]),
    LinkSyntaxCase(number: 3, markdown: "[[Note#Heading]]", links: [
        SpecExpectedLink(raw: "[[Note#Heading]]", path: "Note", subpath: "Heading", display: "Note > Heading"),
    ]),
    // The §1.1 table rows of the same rule: every `#` piece joins the display text.
    LinkSyntaxCase(number: 3, markdown: "[[Note#Heading#Sub]]", links: [
        SpecExpectedLink(raw: "[[Note#Heading#Sub]]", path: "Note", subpath: "Heading#Sub", display: "Note > Heading > Sub"),
    ]),
    LinkSyntaxCase(number: 3, markdown: "[[Note#^37066d]]", links: [
        SpecExpectedLink(raw: "[[Note#^37066d]]", path: "Note", subpath: "^37066d", display: "Note > ^37066d"),
    ]),
    LinkSyntaxCase(number: 4, markdown: "[[#Heading]]", links: [
        SpecExpectedLink(raw: "[[#Heading]]", path: "", subpath: "Heading", display: "Heading"),
    ]),
    // parseLinktext keeps the empty subpath; resolution (see below) ignores it.
    LinkSyntaxCase(number: 5, markdown: "[[Note#]]", links: [
        SpecExpectedLink(raw: "[[Note#]]", path: "Note", subpath: "", display: "Note"),
    ]),
    LinkSyntaxCase(number: 6, markdown: "[[  Note  |  Alias  ]]", links: [
        SpecExpectedLink(raw: "[[  Note  |  Alias  ]]", path: "Note", alias: "Alias", display: "Alias"),
    ]),
    LinkSyntaxCase(number: 7, markdown: "[[a|b|c]]", links: [
        SpecExpectedLink(raw: "[[a|b|c]]", path: "a", alias: "b|c", display: "b|c"),
    ]),
    LinkSyntaxCase(number: 8, markdown: "[[]]", links: []),
    LinkSyntaxCase(number: 9, markdown: "[[a [[b]]", links: [
        SpecExpectedLink(raw: "[[b]]", path: "b", display: "b", at: Position(line: 1, column: 5)),
    ]),
    LinkSyntaxCase(number: 10, markdown: "[[Note\n]]", links: []),
    // Only code spans win over wikilinks (§0.3): raw HTML in the alias is alias text.
    LinkSyntaxCase(number: 2, markdown: "[[Note|<b>x</b>]] and [[Note|a <i>b]]", links: [
        SpecExpectedLink(raw: "[[Note|<b>x</b>]]", path: "Note", alias: "<b>x</b>", display: "<b>x</b>"),
        SpecExpectedLink(raw: "[[Note|a <i>b]]", path: "Note", alias: "a <i>b", display: "a <i>b", at: Position(line: 1, column: 23)),
    ]),
    LinkSyntaxCase(number: 11, markdown: "`[[Note]]`", links: []),
    LinkSyntaxCase(number: 11, markdown: "``a [[Note]] b`` and [[Real]]", links: [
        SpecExpectedLink(raw: "[[Real]]", path: "Real", display: "Real", at: Position(line: 1, column: 22)),
    ]),
    LinkSyntaxCase(number: 12, markdown: tableHeader + "| [[Note\\|Alias]] | x |", links: [
        SpecExpectedLink(raw: "[[Note\\|Alias]]", path: "Note", alias: "Alias", display: "Alias", inTable: true,
                     escapedPipe: true, at: Position(line: 3, column: 3)),
    ]),
    LinkSyntaxCase(number: 13, markdown: "[[Note\\|Alias]]", links: [
        SpecExpectedLink(raw: "[[Note\\|Alias]]", path: "Note", alias: "Alias", display: "Alias", escapedPipe: true),
    ]),
    // The empty display text is kept (not replaced by the target) so lint can flag it.
    LinkSyntaxCase(number: 14, markdown: "[[Note|]]", links: [
        SpecExpectedLink(raw: "[[Note|]]", path: "Note", alias: "", display: ""),
    ]),
    LinkSyntaxCase(number: 29, markdown: "[text](Three%20laws%20of%20motion.md)", links: [
        SpecExpectedLink(syntax: .markdownLink, raw: "[text](Three%20laws%20of%20motion.md)",
                     path: "Three laws of motion.md", alias: "text", display: "text"),
    ]),
    LinkSyntaxCase(number: 30, markdown: "[text](<Three laws of motion.md>)", links: [
        SpecExpectedLink(syntax: .markdownLink, raw: "[text](<Three laws of motion.md>)",
                     path: "Three laws of motion.md", alias: "text", display: "text"),
    ]),
    LinkSyntaxCase(number: 31, markdown: "[text](Three laws of motion.md)", links: []),
    LinkSyntaxCase(number: 32, markdown: "[text](Note.md#Some%20Heading)", links: [
        SpecExpectedLink(syntax: .markdownLink, raw: "[text](Note.md#Some%20Heading)", path: "Note.md",
                     subpath: "Some Heading", alias: "text", display: "text"),
    ]),
    LinkSyntaxCase(number: 33, markdown: "[text](#Some%20Heading)", links: [
        SpecExpectedLink(syntax: .markdownLink, raw: "[text](#Some%20Heading)", path: "", subpath: "Some Heading",
                     alias: "text", display: "text"),
    ]),
    // External: not an internal link, so not in the link model at all.
    LinkSyntaxCase(number: 34, markdown: "[text](https://example.com/a#b)", links: []),
    LinkSyntaxCase(number: 34, markdown: "[text](mailto:someone@example.com)", links: []),
    LinkSyntaxCase(number: 34, markdown: "[text](obsidian://open?vault=v&file=Note)", links: []),
    LinkSyntaxCase(number: 35, markdown: "[c](PrimitiveValue/(constructor))", links: [
        SpecExpectedLink(syntax: .markdownLink, raw: "[c](PrimitiveValue/(constructor))",
                     path: "PrimitiveValue/(constructor)", alias: "c", display: "c"),
    ]),
    LinkSyntaxCase(number: 36, markdown: "![](Note.md)", links: [
        SpecExpectedLink(syntax: .markdownEmbed, raw: "![](Note.md)", path: "Note.md", display: "Note.md"),
    ]),
]

@Test("§9 links: parsing", arguments: linkParsingCases)
func specLinkParsing(_ testCase: LinkSyntaxCase) {
    let note = Spec.parse(testCase.markdown)
    Spec.check(knownIssue: testCase.knownIssue) {
        #expect(note.links.map(SpecExpectedLink.init) == testCase.links, "§9 case \(testCase.number)")
    }
}

/// Case 12, the "cell not split" half: cmark-gfm leaves `\|` inside the cell, so the row has
/// two cells, and the link (case 12 above) keeps its alias.
@Test("§9 case 12: an escaped pipe in a wikilink does not split the table cell")
func specCase12CellNotSplit() {
    let outline = MarkdownParser.outline(of: tableHeader + "| [[Note\\|Alias]] | x |")
    let cellsOnRow = outline.blocks.filter { $0.kind == .tableCell && $0.range.start.line == 3 }
    #expect(cellsOnRow.count == 2, "§9 case 12")
}

// MARK: - Links: resolution (cases 1–5, 15–37)

private let headingNote = "# Note\n\n## Heading\n\ntext\n\n## Some Heading\n"

private let linkResolutionCases: [ResolutionCase] = [
    ResolutionCase(number: 1, files: ["Note.md": "", "Home.md": "[[Note]]"], from: "Home.md",
                   expected: .resolved("Note.md")),
    ResolutionCase(number: 2, files: ["Note.md": "", "Home.md": "[[Note|Shown text]]"], from: "Home.md",
                   expected: .resolved("Note.md")),
    ResolutionCase(number: 3, files: ["Note.md": headingNote, "Home.md": "[[Note#Heading]]"], from: "Home.md",
                   expected: .resolved("Note.md", heading: "## Heading")),
    ResolutionCase(number: 4, files: ["Note.md": "[[#Heading]]\n\n## Heading\n"], from: "Note.md",
                   expected: .resolved("Note.md", heading: "## Heading")),
    ResolutionCase(number: 5, files: ["Note.md": headingNote, "Home.md": "[[Note#]]"], from: "Home.md",
                   expected: .resolved("Note.md")),
    ResolutionCase(number: 15, files: ["Note.md": "", "Home.md": "[[note]]"], from: "Home.md",
                   expected: .resolved("Note.md")),
    ResolutionCase(number: 16, files: ["Note.md": "", "Home.md": "[[Note.md]]"], from: "Home.md",
                   expected: .resolved("Note.md")),
    ResolutionCase(number: 16, files: ["Note.md": "", "Home.md": "[[note.MD]]"], from: "Home.md",
                   expected: .resolved("Note.md")),
    ResolutionCase(number: 17, files: ["image.png": "", "Home.md": "[[image]]"], from: "Home.md",
                   expected: .broken(.noSuchNote)),
    ResolutionCase(number: 18, files: ["v1.2 notes.md": "", "Home.md": "[[v1.2 notes]]"], from: "Home.md",
                   expected: .resolved("v1.2 notes.md")),
    ResolutionCase(number: 19, files: ["report.pdf": "", "report.pdf.md": "", "Home.md": "[[report.pdf]]"],
                   from: "Home.md", expected: .resolved("report.pdf")),
    ResolutionCase(number: 20, files: [
        "Obsidian Sync/Security and privacy.md": "",
        "Obsidian Publish/Security and privacy.md": "",
        "Obsidian Sync/Headless Sync.md": "[[Security and privacy]]",
    ], from: "Obsidian Sync/Headless Sync.md", expected: .resolved(
        "Obsidian Sync/Security and privacy.md", ambiguity: .sameFolder,
        candidates: ["Obsidian Sync/Security and privacy.md", "Obsidian Publish/Security and privacy.md"])),
    ResolutionCase(number: 21, files: [
        "Obsidian Sync/Security and privacy.md": "",
        "Obsidian Publish/Security and privacy.md": "",
        "Obsidian Publish/Introduction to Obsidian Publish.md": "[[Security and privacy]]",
    ], from: "Obsidian Publish/Introduction to Obsidian Publish.md", expected: .resolved(
        "Obsidian Publish/Security and privacy.md", ambiguity: .sameFolder,
        candidates: ["Obsidian Publish/Security and privacy.md", "Obsidian Sync/Security and privacy.md"])),
    ResolutionCase(number: 22, files: ["a/Dup.md": "", "bb/cc/Dup.md": "", "Home.md": "[[Dup]]"], from: "Home.md",
                   expected: .resolved("a/Dup.md", ambiguity: .shortestPath, candidates: ["a/Dup.md", "bb/cc/Dup.md"])),
    ResolutionCase(number: 23, files: ["Archive/Projects/Note.md": "", "Home.md": "[[Projects/Note]]"],
                   from: "Home.md", expected: .resolved("Archive/Projects/Note.md")),
    ResolutionCase(number: 24, files: ["Archive/Projects/Note.md": "", "Home.md": "[[/Projects/Note]]"],
                   from: "Home.md", expected: .broken(.noSuchNote)),
    // With a/b/Note.md (same folder) and Note.md (shortest) as distractors.
    ResolutionCase(number: 25, files: ["a/Note.md": "", "a/b/Note.md": "", "Note.md": "", "a/b/x.md": "[[../Note]]"],
                   from: "a/b/x.md", expected: .resolved("a/Note.md")),
    ResolutionCase(number: 26, files: ["a/Note.md": "", "Note.md": "", "a/x.md": "[[./Note]]"], from: "a/x.md",
                   expected: .resolved("a/Note.md")),
    ResolutionCase(number: 27, files: [
        "Artificial Intelligence.md": "---\naliases: [AI]\n---\n",
        "Home.md": "[[AI]]",
    ], from: "Home.md", expected: .broken(.noSuchNote)),
    ResolutionCase(number: 28, files: ["Projects/Note.md": "", "Home.md": "[[Projects]]"], from: "Home.md",
                   expected: .broken(.noSuchNote)),
    ResolutionCase(number: 29, files: ["Three laws of motion.md": "", "Home.md": "[text](Three%20laws%20of%20motion.md)"],
                   from: "Home.md", expected: .resolved("Three laws of motion.md")),
    // §1.2: `.md` is optional in a Markdown link too.
    ResolutionCase(number: 29, files: ["Three laws of motion.md": "", "Home.md": "[Three laws](Three%20laws%20of%20motion)"],
                   from: "Home.md", expected: .resolved("Three laws of motion.md")),
    ResolutionCase(number: 30, files: ["Three laws of motion.md": "", "Home.md": "[text](<Three laws of motion.md>)"],
                   from: "Home.md", expected: .resolved("Three laws of motion.md")),
    ResolutionCase(number: 32, files: ["Note.md": headingNote, "Home.md": "[text](Note.md#Some%20Heading)"],
                   from: "Home.md", expected: .resolved("Note.md", heading: "## Some Heading")),
    ResolutionCase(number: 33, files: ["Note.md": "[text](#Some%20Heading)\n\n## Some Heading\n"], from: "Note.md",
                   expected: .resolved("Note.md", heading: "## Some Heading")),
    ResolutionCase(number: 35, files: ["PrimitiveValue/(constructor).md": "", "Home.md": "[c](PrimitiveValue/(constructor))"],
                   from: "Home.md", expected: .resolved("PrimitiveValue/(constructor).md")),
    ResolutionCase(number: 36, files: ["Note.md": "", "Home.md": "![](Note.md)"], from: "Home.md",
                   expected: .resolved("Note.md")),
    // NFD link text ("e" + U+0301), NFC file name ...
    ResolutionCase(number: 37, files: ["Caf\u{E9}.md": "", "Home.md": "[[Cafe\u{301}]]"], from: "Home.md",
                   expected: .resolved("Caf\u{E9}.md")),
    // ... and the other way round.
    ResolutionCase(number: 37, files: ["Cafe\u{301}.md": "", "Home.md": "[[Caf\u{E9}]]"], from: "Home.md",
                   expected: .resolved("Caf\u{E9}.md")),
]

@Test("§9 links: resolution", arguments: linkResolutionCases)
func specLinkResolution(_ testCase: ResolutionCase) {
    Spec.check(knownIssue: testCase.knownIssue) { testCase.run() }
}

/// Case 27, the other half: the alias is read (so it is not simply missing), yet unused for links.
@Test("§9 case 27: aliases are read but do not resolve links")
func specCase27AliasIsRead() {
    let note = Spec.parse("---\naliases: [AI]\n---\n", path: "Artificial Intelligence.md")
    #expect(note.aliases == ["AI"], "§9 case 27")
}

/// Case 37: the stored paths and link paths are NFC, byte for byte (Swift `==` alone would
/// call NFD and NFC equal).
@Test("§9 case 37: link paths and vault paths are NFC-normalised")
func specCase37NFCBytes() {
    let vault = Vault.make(["Cafe\u{301}.md": "[[Cafe\u{301}]]"])
    let nfcBytes = Array("Caf\u{E9}".utf8)
    #expect(Array(vault.files[0].path.utf8) == nfcBytes + Array(".md".utf8), "§9 case 37")
    #expect(Array(vault.notes[0].links[0].path.utf8) == nfcBytes, "§9 case 37")
}

// MARK: - Embeds (cases 54–62)

private let embedParsingCases: [LinkSyntaxCase] = [
    LinkSyntaxCase(number: 54, markdown: "![[Engelbart.jpg|100x145]]", links: [
        SpecExpectedLink(syntax: .wikiEmbed, raw: "![[Engelbart.jpg|100x145]]", path: "Engelbart.jpg",
                     display: "Engelbart.jpg", size: EmbedSize(width: 100, height: 145)),
    ]),
    LinkSyntaxCase(number: 55, markdown: "![[Engelbart.jpg|100]]", links: [
        SpecExpectedLink(syntax: .wikiEmbed, raw: "![[Engelbart.jpg|100]]", path: "Engelbart.jpg",
                     display: "Engelbart.jpg", size: EmbedSize(width: 100, height: nil)),
    ]),
    // §4.3: inside a table the pipe before the size is escaped.
    LinkSyntaxCase(number: 55, markdown: tableHeader + "| ![[Engelbart.jpg\\|100]] | x |", links: [
        SpecExpectedLink(syntax: .wikiEmbed, raw: "![[Engelbart.jpg\\|100]]", path: "Engelbart.jpg", display: "Engelbart.jpg",
                     size: EmbedSize(width: 100, height: nil), inTable: true, escapedPipe: true,
                     at: Position(line: 3, column: 3)),
    ]),
    LinkSyntaxCase(number: 56, markdown: "![[pic.png|Nice pic|300]]", links: [
        SpecExpectedLink(syntax: .wikiEmbed, raw: "![[pic.png|Nice pic|300]]", path: "pic.png", alias: "Nice pic",
                     display: "Nice pic", size: EmbedSize(width: 300, height: nil)),
    ]),
    LinkSyntaxCase(number: 57, markdown: "![[pic.png|300px]]", links: [
        SpecExpectedLink(syntax: .wikiEmbed, raw: "![[pic.png|300px]]", path: "pic.png", alias: "300px", display: "300px"),
    ]),
    LinkSyntaxCase(number: 58, markdown: "![[pic.png| 300 x 200 ]]", links: [
        SpecExpectedLink(syntax: .wikiEmbed, raw: "![[pic.png| 300 x 200 ]]", path: "pic.png", display: "pic.png",
                     size: EmbedSize(width: 300, height: 200)),
    ]),
    LinkSyntaxCase(number: 59, markdown: "![[Doc.pdf#page=3]]", links: [
        SpecExpectedLink(syntax: .wikiEmbed, raw: "![[Doc.pdf#page=3]]", path: "Doc.pdf", subpath: "page=3",
                     display: "Doc.pdf > page=3"),
    ]),
    LinkSyntaxCase(number: 60, markdown: "![[icon.svg#icon]]", links: [
        SpecExpectedLink(syntax: .wikiEmbed, raw: "![[icon.svg#icon]]", path: "icon.svg", subpath: "icon",
                     display: "icon.svg > icon"),
    ]),
    LinkSyntaxCase(number: 61, markdown: "![[Self]]", links: [
        SpecExpectedLink(syntax: .wikiEmbed, raw: "![[Self]]", path: "Self", display: "Self"),
    ]),
    // External image: its width is a rendering matter; the link model holds internal links only.
    LinkSyntaxCase(number: 62, markdown: "![Engelbart|100](https://example.com/Engelbart.jpg)", links: []),
]

@Test("§9 embeds: parsing", arguments: embedParsingCases)
func specEmbedParsing(_ testCase: LinkSyntaxCase) {
    let note = Spec.parse(testCase.markdown)
    Spec.check(knownIssue: testCase.knownIssue) {
        #expect(note.links.map(SpecExpectedLink.init) == testCase.links, "§9 case \(testCase.number)")
    }
}

private let embedResolutionCases: [ResolutionCase] = [
    ResolutionCase(number: 54, files: ["Engelbart.jpg": "", "Home.md": "![[Engelbart.jpg|100x145]]"], from: "Home.md",
                   expected: .resolved("Engelbart.jpg")),
    ResolutionCase(number: 56, files: ["pic.png": "", "Home.md": "![[pic.png|Nice pic|300]]"], from: "Home.md",
                   expected: .resolved("pic.png")),
    // A PDF's `#page=3` is not a heading: no broken anchor.
    ResolutionCase(number: 59, files: ["Doc.pdf": "", "Home.md": "![[Doc.pdf#page=3]]"], from: "Home.md",
                   expected: .resolved("Doc.pdf")),
    // An image's `#icon` is a styling hook, not a heading: no broken anchor.
    ResolutionCase(number: 60, files: ["icon.svg": "", "Home.md": "![[icon.svg#icon]]"], from: "Home.md",
                   expected: .resolved("icon.svg")),
    // A self-embed resolves to the note itself; cycle handling is the renderer's (tend rule).
    ResolutionCase(number: 61, files: ["Self.md": "![[Self]]"], from: "Self.md", expected: .resolved("Self.md")),
]

@Test("§9 embeds: resolution", arguments: embedResolutionCases)
func specEmbedResolution(_ testCase: ResolutionCase) {
    Spec.check(knownIssue: testCase.knownIssue) { testCase.run() }
}

// §1.1 default display text: the byte path (ASCII targets) and the Character path agree.
@Test("§1.1 default display text", arguments: [
    ("Note", "Note"), ("Note#Heading", "Note > Heading"), ("Note#Heading#Sub", "Note > Heading > Sub"),
    ("#Heading", "Heading"), ("Note#", "Note"), ("Note##x", "Note > x"), ("Note# Heading \t", "Note > Heading"),
    (" # ", ""), ("Café#Résumé", "Café > Résumé"), ("a#\u{20E3}b", "a#\u{20E3}b"), ("Note#\u{A0}x\u{A0}", "Note > x"),
])
func defaultDisplayText(target: String, expected: String) {
    #expect(WikilinkSyntax.defaultDisplayText(target) == expected)
}
