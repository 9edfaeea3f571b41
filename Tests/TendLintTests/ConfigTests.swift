import Foundation
import Testing
import TendLint
import TendTestSupport
import TendVault

/// `tend.yaml`: the shape from the issue, rule levels, and errors that name the key and line.
@Suite struct ConfigTests {
    static let issueShape = """
        freshness: {review-every: 180d, due-soon: 14d, overrides: [{path: "Runbooks/**", review-every: 90d}]}
        rules: {orphan: off, stale: error}
        ignore: ["Templates/**"]
        publish: all
        """

    @Test func shapeFromTheIssueParsesAsWritten() throws {
        let config = try VaultConfig.parse(Self.issueShape, file: "tend.yaml")
        #expect(config.freshness.reviewEvery == ReviewInterval(count: 180, unit: .days))
        #expect(config.freshness.dueSoon == ReviewInterval(count: 14, unit: .days))
        #expect(config.freshness.overrides.map(\.pattern.pattern) == ["Runbooks/**"])
        #expect(config.freshness.overrides.map(\.reviewEvery) == [ReviewInterval(count: 90, unit: .days)])
        #expect(config.freshness.interval(for: "Runbooks/Deploy.md") == ReviewInterval(count: 90, unit: .days))
        #expect(config.freshness.interval(for: "Guides/Runbooks.md") == ReviewInterval(count: 180, unit: .days))
        #expect(config.rules.map { "\($0.rule)=\($0.level)@\($0.line)" } == ["orphan=off@2", "stale=error@2"])
        #expect(config.ignore.map(\.pattern) == ["Templates/**"])
        #expect(config.ignore.first?.matches("Templates/Meeting.md") == true)
        #expect(config.ignore.first?.matches("Notes/Templates.md") == false)
        #expect(config.publish == .all)
        _ = try Linter(config: config, asOf: RuleHarness.asOf)
    }

    @Test func blockStyleAndPublishFrontmatterParse() throws {
        let config = try VaultConfig.parse("""
            publish: frontmatter
            home: Start
            freshness:
              review-every: 6 months
              due-soon: 2w
              overrides:
                - path: "Runbooks/**"
                  review-every: 90d
            rules:
              todo: warning
              empty-note: off
            """, file: "tend.yaml")
        #expect(config.publish == .frontmatter)
        #expect(config.home == "Start")
        #expect(config.freshness.reviewEvery == ReviewInterval(count: 6, unit: .months))
        #expect(config.freshness.dueSoon == ReviewInterval(count: 2, unit: .weeks))
        #expect(config.freshness.interval(for: "Runbooks/x.md") == ReviewInterval(count: 90, unit: .days))
        #expect(config.rules.map(\.line) == [10, 11])
    }

    @Test func emptyFileGivesTheDefaults() throws {
        let config = try VaultConfig.parse("", file: "tend.yaml")
        #expect(config.publish == .all)
        #expect(config.rules.isEmpty)
        #expect(config.freshness.reviewEvery == ReviewInterval(count: 180, unit: .days))
        #expect(config.freshness.dueSoon == ReviewInterval(count: 14, unit: .days))
    }

    // MARK: Errors name the key and its line

