import Testing
import TendLint
import TendVault

/// `embed-cycle` and `unpublished-link`.
@Suite struct EmbedAndPublishRuleTests {
    // MARK: embed-cycle

    @Test func noteEmbeddingItselfIsACycle() throws {
        let findings = try RuleHarness.findings(["A.md": "# A\n![[A]]\n"], rule: "embed-cycle")
        #expect(findings.places == [Place("embed-cycle", "A.md", 2, 1)])
        #expect(findings.first?.severity == .error)
        expectMessage(findings.first?.message, contains: "embeds lead back to where they started: A → A",
                      "replace one embed with a link")
    }

    @Test func twoNotesEmbeddingEachOtherAreOneCycleWithTheWholeChain() throws {
        let findings = try RuleHarness.findings([
            "A.md": "# A\n![[B]]\n",
            "B.md": "# B\nIntro.\n![[A]]\n",
        ], rule: "embed-cycle")
        #expect(findings.places == [Place("embed-cycle", "A.md", 2, 1)])
        expectMessage(findings.first?.message, contains: "A → B → A")
    }

    @Test func longerChainIsNamedInFull() throws {
        let findings = try RuleHarness.findings([
            "A.md": "![[Sub/B]]\n",
            "Sub/B.md": "![[C]]\n",
            "C.md": "![[A]]\n",
        ], rule: "embed-cycle")
        #expect(findings.places == [Place("embed-cycle", "A.md", 1, 1)])
        expectMessage(findings.first?.message, contains: "A → Sub/B → C → A")
    }

    @Test func sectionEmbeddingANoteThatEmbedsTheSameSectionIsACycle() throws {
        let findings = try RuleHarness.findings([
            "A.md": "# A\n## x\n![[B]]\n## y\nText of y.\n",
            "B.md": "# B\n![[A#x]]\n",
        ], rule: "embed-cycle")
        #expect(findings.places == [Place("embed-cycle", "A.md", 3, 1)])
        expectMessage(findings.first?.message, contains: "A#x → B → A#x")
    }

    @Test func sectionEmbeddingANoteThatEmbedsAnotherSectionIsNoCycle() throws {
        // A#x embeds B; B embeds A#y; the embed of B lies outside y's section.
        let findings = try RuleHarness.findings([
            "A.md": "# A\n## x\n![[B]]\n## y\nText of y.\n",
            "B.md": "# B\n![[A#y]]\n",
        ], rule: "embed-cycle")
        #expect(findings.isEmpty)
    }

    @Test func plainLinksAndChainsWithoutReturnAreNoCycle() throws {
        let findings = try RuleHarness.findings([
            "A.md": "![[B]]\n[[A]] and [[C]]\n",
            "B.md": "![[C]]\n[[A]]\n",
            "C.md": "# C\n%% ![[A]] %%\n",
        ], rule: "embed-cycle")
        #expect(findings.isEmpty)
    }

    @Test func everyCycleThroughANoteIsReportedEvenWhenTheySharePartOfTheirPath() throws {
        // Cycles A → B → C → A and A → C → A. Fixing the first (making B's embed a link)
        // leaves the second, so the second must be reported on the same run.
        let findings = try RuleHarness.findings([
            "A.md": "![[B]]\n![[C]]\n",
            "B.md": "![[C]]\n",
            "C.md": "![[A]]\n",
        ], rule: "embed-cycle")
        #expect(findings.places.contains(Place("embed-cycle", "A.md", 1, 1)))
        #expect(findings.places.contains(Place("embed-cycle", "A.md", 2, 1)))
        #expect(findings.contains { $0.message.contains("A → C → A") })
        #expect(findings.count == 2)
    }

    // MARK: unpublished-link

