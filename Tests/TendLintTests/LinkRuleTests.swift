import Testing
@testable import TendLint
import TendVault

/// `broken-link`, `broken-heading`, `broken-block`, `broken-embed`, `ambiguous-link`.
@Suite struct LinkRuleTests {
    static let brokenRules: Set<String> = ["broken-link", "broken-heading", "broken-block", "broken-embed"]

    /// A target note with headings and block ids that the cases below aim at.
    static let other = """
        # Other
        ## Setup
        Install it first. ^abc1

        ## Rollback
        - Undo the change ^undo-step
        """

    // MARK: broken-link

    @Test func missingNoteIsReportedAtTheLinkWithItsName() throws {
        let findings = try RuleHarness.findings(["Home.md": "# Home\nSee [[Missing note]] now.\n"], rules: Self.brokenRules)
        #expect(findings.places == [Place("broken-link", "Home.md", 2, 5)])
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.target == "[[Missing note]]")
        expectMessage(findings.first?.message, contains: "no note named “Missing note”", "create it or fix the name")
    }

    @Test func columnCountsCodePointsNotBytes() throws {
        let findings = try RuleHarness.findings(["Home.md": "Café ☕ [[Gone]]\n"], rule: "broken-link")
        #expect(findings.places == [Place("broken-link", "Home.md", 1, 8)])
    }

    @Test func markdownLinkToMissingNoteIsBroken() throws {
        let findings = try RuleHarness.findings(["Home.md": "Read [the guide](Guides/Missing.md).\n"], rules: Self.brokenRules)
        #expect(findings.places == [Place("broken-link", "Home.md", 1, 6)])
        expectMessage(findings.first?.message, contains: "Guides/Missing.md")
    }

    @Test func linkToMissingAttachmentSaysFilesNeedTheirExtension() throws {
        let findings = try RuleHarness.findings(["Home.md": "The [[report.pdf]] is here.\n"], rules: Self.brokenRules)
        #expect(findings.places == [Place("broken-link", "Home.md", 1, 5)])
        expectMessage(findings.first?.message, contains: "no file named “report.pdf”", "need their extension")
    }

    @Test func linkThatMatchesOnlyAnAliasNamesTheNoteAndTheFix() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "Ask [[Ship it]] first.\n",
            "Guides/Deploy.md": "---\naliases: [Ship it]\n---\n# Deploy\n",
        ], rule: "broken-link")
        #expect(findings.places == [Place("broken-link", "Home.md", 1, 5)])
        expectMessage(findings.first?.message, contains: "it is an alias of “Guides/Deploy.md”",
                      "aliases do not resolve links", "[[Guides/Deploy|Ship it]]")
    }

    @Test func existingNotesInEveryLinkFormAreNotReported() throws {
        let findings = try RuleHarness.findings([
            "Home.md": """
                [[Other]] [[other]] [[Other.md]] [[Guides/Deploy]] [[Deploy|the deploy]]
                [text](Other.md) [deploy](Guides/Deploy.md) [[diagram.png]] [[#Home]]
                # Home
                """,
            "Other.md": Self.other,
            "Guides/Deploy.md": "# Deploy\n",
            "diagram.png": "",
        ], rules: Self.brokenRules)
        #expect(findings.isEmpty)
    }

    @Test func linksInCommentsAndCodeAreNotReported() throws {
        let findings = try RuleHarness.findings(["Home.md": """
            %% later: [[Missing one]] %%
            `[[Missing two]]`

            ```
            [[Missing three]]
            ```
            """], rules: Self.brokenRules)
        #expect(findings.isEmpty)
    }

    // MARK: broken-heading

    @Test func missingHeadingIsReportedWithACloseSuggestion() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "Go to [[Other#Setpu]].\n",
            "Other.md": Self.other,
        ], rules: Self.brokenRules)
        #expect(findings.places == [Place("broken-heading", "Home.md", 1, 7)])
        #expect(findings.first?.severity == .error)
        expectMessage(findings.first?.message, contains: "“Other.md” has no heading “Setpu”", "did you mean “Setup”?")
    }

    @Test func missingHeadingFarFromAnyListsTheHeadingsInstead() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "Go to [[Other#Monitoring dashboards]].\n",
            "Other.md": Self.other,
        ], rules: Self.brokenRules)
        #expect(findings.places == [Place("broken-heading", "Home.md", 1, 7)])
        expectMessage(findings.first?.message, contains: "has no heading “Monitoring dashboards”", "it has “Other”, “Setup”, “Rollback”")
        #expect(findings.first?.message.contains("did you mean") == false)
    }

    @Test func missingHeadingInTheSameNoteIsABrokenHeading() throws {
        let findings = try RuleHarness.findings(["Home.md": "# Home\n## Intro\nSee [[#Intor]].\n"], rules: Self.brokenRules)
        #expect(findings.places == [Place("broken-heading", "Home.md", 3, 5)])
        expectMessage(findings.first?.message, contains: "“Home.md” has no heading “Intor”", "did you mean “Intro”?")
    }

    @Test func headingsMatchIgnoringCaseAndAreNotReported() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "[[Other#setup]] [[Other#ROLLBACK]] [[Other#Other#Rollback]]\n",
            "Other.md": Self.other,
        ], rules: Self.brokenRules)
        #expect(findings.isEmpty)
    }

    // MARK: broken-block

    @Test func missingBlockIsReportedWithACloseSuggestion() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "As [[Other#^abd1]] says.\n",
            "Other.md": Self.other,
        ], rules: Self.brokenRules)
        #expect(findings.places == [Place("broken-block", "Home.md", 1, 4)])
        #expect(findings.first?.severity == .error)
        expectMessage(findings.first?.message, contains: "“Other.md” has no block “^abd1”", "did you mean “^abc1”?")
    }

    @Test func blockIDsMatchIgnoringCaseAndAreNotReported() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "As [[Other#^ABC1]] and [[Other#^undo-step]] say.\n",
            "Other.md": Self.other,
        ], rules: Self.brokenRules)
        #expect(findings.isEmpty)
    }

    // MARK: broken-embed

    @Test func embedsOfMissingNoteHeadingBlockAndImageAreBrokenEmbeds() throws {
        let findings = try RuleHarness.findings([
            "Home.md": """
                ![[Nowhere]]
                ![[Other#Nothing here at all]]
                ![[Other#^nope]]
                Diagram: ![[missing diagram.png|300]]
                """,
            "Other.md": Self.other,
        ], rules: Self.brokenRules)
        #expect(findings.places == [
            Place("broken-embed", "Home.md", 1, 1),
            Place("broken-embed", "Home.md", 2, 1),
            Place("broken-embed", "Home.md", 3, 1),
            Place("broken-embed", "Home.md", 4, 10),
        ])
        #expect(findings.allSatisfy { $0.severity == .error })
        guard findings.count == 4 else { return }
        expectMessage(findings[0].message, contains: "no note named “Nowhere”")
        expectMessage(findings[1].message, contains: "“Other.md” has no heading “Nothing here at all”")
        expectMessage(findings[2].message, contains: "“Other.md” has no block “^nope”")
        expectMessage(findings[3].message, contains: "no file named “missing diagram.png”")
    }

    @Test func embedsOfExistingNoteHeadingBlockAndImageAreNotReported() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "![[Other]]\n![[Other#Setup]]\n![[Other#^abc1]]\n![[Attachments/diagram.png|300]] ![[diagram.png]]\n",
            "Other.md": Self.other,
            "Attachments/diagram.png": "",
        ], rules: Self.brokenRules)
        #expect(findings.isEmpty)
    }

    // MARK: ambiguous-link

    @Test func sameFolderCandidateIsChosenAndBothAreNamed() throws {
        let findings = try RuleHarness.findings([
            "Ops/Linker.md": "See [[Note]].\n",
            "Ops/Note.md": "# Ops note\n",
            "Dev/Note.md": "# Dev note\n",
        ], rule: "ambiguous-link")
        #expect(findings.places == [Place("ambiguous-link", "Ops/Linker.md", 1, 5)])
        #expect(findings.first?.severity == .warning)
        expectMessage(findings.first?.message, contains: "2 files match “Note”", "takes “Ops/Note.md” in this note's folder",
                      "over “Dev/Note.md”")
    }

    @Test func shortestPathCandidateIsChosenAndBothAreNamed() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "See [[Note]].\n",
            "Ops/Note.md": "# Ops note\n",
            "Dev/Deeper/Note.md": "# Dev note\n",
        ], rule: "ambiguous-link")
        #expect(findings.places == [Place("ambiguous-link", "Home.md", 1, 5)])
        expectMessage(findings.first?.message, contains: "2 files match “Note”", "shortest path, “Ops/Note.md”",
                      "over “Dev/Deeper/Note.md”")
    }

    @Test func vaultRootCandidateIsChosenAndBothAreNamed() throws {
        let findings = try RuleHarness.findings([
            "Ops/Linker.md": "See [[Note]].\n",
            "Note.md": "# Root note\n",
            "Dev/Note.md": "# Dev note\n",
        ], rule: "ambiguous-link")
        #expect(findings.places == [Place("ambiguous-link", "Ops/Linker.md", 1, 5)])
        expectMessage(findings.first?.message, contains: "2 files are named “Note”", "the one at the vault root, “Note.md”",
                      "over “Dev/Note.md”")
    }

    @Test func matchThroughPartOfAFolderNameIsReported() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "See [[ops/Note]].\n",
            "DevOps/Note.md": "# Note\n",
        ], rules: Self.brokenRules.union(["ambiguous-link"]))
        #expect(findings.places == [Place("ambiguous-link", "Home.md", 1, 5)])
        expectMessage(findings.first?.message, contains: "“ops/Note” matches “DevOps/Note.md” only through part of a folder name",
                      "write the full path")
    }

    @Test func uniqueNamesAndFullPathsAreNotAmbiguous() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "[[Unique]] [[Ops/Note]] [[Dev/Note]] [[Ops/Sub/Deep]] [[Sub/Deep]]\n",
            "Unique.md": "# Unique\n",
            "Ops/Note.md": "# Ops note\n",
            "Dev/Note.md": "# Dev note\n",
            "Ops/Sub/Deep.md": "# Deep\n",
        ], rule: "ambiguous-link")
        #expect(findings.isEmpty)
    }

    // MARK: More positions and forms

    @Test func columnCountsATabAsOneCharacter() throws {
        let findings = try RuleHarness.findings(["Home.md": "Step\t[[Tabbed]] link.\n"], rule: "broken-link")
        #expect(findings.places == [Place("broken-link", "Home.md", 1, 6)])
    }

    @Test func brokenLinkInFrontmatterIsReportedAtItsString() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "---\ntitle: Home\nrelated: \"[[Missing]]\"\nsee: \"[[Other]]\"\n---\n# Home\n",
            "Other.md": "# Other\n",
        ], rules: Self.brokenRules)
        #expect(findings.count == 1)
        #expect(findings.first?.rule == "broken-link")
        #expect(findings.first?.line == 3)
        #expect(findings.first.map { (10...11).contains($0.column) } == true)
    }

    @Test func equallyGoodCandidatesAreReportedAsLoadOrder() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "See [[Note]].\n",
            "Ops/Note.md": "# Ops note\n",
            "Dev/Note.md": "# Dev note\n",
        ], rule: "ambiguous-link")
        #expect(findings.places == [Place("ambiguous-link", "Home.md", 1, 5)])
        expectMessage(findings.first?.message, contains: "2 files match “Note” equally well", "“Dev/Note.md” here", "is not guaranteed")
    }

    /// The distance stops counting past the limit: exact up to it, `limit + 1` beyond, so the
    /// closest heading within the limit is still the one suggested.
    @Test(arguments: [("setup", "setpu", 2, 2), ("setup", "setup", 0, 0), ("setup", "rollback", 2, 3),
                      ("kitten", "sitting", 3, 3), ("kitten", "sitting", 2, 3), ("", "abc", 1, 2), ("abc", "", 5, 3),
                      ("monitoring dashboards", "monitoring", 20, 11), ("monitoring dashboards", "monitoring", 4, 5),
                      ("abcdef", "fedcba", 6, 6), ("abcdef", "fedcba", 5, 6)] as [(String, String, Int, Int)])
    func editDistanceIsExactUpToItsLimit(a: String, b: String, limit: Int, expected: Int) {
        #expect(editDistance(a, b, limit: limit) == expected)
        #expect(editDistance(b, a, limit: limit) == expected)
    }
}
