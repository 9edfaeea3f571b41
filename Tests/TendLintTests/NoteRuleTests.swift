import Testing
import TendLint
import TendVault

/// `invalid-frontmatter`, `todo`, `orphan`, `duplicate-permalink`, `duplicate-block-id`,
/// `table-pipe`, `unclosed-comment`, `empty-note`.
@Suite struct NoteRuleTests {
    // MARK: invalid-frontmatter

    @Test func yamlThatDoesNotParseIsReportedAtItsLine() throws {
        let note = "---\ntitle: Deploy\nowner: [alice, bob\nreviewed: 2026-01-01\n---\n# Deploy\n"
        let findings = try RuleHarness.findings(["Note.md": note], rule: "invalid-frontmatter")
        // The flow list opened on line 3 is unclosed; YAML notices at `reviewed:` on line 4.
        #expect(findings.places == [Place("invalid-frontmatter", "Note.md", 4, 9)])
        #expect(findings.first?.severity == .error)
        expectMessage(findings.first?.message, contains: "invalid YAML in frontmatter", "expected ',' or ']'",
                      "fix the YAML between the `---` lines")
    }

    @Test func yamlErrorOnOneLineIsReportedAtThatLineAndColumn() throws {
        let note = "---\ntitle: Deploy\nsummary: a: b\nowner: alice\n---\n# Deploy\n"
        let findings = try RuleHarness.findings(["Note.md": note], rule: "invalid-frontmatter")
        #expect(findings.places == [Place("invalid-frontmatter", "Note.md", 3, 11)])
        expectMessage(findings.first?.message, contains: "invalid YAML in frontmatter", "mapping values are not allowed")
    }

    @Test func impossibleDateIsNotADate() throws {
        let findings = try RuleHarness.findings(["Note.md": "---\nreviewed: 2026-02-30\nowner: a\n---\n"], rule: "invalid-frontmatter")
        #expect(findings.places == [Place("invalid-frontmatter", "Note.md", 2, 1)])
        expectMessage(findings.first?.message, contains: "`reviewed: 2026-02-30` is not a date")
    }

    @Test func reviewedThatIsNotADateIsReported() throws {
        let findings = try RuleHarness.findings(["Note.md": "---\nowner: alice\nreviewed: soon\n---\n"], rule: "invalid-frontmatter")
        #expect(findings.places == [Place("invalid-frontmatter", "Note.md", 3, 1)])
        expectMessage(findings.first?.message, contains: "`reviewed: soon` is not a date", "YYYY-MM-DD")
    }

    @Test func tagsWrittenAsCommaSeparatedTextAreReported() throws {
        let findings = try RuleHarness.findings(["Note.md": "---\ntitle: T\ntags: a, b\n---\n"], rule: "invalid-frontmatter")
        #expect(findings.places == [Place("invalid-frontmatter", "Note.md", 3, 1)])
        expectMessage(findings.first?.message, contains: "`tags: a, b` is one string, not a list of tags", "[a, b]")
    }

    @Test func wellTypedFrontmatterIsNotReported() throws {
        let findings = try RuleHarness.findings([
            "List.md": "---\ntags: [a, b]\nreviewed: 2026-01-01\nreview-every: 6 months\nowners: [alice, bob]\n---\n",
            "One.md": "---\ntags: solo\nlast-reviewed: 2026-01-01T10:30\nowner: alice\naliases: Other name\n---\n",
            "Block.md": "---\ntags:\n  - a\n  - b/c\nreviewed:\n---\n",
            "None.md": "No frontmatter at all.\n",
        ], rule: "invalid-frontmatter")
        #expect(findings.isEmpty)
    }

    // MARK: todo

    @Test func inlineTodoIsReportedWithItsText() throws {
        let findings = try RuleHarness.findings(["Note.md": "# Note\nShip it #todo check the rollback\n"], rule: "todo")
        #expect(findings.places == [Place("todo", "Note.md", 2, 9)])
        #expect(findings.first?.severity == .info)
        #expect(findings.first?.message == "#todo: check the rollback")
    }

    @Test func nestedTodoIsReported() throws {
        let findings = try RuleHarness.findings(["Note.md": "- [ ] #todo/docs write the guide\n"], rule: "todo")
        #expect(findings.places == [Place("todo", "Note.md", 1, 7)])
        #expect(findings.first?.message == "#todo/docs: write the guide")
        #expect(findings.first?.target == "#todo/docs")
    }

    @Test func todoInFrontmatterIsReportedAtTheTagsLine() throws {
        let findings = try RuleHarness.findings(["Note.md": "---\ntitle: T\ntags: [ops, todo]\n---\nBody.\n"], rule: "todo")
        #expect(findings.places == [Place("todo", "Note.md", 3, 1)])
        #expect(findings.first?.message == "#todo (in frontmatter)")
    }