    @Test func unknownTopLevelKeyIsAnErrorAtItsLine() {
        #expect(throws: VaultError(step: .config, file: "tend.yaml:3", reason: "unknown key `colour`",
                                   fix: "use one of publish, ignore, home, freshness, rules, site")) {
            try VaultConfig.parse("publish: all\nignore: []\ncolour: blue\n", file: "tend.yaml")
        }
    }

    @Test func unknownRuleIDIsAnErrorAtItsLine() throws {
        let config = try VaultConfig.parse("publish: all\nrules:\n  stale: error\n  orhpan: off\n", file: "tend.yaml")
        let error = #expect(throws: VaultError.self) { try Linter(config: config, asOf: RuleHarness.asOf) }
        #expect(error?.step == .config)
        #expect(error?.file == "tend.yaml:4")
        #expect(error?.reason == "unknown rule `orhpan`")
        #expect(error?.fix.contains("orphan") == true)
    }

    @Test func badLevelIsAnErrorAtItsLine() throws {
        let config = try VaultConfig.parse("rules:\n  orphan: off\n  stale: loud\n", file: "tend.yaml")
        let error = #expect(throws: VaultError.self) { try Linter(config: config, asOf: RuleHarness.asOf) }
        #expect(error?.file == "tend.yaml:3")
        #expect(error?.reason == "`stale: loud` is not a level")
        #expect(error?.fix == "use error, warning, info or off")
    }

    @Test func badIntervalIsAnErrorAtItsLine() {
        let error = #expect(throws: VaultError.self) {
            try VaultConfig.parse("publish: all\nfreshness:\n  due-soon: 14d\n  review-every: 90m\n", file: "tend.yaml")
        }
        #expect(error?.step == .config)
        #expect(error?.file == "tend.yaml:4")
        #expect(error?.reason == "`review-every: 90m` is not an interval")
    }

    @Test func badIntervalInAnOverrideIsAnErrorAtItsLine() {
        let error = #expect(throws: VaultError.self) {
            try VaultConfig.parse("""
                freshness:
                  overrides:
                    - path: "Runbooks/**"
                      review-every: soon
                """, file: "tend.yaml")
        }
        #expect(error?.file == "tend.yaml:4")
        #expect(error?.reason == "`review-every: soon` is not an interval")
    }

    @Test func unknownFreshnessKeyAndBadPublishAreErrorsAtTheirLines() {
        let freshness = #expect(throws: VaultError.self) {
            try VaultConfig.parse("freshness:\n  review-every: 90d\n  reviw-soon: 3d\n", file: "conf/tend.yaml")
        }
        #expect(freshness?.file == "conf/tend.yaml:3")
        #expect(freshness?.reason == "unknown key `freshness.reviw-soon`")
        let publish = #expect(throws: VaultError.self) {
            try VaultConfig.parse("\npublish: some\n", file: "tend.yaml")
        }
        #expect(publish?.file == "tend.yaml:2")
        #expect(publish?.reason == "`publish` is `some`")
    }

    @Test func yamlSyntaxErrorNamesTheLine() {
        let error = #expect(throws: VaultError.self) {
            try VaultConfig.parse("publish: all\nhome: a: b\n", file: "tend.yaml")
        }
        #expect(error?.step == .config)
        #expect(error?.file == "tend.yaml:2")
        #expect(error?.reason.contains("column 8") == true)
    }

    @Test func duplicateKeyNamesTheLineOfTheRepeat() {
        let error = #expect(throws: VaultError.self) {
            try VaultConfig.parse("publish: all\nhome: Home.md\npublish: frontmatter\n", file: "tend.yaml")
        }
        #expect(error?.file == "tend.yaml:3")
        #expect(error?.reason.contains("`publish` appears twice") == true)
    }

    @Test func validConfigurationsDoNotThrow() throws {
        for yaml in [Self.issueShape, "publish: frontmatter\n", "rules: {todo: info, unreadable-note: off}\n", "freshness: {source: git}\n"] {
            let config = try VaultConfig.parse(yaml, file: "tend.yaml")
            _ = try Linter(config: config, asOf: RuleHarness.asOf)
        }
    }

    // MARK: Levels

    @Test func ruleSetOffProducesNothing() throws {
        let files = ["Home.md": "# Home\n[[Missing]]\n", "Lonely.md": "Body.\n"]
        let defaults = try RuleHarness.lint(files).findings
        #expect(defaults.contains { $0.rule == "orphan" })
        #expect(defaults.contains { $0.rule == "broken-link" })
        let configured = try RuleHarness.lint(files, config: "rules: {orphan: off, broken-link: off}").findings
        #expect(!configured.contains { $0.rule == "orphan" })
        #expect(!configured.contains { $0.rule == "broken-link" })
        #expect(configured.contains { $0.rule == "missing-owner" })
    }

    @Test func levelOverrideChangesSeverityOfThatRuleOnly() throws {
        let files = ["Note.md": "---\nreviewed: 2025-01-01\n---\nBody #todo x\n"]
        let defaults = try RuleHarness.lint(files).findings
        #expect(defaults.first { $0.rule == "stale" }?.severity == .warning)
        #expect(defaults.first { $0.rule == "todo" }?.severity == .info)
        let configured = try RuleHarness.lint(files, config: Self.issueShape)
        #expect(configured.findings.first { $0.rule == "stale" }?.severity == .error)
        #expect(configured.findings.first { $0.rule == "todo" }?.severity == .info)
        #expect(configured.findings.first { $0.rule == "missing-owner" }?.severity == .info)
        #expect(configured.summary.errors == 1)
        #expect(configured.fails(at: .error))
        #expect(try !RuleHarness.lint(files).fails(at: .error))
    }

    @Test func loweringALevelStopsFailingTheRun() throws {
        let files = ["Home.md": "# Home\n[[Missing]]\n"]
        let report = try RuleHarness.lint(files, config: "rules: {broken-link: warning}")
        #expect(report.findings.first { $0.rule == "broken-link" }?.severity == .warning)
        #expect(!report.fails(at: .error))
        #expect(report.fails(at: .warning))
    }

    // MARK: Ignore globs

    @Test func ignoredFoldersAreNotLinted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.path
        let files = [
            "tend.yaml": Self.issueShape,
            "Home.md": "# Home\n[[Runbooks/Deploy]]\n",
            "Runbooks/Deploy.md": "# Deploy\n[[Missing A]]\n",
            "Templates/Meeting.md": "# {{title}}\n[[Missing B]]\n",
        ]
        for (path, text) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let config = try VaultConfig.load(vaultRoot: root)
        let vault = try Vault.load(root: root, ignore: config.ignore)
        #expect(!vault.notes.contains { $0.path.hasPrefix("Templates/") })
        let report = try Linter(config: config, asOf: RuleHarness.asOf).lint(ResolvedVault(vault: vault))
        #expect(report.findings.filter { $0.rule == "broken-link" }.places == [Place("broken-link", "Runbooks/Deploy.md", 2, 1)])
        #expect(!report.findings.contains { $0.file.hasPrefix("Templates/") })
    }

    // MARK: Summary

    @Test func summaryCountsFindingsBySeverityAndNotes() throws {
        let report = try RuleHarness.lint([
            "Home.md": "# Home\n[[Missing]] [[Plan]]\n#todo one\n",
            "Plan.md": "---\ndraft: true\nowner: a\nreviewed: 2026-05-01\n---\n# Plan\n",
        ])
        let bySeverity = Dictionary(grouping: report.findings, by: \.severity).mapValues(\.count)
        #expect(report.summary.errors == bySeverity[.error, default: 0])
        #expect(report.summary.warnings == bySeverity[.warning, default: 0])
        #expect(report.summary.infos == bySeverity[.info, default: 0])
        #expect(report.summary.errors == 1)     // broken-link
        #expect(report.summary.warnings == 1)   // unpublished-link
        #expect(report.summary.notes == 2)
        #expect(report.findings == report.findings.sorted(by: Finding.precedes))
        #expect(report.findings.map(\.rule) == ["missing-owner", "missing-review-date", "broken-link", "unpublished-link", "todo"])
    }
}