    @Test func publishedNoteLinkingToNoteWithoutPublishFlagIsReportedUnderFrontmatterPolicy() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "---\npublish: true\n---\n# Home\nSee [[Private]].\n",
            "Private.md": "# Private\n",
        ], config: "publish: frontmatter", rule: "unpublished-link")
        #expect(findings.places == [Place("unpublished-link", "Home.md", 5, 5)])
        #expect(findings.first?.severity == .warning)
        expectMessage(findings.first?.message, contains: "“Private.md” is not published",
                      "no `publish: true` and tend.yaml says `publish: frontmatter`", "will not work on the site")
    }

    @Test func linksBetweenPublishedNotesAndFromUnpublishedNotesAreNotReportedUnderFrontmatterPolicy() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "---\npublish: true\n---\nSee [[Public]].\n",
            "Public.md": "---\ndg-publish: true\n---\nBack to [[Home]] and [[Private]].\n",
            "Private.md": "# Private\nSee [[Secret]].\n",
            "Secret.md": "# Secret\n",
        ], config: "publish: frontmatter", rule: "unpublished-link")
        // Only Public → Private crosses from the site to a note that is not on it.
        #expect(findings.places == [Place("unpublished-link", "Public.md", 4, 22)])
    }

    @Test func linkToDraftIsReportedUnderAllPolicy() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "See [[Plan]].\n",
            "Plan.md": "---\ndraft: true\n---\n# Plan\n",
        ], rule: "unpublished-link")
        #expect(findings.places == [Place("unpublished-link", "Home.md", 1, 5)])
        expectMessage(findings.first?.message, contains: "“Plan.md” is not published (draft: true)")
    }

    @Test func linkToPublishFalseIsReportedUnderAllPolicy() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "See [[Hidden]].\n",
            "Hidden.md": "---\npublish: false\n---\n# Hidden\n",
        ], config: "publish: all", rule: "unpublished-link")
        #expect(findings.places == [Place("unpublished-link", "Home.md", 1, 5)])
        expectMessage(findings.first?.message, contains: "“Hidden.md” is not published (publish: false)")
    }

    @Test func linksToOrdinaryNotesAndFromDraftsAreNotReportedUnderAllPolicy() throws {
        let findings = try RuleHarness.findings([
            "Home.md": "See [[Open]] and [[Missing]].\n",
            "Open.md": "# Open\n",
            "Plan.md": "---\ndraft: true\n---\nSee [[Hidden]].\n",
            "Hidden.md": "---\npublish: false\n---\n# Hidden\n",
        ], rule: "unpublished-link")
        #expect(findings.isEmpty)
    }

    // MARK: embed-cycle through blocks and subsections

    @Test func blockEmbeddingANoteThatEmbedsTheBlockIsACycle() throws {
        let findings = try RuleHarness.findings([
            "A.md": "# A\nIntro.\n\nSee ![[B]] here. ^blk\n",
            "B.md": "# B\n![[A#^blk]]\n",
        ], rule: "embed-cycle")
        #expect(findings.places == [Place("embed-cycle", "A.md", 4, 5)])
        expectMessage(findings.first?.message, contains: "A#^blk → B → A#^blk")
    }

    @Test func blockThatDoesNotHoldTheEmbedIsNoCycle() throws {
        let findings = try RuleHarness.findings([
            "A.md": "# A\nQuoted part. ^blk\n\nSee ![[B]] here.\n",
            "B.md": "# B\n![[A#^blk]]\n",
        ], rule: "embed-cycle")
        #expect(findings.isEmpty)
    }

    @Test func sectionIncludesItsSubsectionsForCycles() throws {
        let findings = try RuleHarness.findings([
            "A.md": "# A\n## x\n### deeper\n![[B]]\n## y\n",
            "B.md": "# B\n![[A#x]]\n",
        ], rule: "embed-cycle")
        #expect(findings.places == [Place("embed-cycle", "A.md", 4, 1)])
    }

    @Test func markdownEmbedsFormCyclesToo() throws {
        let findings = try RuleHarness.findings([
            "A.md": "![](B.md)\n",
            "B.md": "![](A.md)\n",
        ], rule: "embed-cycle")
        #expect(findings.places == [Place("embed-cycle", "A.md", 1, 1)])
    }
}

/// Long embed chains: no deep recursion, linear time without cycles, one finding for a huge cycle.
struct LongEmbedChainTests {
    private func chain(_ count: Int, closed: Bool) -> [String: String] {
        var files: [String: String] = [:]
        for index in 0..<count {
            let next = index + 1 < count ? "N\(index + 1)" : (closed ? "N0" : nil)
            files["N\(index).md"] = "# N\(index)\n" + (next.map { "![[\($0)]]\n" } ?? "")
        }
        return files
    }

    @Test func aLongChainWithoutACycleHasNoFinding() throws {
        let findings = try RuleHarness.findings(chain(3000, closed: false), rule: "embed-cycle")
        #expect(findings.isEmpty)
    }

    @Test func aCycleOfThousandsOfEmbedsIsReportedOnce() throws {
        let findings = try RuleHarness.findings(chain(3000, closed: true), rule: "embed-cycle")
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("N0 → N1 → N2 → N3 → N4 → … → N2998 → N2999 → N0 (3000 embeds)") == true)
    }
}
