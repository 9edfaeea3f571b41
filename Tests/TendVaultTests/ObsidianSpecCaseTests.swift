import Testing
@testable import TendVault

// Shared support for the tests of shared/obsidian-syntax.md (beside the repository) §9 "Edge cases to test".
//
// Each §9 case is a row of a table in one of these files, labelled with its number:
//   SpecLinkCaseTests.swift    cases 1–37 (links: parsing, resolution), 54–62 (embeds)
//   SpecSyntaxCaseTests.swift  cases 38–53 (headings, block ids), 63–79 (tags)
//   SpecOtherCaseTests.swift   cases 80–117 (frontmatter, comments, highlights, callouts,
//                              math, footnotes, HTML)
//
// Cases whose expected behaviour is rendering are tested at the level the vault model supports
// (the data the renderer will read), with the rendering part named in a comment at the row.
//
// Not covered yet (rendering, issue 4):
//   113  `- [/] half done` → checked item, `data-task="/"`; `- [ ] todo` → unchecked.
//        The vault model has no task-list items yet (Note has no `tasks`), so there is
//        nothing to assert short of the HTML renderer.
//   114  `1. [x] ordered task` → checked task in an ordered list. Same reason as 113.
//   115  Soft line break → `<br>` by default, a space with strictLineBreaks. Pure rendering:
//        the model keeps no paragraph text or line-break setting.
// Covered only in part, for the same reason:
//   45   the embedded section's extent (B and C, not D): no section model yet; the tests pin
//        the resolved heading and the heading levels the extent is computed from.
//   59–61  the PDF viewer page, image styling hooks and embed-cycle rendering: the tests pin
//        the resolution (no broken-anchor status for non-note subpaths, self-embed target).
//   62   external image width: external links are not part of the link model at all; the test
//        pins that no internal link is recorded.
//   101  `<mark>` output: the tests pin `Note.highlights`.
//   102, 104  "styled as question/note": alias → canonical type mapping is a rendering concern;
//        the tests pin the raw lower-cased type the renderer keys on.
//   116–117  HTML sanitising: the tests pin that no OFM syntax is indexed inside HTML blocks.

enum Spec {
    /// Parses one note on its own.
    static func parse(_ markdown: String, path: String = "N.md") -> Note {
        NoteParser.parse(path: path, bytes: Array(markdown.utf8))
    }

    /// Runs `body`, recording its failures as a known issue when the case has one.
    static func check(knownIssue: String?, _ body: () -> Void) {
        if let knownIssue {
            withKnownIssue(Comment(rawValue: knownIssue)) { body() }
        } else {
            body()
        }
    }

    /// `## Title` for a linkable heading, `## Title (nested)` for one that cannot be a link target.
    static func describe(_ heading: Heading) -> String {
        String(repeating: "#", count: heading.level) + " " + heading.text + (heading.isLinkable ? "" : " (nested)")
    }
}

// MARK: - Links as parsed

/// What a `Link` should look like; compared field by field through `init(_ link:)`.
struct SpecExpectedLink: Equatable, Sendable, CustomStringConvertible {
    var syntax: LinkSyntax = .wikilink
    var raw: String
    var path: String
    var subpath: String? = nil
    var alias: String? = nil
    var display: String
    var size: EmbedSize? = nil
    var inComment = false
    var inTable = false
    var escapedPipe = false
    var at = Position(line: 1, column: 1)

    init(syntax: LinkSyntax = .wikilink, raw: String, path: String, subpath: String? = nil, alias: String? = nil,
         display: String, size: EmbedSize? = nil, inComment: Bool = false, inTable: Bool = false,
         escapedPipe: Bool = false, at: Position = Position(line: 1, column: 1)) {
        self.syntax = syntax
        self.raw = raw
        self.path = path
        self.subpath = subpath
        self.alias = alias
        self.display = display
        self.size = size
        self.inComment = inComment
        self.inTable = inTable
        self.escapedPipe = escapedPipe
        self.at = at
    }

    init(_ link: Link) {
        self.init(syntax: link.syntax, raw: link.raw, path: link.path, subpath: link.subpath, alias: link.alias,
                  display: link.displayText, size: link.size, inComment: link.inComment, inTable: link.inTable,
                  escapedPipe: link.escapedPipe, at: link.position)
    }

    var description: String {
        "\(syntax.rawValue) \(raw) @\(at) path=\(path.debugDescription) subpath=\(subpath.debugDescription) "
            + "alias=\(alias.debugDescription) display=\(display.debugDescription) size=\(size.map { "\($0.width)x\($0.height.map(String.init) ?? "-")" } ?? "nil") "
            + "comment=\(inComment) table=\(inTable) escapedPipe=\(escapedPipe)"
    }
}

/// A note's text and the links it must yield (an empty list: no link at all).
struct LinkSyntaxCase: Sendable, CustomTestStringConvertible {
    var number: Int
    var markdown: String
    var links: [SpecExpectedLink]
    var knownIssue: String? = nil

    var testDescription: String { "§9 case \(number): \(markdown.debugDescription)" }
}

// MARK: - Links as resolved

