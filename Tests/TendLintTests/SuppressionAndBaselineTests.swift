import Foundation
import Testing
import TendLint
import TendTestSupport
import TendVault

/// `%% tend-ignore RULE %%`, frontmatter `tend-ignore: [RULE…]`, and baselines.
@Suite struct SuppressionAndBaselineTests {
    static func brokenLinks(_ report: LintReport) -> [Place] {
        report.findings.filter { $0.rule == "broken-link" }.places
    }

    // MARK: Comments

    @Test func commentOnTheSameLineSuppresses() throws {
        let report = try RuleHarness.lint(["Home.md": "# Home\nSee [[Missing]]. %% tend-ignore broken-link %%\n"])
        #expect(Self.brokenLinks(report).isEmpty)
        #expect(report.summary.suppressed == 1)
    }

    @Test func commentOnThePreviousLineSuppresses() throws {
        let report = try RuleHarness.lint(["Home.md": "# Home\n%% tend-ignore broken-link %%\nSee [[Missing]].\n"])
        #expect(Self.brokenLinks(report).isEmpty)
        #expect(report.summary.suppressed == 1)
    }

    @Test func commentTwoLinesAboveDoesNotSuppress() throws {
        let report = try RuleHarness.lint(["Home.md": "# Home\n%% tend-ignore broken-link %%\n\nSee [[Missing]].\n"])
        #expect(Self.brokenLinks(report) == [Place("broken-link", "Home.md", 4, 5)])
        #expect(report.summary.suppressed == 0)
    }

    @Test func commentNamingAnotherRuleDoesNotSuppress() throws {
        let report = try RuleHarness.lint(["Home.md": "# Home\n%% tend-ignore broken-heading %%\nSee [[Missing]].\n"])
        #expect(Self.brokenLinks(report) == [Place("broken-link", "Home.md", 3, 5)])
        #expect(report.summary.suppressed == 0)
    }

    @Test func commentSuppressesOnlyTheLinesItCovers() throws {
        let report = try RuleHarness.lint(["Home.md": """
            # Home
            %% tend-ignore broken-link %%
            See [[Missing one]].
            See [[Missing two]].
            """])
        #expect(Self.brokenLinks(report) == [Place("broken-link", "Home.md", 4, 5)])
        #expect(report.summary.suppressed == 1)
    }

    @Test func commentMaySuppressSeveralRules() throws {
        let report = try RuleHarness.lint([
            "Home.md": "# Home\n%% tend-ignore broken-link, broken-heading %%\n[[Missing]] [[Other#Nope]]\n",
            "Other.md": "# Other\n",
        ])
        #expect(!report.findings.contains { $0.rule == "broken-link" || $0.rule == "broken-heading" })
        #expect(report.summary.suppressed == 2)
    }

    // MARK: Frontmatter

    @Test func frontmatterSuppressesTheRuleForTheWholeFile() throws {
        let report = try RuleHarness.lint([
            "Home.md": "# Home\n",
            "Quiet.md": "---\ntend-ignore: [orphan, broken-link]\n---\n# Quiet\n[[Missing]]\n\n\n[[Gone]]\n",
            "Loud.md": "# Loud\n[[Missing]]\n",
        ])
        #expect(!report.findings.contains { $0.file == "Quiet.md" && ($0.rule == "orphan" || $0.rule == "broken-link") })
        #expect(report.findings.contains { $0.file == "Quiet.md" && $0.rule == "missing-owner" })
        #expect(report.findings.filter { $0.file == "Loud.md" }.map(\.rule).contains("orphan"))
        #expect(Self.brokenLinks(report) == [Place("broken-link", "Loud.md", 2, 1)])
        #expect(report.summary.suppressed == 3)
    }

    @Test func frontmatterSuppressionsDoNotReachOtherFiles() throws {
        let report = try RuleHarness.lint([
            "Home.md": "---\ntend-ignore: [orphan]\n---\n# Home\n",
            "A.md": "# A\n",
        ])
        #expect(report.findings.filter { $0.rule == "orphan" }.places == [Place("orphan", "A.md", 1, 1)])
        #expect(report.summary.suppressed == 0)
    }

    // MARK: Baselines

    static let before = ["Home.md": "# Home\nSee [[Missing]] and [[Other#Nope]].\n", "Other.md": "# Other\n[[Home]]\n"]

    @Test func fingerprintsDoNotChangeWhenLinesAreInsertedAbove() throws {
        let old = try RuleHarness.lint(Self.before)
        let moved = try RuleHarness.lint([
            "Home.md": "# Home\n\nA new paragraph.\n\nAnother one.\nSee [[Missing]] and [[Other#Nope]].\n",
            "Other.md": "# Other\n[[Home]]\n",
        ])
        let oldBroken = old.findings.filter { $0.rule.hasPrefix("broken-") }
        let movedBroken = moved.findings.filter { $0.rule.hasPrefix("broken-") }
        #expect(oldBroken.map(\.line) == [2, 2])
        #expect(movedBroken.map(\.line) == [6, 6])
        #expect(oldBroken.map(\.fingerprint) == movedBroken.map(\.fingerprint))
        #expect(Set(old.findings.map(\.fingerprint)) == Set(moved.findings.map(\.fingerprint)))
        #expect(old.findings.allSatisfy { $0.fingerprint.count == 16 })
        #expect(Set(old.findings.map(\.fingerprint)).count == old.findings.count)
    }