    @Test func todoInACommentIsReported() throws {
        let findings = try RuleHarness.findings(["Note.md": "Body.\n%% #todo ask the SRE team %%\n"], rule: "todo")
        #expect(findings.places == [Place("todo", "Note.md", 2, 4)])
        #expect(findings.first?.message == "#todo (in a comment): ask the SRE team")
    }

    @Test func tagsThatOnlyStartWithTodoAndTodoInCodeAreNotReported() throws {
        let findings = try RuleHarness.findings(["Note.md": """
            #todos #todolist #to-do #mytodo
            `#todo in code`

            ```
            #todo in a fence
            ```
            """], rule: "todo")
        #expect(findings.isEmpty)
    }

    // MARK: orphan

    @Test func noteNobodyLinksToIsAnOrphanButTheHomeNoteIsNot() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "# Home\nSee [[Linked]].\n",
            "Linked.md": "# Linked\n",
            "Lonely.md": "Body.\n",
        ], rule: "orphan")
        #expect(findings.places == [Place("orphan", "Lonely.md", 1, 1)])
        #expect(findings.first?.severity == .info)
        expectMessage(findings.first?.message, contains: "no other note links to “Lonely”")
    }

    @Test func configuredHomeNoteIsExempt() throws {
        let findings = try RuleHarness.findings([
            "Start.md": "# Start\n[[A]]\n",
            "A.md": "# A\n",
        ], config: "home: Start", rule: "orphan")
        #expect(findings.isEmpty)
    }

    @Test func unpublishedNotesAreNotOrphans() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "# Home\n",
            "Draft.md": "---\ndraft: true\n---\n",
            "Hidden.md": "---\npublish: false\n---\n",
            "Unflagged.md": "# Not published under publish: frontmatter\n",
            "Public.md": "---\npublish: true\n---\n",
        ], config: "publish: frontmatter", rule: "orphan")
        #expect(findings.places == [Place("orphan", "Public.md", 1, 1)])
    }

    @Test func linksInCommentsAndSelfLinksDoNotCount() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "# Home\n%% [[Commented]] %%\n[[Embedded#Part]] ![[Pic.png]]\n",
            "Commented.md": "# Commented\n",
            "Selfish.md": "# Selfish\n[[Selfish]] [[#Selfish]]\n",
            "Embedded.md": "# Embedded\n## Part\n",
            "Pic.png": "",
        ], rule: "orphan")
        #expect(findings.places == [Place("orphan", "Commented.md", 1, 1), Place("orphan", "Selfish.md", 1, 1)])
    }

    // MARK: duplicate-permalink

    @Test func twoNotesWithTheSamePermalinkAreReportedOnTheSecond() throws {
        let findings = try RuleHarness.findings([
            "A.md": "---\ntitle: A\npermalink: guides/deploy\n---\n",
            "B.md": "---\ntitle: B\npermalink: guides/deploy\n---\n",
        ], rule: "duplicate-permalink")
        #expect(findings.places == [Place("duplicate-permalink", "B.md", 3, 1)])
        #expect(findings.first?.severity == .error)
        expectMessage(findings.first?.message, contains: "“/guides/deploy/” is also the URL of “A.md”", "another `permalink:`")
    }

    @Test func permalinksThatDifferOnlyInSlashesAreTheSameURL() throws {
        let findings = try RuleHarness.findings([
            "A.md": "---\npermalink: x\n---\n",
            "B.md": "---\npermalink: /x/\n---\n",
        ], rule: "duplicate-permalink")
        #expect(findings.places == [Place("duplicate-permalink", "B.md", 2, 1)])
        expectMessage(findings.first?.message, contains: "“/x/” is also the URL of “A.md”")
    }

    @Test func permalinkEqualToAnotherNotesPathURLIsADuplicate() throws {
        let findings = try RuleHarness.findings([
            "Guides/Deploy.md": "# Deploy\n",
            "Old.md": "---\ndg-permalink: /guides/deploy\n---\n",
        ], rule: "duplicate-permalink")
        #expect(findings.places == [Place("duplicate-permalink", "Old.md", 2, 1)])
    }

    @Test func distinctPermalinksAndUnpublishedDuplicatesAreNotReported() throws {
        let findings = try RuleHarness.findings([
            "A.md": "---\npermalink: x\n---\n",
            "B.md": "---\npermalink: y\n---\n",
            "C.md": "---\npermalink: x\ndraft: true\n---\n",
            "x/Index.md": "# Index\n",
        ], rule: "duplicate-permalink")
        #expect(findings.isEmpty)
    }

    // MARK: duplicate-block-id

    @Test func blockIDUsedTwiceInOneNoteIsReportedAtTheSecond() throws {
        let findings = try RuleHarness.findings(["Note.md": "First paragraph. ^dup\n\nSecond paragraph. ^DUP\n"],
                                                rule: "duplicate-block-id")
        #expect(findings.places == [Place("duplicate-block-id", "Note.md", 3, 19)])
        #expect(findings.first?.severity == .warning)
        expectMessage(findings.first?.message, contains: "block id “^DUP” is also used on line 1", "rename one")
    }

    @Test func distinctBlockIDsAndTheSameIDInTwoNotesAreNotReported() throws {
        let findings = try RuleHarness.findings([
            "A.md": "First. ^one\n\nSecond. ^two\n",
            "B.md": "Other. ^one\n",
        ], rule: "duplicate-block-id")
        #expect(findings.isEmpty)
    }

    // MARK: table-pipe

    @Test func unescapedPipeInATableWikilinkIsReported() throws {
        let note = "| Step | Link |\n|---|---|\n| 1 | [[Deploy|the deploy]] |\n"
        let findings = try RuleHarness.findings(["Note.md": note, "Deploy.md": "# Deploy\n"], rule: "table-pipe")
        #expect(findings.places == [Place("table-pipe", "Note.md", 3, 7)])
        #expect(findings.first?.severity == .warning)
        expectMessage(findings.first?.message, contains: "splits the table cell", #"write [[Deploy\|the deploy]]"#)
    }

    @Test func escapedPipeInATableAndPipesOutsideTablesAreNotReported() throws {
        let note = "| Step | Link |\n|---|---|\n| 1 | [[Deploy\\|the deploy]] |\n\nOutside: [[Deploy|the deploy]]\n"
        let findings = try RuleHarness.findings(["Note.md": note, "Deploy.md": "# Deploy\n"], rule: "table-pipe")
        #expect(findings.isEmpty)
    }

    // MARK: unclosed-comment

    @Test func commentWithoutCloserIsReportedAtItsOpener() throws {
        let findings = try RuleHarness.findings(["Note.md": "# Note\nVisible.\n%% draft below\nHidden [[Missing]].\n"],
                                                rule: "unclosed-comment")
        #expect(findings.places == [Place("unclosed-comment", "Note.md", 3, 1)])
        #expect(findings.first?.severity == .warning)
        expectMessage(findings.first?.message, contains: "never closed", "everything after it is hidden")
    }

    @Test func closedCommentsAreNotReported() throws {
        let findings = try RuleHarness.findings(["Note.md": "Inline %% aside %% text.\n%%\nblock\n%%\n`%% in code`\n"],
                                                rule: "unclosed-comment")
        #expect(findings.isEmpty)
    }

    // MARK: empty-note

    @Test func noteWithNothingOrOnlyFrontmatterIsEmpty() throws {
        let findings = try RuleHarness.findings([
            "Blank.md": "",
            "Spaces.md": "  \n\t\n",
            "Front.md": "---\ntitle: Front\n---\n\n",
        ], rule: "empty-note")
        #expect(findings.places == [
            Place("empty-note", "Blank.md", 1, 1), Place("empty-note", "Front.md", 1, 1), Place("empty-note", "Spaces.md", 1, 1),
        ])
        #expect(findings.first?.severity == .info)
        expectMessage(findings.first?.message, contains: "the note is empty")
    }

    @Test func noteWithABodyIsNotEmpty() throws {
        let findings = try RuleHarness.findings([
            "Body.md": "---\ntitle: Body\n---\nOne line.\n",
            "Plain.md": "x",
        ], rule: "empty-note")
        #expect(findings.isEmpty)
    }

    // MARK: More shapes

    @Test func frontmatterThatIsNotAMappingIsInvalid() throws {
        let findings = try RuleHarness.findings(["Note.md": "---\n- just\n- a list\n---\nBody.\n"], rule: "invalid-frontmatter")
        #expect(findings.places == [Place("invalid-frontmatter", "Note.md", 2, 1)])
        expectMessage(findings.first?.message, contains: "not a set of `key: value` properties")
    }

    @Test func ownerOfTheWrongTypeIsInvalid() throws {
        let findings = try RuleHarness.findings(["Note.md": "---\ntitle: T\nowner: {team: sre}\n---\nBody.\n"],
                                                rule: "invalid-frontmatter")
        #expect(findings.places == [Place("invalid-frontmatter", "Note.md", 3, 1)])
        expectMessage(findings.first?.message, contains: "`owner` must be a name or a list of names")
    }

    @Test func percentSignsInCodeAreNoUnclosedComment() throws {
        let findings = try RuleHarness.findings(["Note.md": "```\n%% not a comment\n```\nText `%%` here.\n"],
                                                rule: "unclosed-comment")
        #expect(findings.isEmpty)
    }

    @Test func tableEmbedWithASizeNeedsTheEscapeToo() throws {
        let note = "| Diagram |\n|---|\n| ![[chart.png|300]] |\n| ![[chart.png\\|300]] |\n"
        let findings = try RuleHarness.findings(["Note.md": note, "chart.png": ""], rule: "table-pipe")
        #expect(findings.places == [Place("table-pipe", "Note.md", 3, 3)])
    }
}