/// What a `LinkResolution` should say, with file indices turned into paths and heading and
/// block indices into their text, so a failure reads as the spec does.
struct SpecExpectedResolution: Equatable, Sendable, CustomStringConvertible {
    var status: LinkResolution.Status
    var target: String?
    /// `## Text` of the matched heading (see `Spec.describe`).
    var heading: String? = nil
    var block: String? = nil
    var ambiguity: LinkResolution.Ambiguity? = nil
    var candidates: [String] = []
    var chainOutOfOrder = false

    static func resolved(_ target: String, heading: String? = nil, block: String? = nil,
                         ambiguity: LinkResolution.Ambiguity? = nil, candidates: [String] = [],
                         chainOutOfOrder: Bool = false) -> SpecExpectedResolution {
        SpecExpectedResolution(status: .resolved, target: target, heading: heading, block: block, ambiguity: ambiguity,
                           candidates: candidates, chainOutOfOrder: chainOutOfOrder)
    }

    static func broken(_ status: LinkResolution.Status, in target: String? = nil) -> SpecExpectedResolution {
        SpecExpectedResolution(status: status, target: target)
    }

    init(status: LinkResolution.Status, target: String?, heading: String? = nil, block: String? = nil,
         ambiguity: LinkResolution.Ambiguity? = nil, candidates: [String] = [], chainOutOfOrder: Bool = false) {
        self.status = status
        self.target = target
        self.heading = heading
        self.block = block
        self.ambiguity = ambiguity
        self.candidates = candidates
        self.chainOutOfOrder = chainOutOfOrder
    }

    init(_ resolution: LinkResolution, in vault: Vault) {
        let note = resolution.target.flatMap { vault.note(atFile: $0) }
        // A heading whose description repeats an earlier one gets " (repeat n)", so that
        // "the first of two `## Dup`" is checkable (§9 case 41).
        func heading(_ index: Int, _ note: Note) -> String {
            let text = Spec.describe(note.headings[index])
            let repeats = note.headings[..<index].filter { Spec.describe($0) == text }.count
            return repeats == 0 ? text : "\(text) (repeat \(repeats))"
        }
        self.init(
            status: resolution.status,
            target: resolution.target.map { vault.files[$0].path },
            heading: resolution.heading.flatMap { index in note.map { heading(index, $0) } },
            block: resolution.block.flatMap { index in note.map { $0.blockIDs[index].id } },
            ambiguity: resolution.ambiguity,
            candidates: resolution.candidates.map { vault.files[$0].path },
            chainOutOfOrder: resolution.headingChainOutOfOrder)
    }

    var description: String {
        "\(status.rawValue) → \(target ?? "nil") heading=\(heading.debugDescription) block=\(block.debugDescription) "
            + "ambiguity=\(ambiguity?.rawValue ?? "nil") candidates=\(candidates) outOfOrder=\(chainOutOfOrder)"
    }
}

/// A vault, the note holding the link (its only link unless `link` says otherwise), and the
/// resolution Obsidian would reach.
struct ResolutionCase: Sendable, CustomTestStringConvertible {
    var number: Int
    var files: [String: String]
    var from: String
    /// Index into the source note's `links`.
    var link = 0
    var expected: SpecExpectedResolution
    var knownIssue: String? = nil

    init(number: Int, files: [String: String], from: String, link: Int = 0, expected: SpecExpectedResolution,
         knownIssue: String? = nil) {
        self.number = number
        self.files = files
        self.from = from
        self.link = link
        self.expected = expected
        self.knownIssue = knownIssue
    }

    var testDescription: String {
        "§9 case \(number): \(files[from].map { $0.debugDescription } ?? "?") in \(from)"
    }

    /// Builds the vault, resolves it, and compares. The source note must have the link.
    func run() {
        let resolved = ResolvedVault(vault: Vault.make(files))
        let vault = resolved.vault
        guard let noteIndex = vault.notes.firstIndex(where: { $0.path == from }) else {
            Issue.record("§9 case \(number): no note \(from) in the vault")
            return
        }
        let links = vault.notes[noteIndex].links
        guard link < links.count else {
            Issue.record("§9 case \(number): \(from) has \(links.count) link(s), expected link #\(link)")
            return
        }
        let actual = SpecExpectedResolution(resolved.resolutions[noteIndex][link], in: vault)
        #expect(actual == expected, "§9 case \(number): \(links[link].raw)")
    }
}

// MARK: - What a note indexes

/// A note's text and everything it must index from it: tags (outside comments), headings
/// (see `Spec.describe`), links (raw) and block ids. Every list is compared in full.
struct ExtractionCase: Sendable, CustomTestStringConvertible {
    var number: Int
    var markdown: String
    var tags: [String] = []
    var headings: [String] = []
    var links: [String] = []
    var blockIDs: [String] = []
    var knownIssue: String? = nil

    var testDescription: String { "§9 case \(number): \(markdown.debugDescription)" }

    func run() {
        let note = Spec.parse(markdown)
        Spec.check(knownIssue: knownIssue) {
            #expect(note.tags.filter { !$0.inComment }.map(\.name) == tags, "§9 case \(number): tags")
            #expect(note.headings.map(Spec.describe) == headings, "§9 case \(number): headings")
            #expect(note.links.map(\.raw) == links, "§9 case \(number): links")
            #expect(note.blockIDs.map(\.id) == blockIDs, "§9 case \(number): block ids")
        }
    }
}