    @Test func fingerprintsDifferForDifferentLinks() throws {
        let one = try RuleHarness.lint(["Home.md": "[[Missing one]]\n"]).findings.first { $0.rule == "broken-link" }
        let two = try RuleHarness.lint(["Home.md": "[[Missing two]]\n"]).findings.first { $0.rule == "broken-link" }
        #expect(one?.fingerprint != nil && one?.fingerprint != two?.fingerprint)
    }

    @Test func baselineHidesOldFindingsAndReportsNewOnes() throws {
        let baseline = Baseline(report: try RuleHarness.lint(Self.before))
        let after = [
            "Home.md": "# Home\nIntro.\nSee [[Missing]] and [[Other#Nope]].\nAlso [[Brand new]].\n",
            "Other.md": "# Other\n[[Home]]\n",
        ]
        let all = try RuleHarness.lint(after)
        let report = try RuleHarness.lint(after, baseline: baseline)
        #expect(report.findings.places == [Place("broken-link", "Home.md", 4, 6)])
        #expect(report.summary.baselined == all.findings.count - 1)
        #expect(report.summary.baselined == baseline.fingerprints.count)
    }

    @Test func baselineOfAnotherVaultHidesNothing() throws {
        let baseline = Baseline(report: try RuleHarness.lint(["Elsewhere.md": "[[Missing]]\n"]))
        let report = try RuleHarness.lint(Self.before, baseline: baseline)
        #expect(report.summary.baselined == 0)
        #expect(report.findings.count == (try RuleHarness.lint(Self.before)).findings.count)
    }

    @Test func baselineSurvivesAWriteAndLoad() throws {
        let baseline = Baseline(report: try RuleHarness.lint(Self.before))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("baseline.json")
        try Data(baseline.json().utf8).write(to: URL(fileURLWithPath: path))
        #expect(try Baseline.load(path) == baseline)
        #expect(baseline.json().hasPrefix("{\n  \"version\": 1,\n  \"fingerprints\": [\n"))
    }

    @Test func suppressedFindingsAreCountedBeforeTheBaseline() throws {
        let files = ["Home.md": "# Home\n[[Missing]] %% tend-ignore broken-link %%\n\n[[Gone]]\n"]
        let baseline = Baseline(report: try RuleHarness.lint(files))
        let report = try RuleHarness.lint(files, baseline: baseline)
        #expect(report.findings.isEmpty)
        #expect(report.summary.suppressed == 1)
        #expect(report.summary.baselined == baseline.fingerprints.count)
        #expect(!baseline.fingerprints.isEmpty)
    }

    // MARK: More suppression forms

    @Test func commentWithoutRuleNamesSuppressesEveryRuleOnItsLines() throws {
        let report = try RuleHarness.lint([
            "Home.md": "# Home\n%% tend-ignore %%\n[[Missing]] [[Other#Nope]]\n[[Gone]]\n",
            "Other.md": "# Other\n",
        ])
        #expect(Self.brokenLinks(report) == [Place("broken-link", "Home.md", 4, 1)])
        #expect(!report.findings.contains { $0.rule == "broken-heading" })
        #expect(report.summary.suppressed == 2)
    }

    @Test func frontmatterMayNameOneRuleAsText() throws {
        let report = try RuleHarness.lint(["Home.md": "# Home\n", "Quiet.md": "---\ntend-ignore: orphan\n---\n# Quiet\n"])
        #expect(!report.findings.contains { $0.rule == "orphan" })
        #expect(report.summary.suppressed == 1)
    }

    @Test func otherCommentsDoNotSuppress() throws {
        let report = try RuleHarness.lint(["Home.md": "# Home\n%% ignore broken-link: tend-ignore later %%\n[[Missing]]\n"])
        #expect(Self.brokenLinks(report) == [Place("broken-link", "Home.md", 3, 1)])
        #expect(report.summary.suppressed == 0)
    }

    @Test func blockCommentEndingOnThePreviousLineSuppresses() throws {
        let report = try RuleHarness.lint(["Home.md": "# Home\n%%\ntend-ignore broken-link\n%%\n[[Missing]]\n"])
        #expect(Self.brokenLinks(report).isEmpty)
        #expect(report.summary.suppressed == 1)
    }

    // MARK: More baselines

    @Test func secondIdenticalFindingIsNewAgainstABaselineWithOne() throws {
        let baseline = Baseline(report: try RuleHarness.lint(["Home.md": "# Home\n[[Missing]]\n"]))
        let report = try RuleHarness.lint(["Home.md": "# Home\n[[Missing]]\n\n[[Missing]]\n"], baseline: baseline)
        #expect(report.findings.places == [Place("broken-link", "Home.md", 4, 1)])
        #expect(report.summary.baselined == baseline.fingerprints.count)
    }
}
