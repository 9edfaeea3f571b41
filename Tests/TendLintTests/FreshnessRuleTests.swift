import Testing
import TendLint
import TendVault

/// `stale`, `review-due-soon`, `missing-review-date`, `review-date-in-future`, `missing-owner`,
/// all on the fixed day 2026-06-01 unless a test says otherwise.
@Suite struct FreshnessRuleTests {
    static let reviewRules: Set<String> = ["stale", "review-due-soon", "missing-review-date", "review-date-in-future"]

    /// A note with an owner, so only the review rules speak.
    static func note(reviewed: String, every interval: String? = nil, key: String = "reviewed") -> String {
        "---\nowner: alice\n\(key): \(reviewed)\n" + (interval.map { "review-every: \($0)\n" } ?? "") + "---\n# Note\n"
    }

    // MARK: Boundaries (90d from 2026-03-03 is 2026-06-01)

    @Test func reviewDueTodayIsDueSoon() throws {
        let findings = try RuleHarness.findings(["Note.md": Self.note(reviewed: "2026-03-03", every: "90d")],
                                                rules: Self.reviewRules)
        #expect(findings.places == [Place("review-due-soon", "Note.md", 3, 1)])
        #expect(findings.first?.severity == .info)
        expectMessage(findings.first?.message, contains: "review due today, on 2026-06-01", "reviewed 2026-03-03", "review every 90d")
    }

    @Test func reviewDueTomorrowIsDueSoonWithAFourteenDayWindow() throws {
        let findings = try RuleHarness.findings(["Note.md": Self.note(reviewed: "2026-03-04", every: "90d")],
                                                config: "freshness: {due-soon: 14d}", rules: Self.reviewRules)
        #expect(findings.places == [Place("review-due-soon", "Note.md", 3, 1)])
        expectMessage(findings.first?.message, contains: "review due tomorrow, on 2026-06-02")
    }

    @Test func reviewDueOnTheLastDayOfTheWindowIsDueSoonAndOneDayLaterIsFresh() throws {
        let findings = try RuleHarness.findings([
            "Edge.md": Self.note(reviewed: "2026-03-17", every: "90d"),   // due 2026-06-15
            "Fresh.md": Self.note(reviewed: "2026-03-18", every: "90d"),  // due 2026-06-16
        ], config: "freshness: {due-soon: 14d}", rules: Self.reviewRules)
        #expect(findings.places == [Place("review-due-soon", "Edge.md", 3, 1)])
        expectMessage(findings.first?.message, contains: "review due in 14 days, on 2026-06-15")
    }

    @Test func reviewOneDayOverdueIsStale() throws {
        let findings = try RuleHarness.findings(["Note.md": Self.note(reviewed: "2026-03-02", every: "90d")],
                                                rules: Self.reviewRules)
        #expect(findings.places == [Place("stale", "Note.md", 3, 1)])
        #expect(findings.first?.severity == .warning)
        expectMessage(findings.first?.message, contains: "review overdue by 1 day:", "due 2026-05-31", "reviewed 2026-03-02",
                      "update `reviewed:`")
    }

    @Test func freshNoteHasNoReviewFinding() throws {
        let findings = try RuleHarness.findings(["Note.md": Self.note(reviewed: "2026-05-01")], rules: Self.reviewRules)
        #expect(findings.isEmpty)
    }

    @Test func lastReviewedSpellingsAreAccepted() throws {
        let findings = try RuleHarness.findings([
            "Dash.md": Self.note(reviewed: "2026-03-02", every: "90d", key: "last-reviewed"),
            "Under.md": Self.note(reviewed: "2026-03-02", every: "90d", key: "last_reviewed"),
        ], rules: Self.reviewRules)
        #expect(findings.places == [Place("stale", "Dash.md", 3, 1), Place("stale", "Under.md", 3, 1)])
    }

    // MARK: Intervals

    @Test func weeksIntervalCountsSevenDaysEach() throws {
        // 12w = 84 days: 2026-03-09 is due today, 2026-03-08 is one day overdue.
        let findings = try RuleHarness.findings([
            "Today.md": Self.note(reviewed: "2026-03-09", every: "12w"),
            "Late.md": Self.note(reviewed: "2026-03-08", every: "12w"),
        ], rules: Self.reviewRules)
        #expect(findings.places == [Place("stale", "Late.md", 3, 1), Place("review-due-soon", "Today.md", 3, 1)])
        expectMessage(findings.first?.message, contains: "due 2026-05-31", "review every 12w")
    }

    @Test func monthsIntervalFollowsTheCalendar() throws {
        let findings = try RuleHarness.findings([
            "Today.md": Self.note(reviewed: "2025-12-01", every: "6 months"),
            "Fresh.md": Self.note(reviewed: "2025-12-20", every: "6 months"),
        ], rules: Self.reviewRules)
        #expect(findings.places == [Place("review-due-soon", "Today.md", 3, 1)])
        expectMessage(findings.first?.message, contains: "review due today, on 2026-06-01", "review every 6 months")
    }

    @Test func monthsIntervalClampsToTheEndOfAShorterMonth() throws {
        // 2025-08-31 + 6 months = 2026-02-28 (no 31st, no leap day); on 2026-03-01 it is one day late.
        let findings = try RuleHarness.findings(["Note.md": Self.note(reviewed: "2025-08-31", every: "6 months")],
                                                asOf: RuleHarness.day("2026-03-01"), rules: Self.reviewRules)
        #expect(findings.places == [Place("stale", "Note.md", 3, 1)])
        expectMessage(findings.first?.message, contains: "review overdue by 1 day:", "due 2026-02-28")
        let onTheDay = try RuleHarness.findings(["Note.md": Self.note(reviewed: "2025-08-31", every: "6 months")],
                                                asOf: RuleHarness.day("2026-02-28"), rules: Self.reviewRules)
        #expect(onTheDay.places == [Place("review-due-soon", "Note.md", 3, 1)])
    }

    @Test func intervalsParseAndAddAsWritten() {
        let january31 = RuleHarness.day("2024-01-31")
        #expect(ReviewInterval(parsing: "90d")?.after(january31).description == "2024-04-30")
        #expect(ReviewInterval(parsing: "12w")?.after(january31).description == "2024-04-24")
        #expect(ReviewInterval(parsing: "1 month")?.after(january31).description == "2024-02-29")
        #expect(ReviewInterval(parsing: "6 months")?.after(RuleHarness.day("2025-08-31")).description == "2026-02-28")
        #expect(ReviewInterval(parsing: "1y")?.after(RuleHarness.day("2024-02-29")).description == "2025-02-28")
        #expect(ReviewInterval(parsing: "90") == nil)
        #expect(ReviewInterval(parsing: "3m") == nil)
        #expect(ReviewInterval(parsing: "0d") == nil)
        #expect(ReviewInterval(parsing: "soon") == nil)
    }

    // MARK: Configured intervals

    static let overrides = """
        freshness:
          review-every: 180d
          overrides:
            - {path: "Runbooks/**", review-every: 90d}
            - {path: "Runbooks/Critical/**", review-every: 30d}
        """

    static let vaultForOverrides = [
        "Runbooks/Deploy.md": note(reviewed: "2026-03-02"),          // 90d → due 05-31
        "Runbooks/Critical/Page.md": note(reviewed: "2026-05-01"),   // 30d → due 05-31
        "Guides/Intro.md": note(reviewed: "2026-03-02"),             // 180d → due 08-29
    ]

    @Test func lastMatchingOverrideWins() throws {
        let findings = try RuleHarness.findings(Self.vaultForOverrides, config: Self.overrides, rules: Self.reviewRules)
        #expect(findings.places == [
            Place("stale", "Runbooks/Critical/Page.md", 3, 1),
            Place("stale", "Runbooks/Deploy.md", 3, 1),
        ])
        expectMessage(findings.first?.message, contains: "review every 30d")
        expectMessage(findings.last?.message, contains: "review every 90d")
    }

    @Test func generalOverrideWrittenLastWinsOverTheSpecificOne() throws {
        let reversed = """
            freshness:
              review-every: 180d
              overrides:
                - {path: "Runbooks/Critical/**", review-every: 30d}
                - {path: "Runbooks/**", review-every: 90d}
            """
        let findings = try RuleHarness.findings(Self.vaultForOverrides, config: reversed, rules: Self.reviewRules)
        // Page.md now gets 90d (due 2026-07-30): fresh.
        #expect(findings.places == [Place("stale", "Runbooks/Deploy.md", 3, 1)])
    }

    @Test func configuredDefaultIntervalApplies() throws {
        let findings = try RuleHarness.findings(["Note.md": Self.note(reviewed: "2026-05-01")],
                                                config: "freshness: {review-every: 30d}", rules: Self.reviewRules)
        #expect(findings.places == [Place("stale", "Note.md", 3, 1)])
        expectMessage(findings.first?.message, contains: "due 2026-05-31", "review every 30d")
    }

    @Test func frontmatterIntervalOverridesTheConfiguredOne() throws {
        let files = [
            "Runbooks/Deploy.md": Self.note(reviewed: "2026-03-02", every: "1y"),
            "Guides/Intro.md": Self.note(reviewed: "2026-03-02", every: "30d"),
        ]
        let findings = try RuleHarness.findings(files, config: Self.overrides, rules: Self.reviewRules)
        #expect(findings.places == [Place("stale", "Guides/Intro.md", 3, 1)])
        expectMessage(findings.first?.message, contains: "review every 30d")
    }

    @Test func reviewIntervalSpellingIsAccepted() throws {
        let note = "---\nowner: a\nreviewed: 2026-03-02\nreview_interval: 90d\n---\n"
        let findings = try RuleHarness.findings(["Note.md": note], rules: Self.reviewRules)
        #expect(findings.places == [Place("stale", "Note.md", 3, 1)])
    }

    // MARK: missing-review-date, review-date-in-future, missing-owner

    @Test func noteWithoutReviewDateIsReportedAtTheTop() throws {
        let findings = try RuleHarness.findings(["Note.md": "---\nowner: alice\n---\n# Note\n", "Bare.md": "Text.\n"],
                                                rules: Self.reviewRules)
        #expect(findings.places == [Place("missing-review-date", "Bare.md", 1, 1), Place("missing-review-date", "Note.md", 1, 1)])
        #expect(findings.first?.severity == .info)
        expectMessage(findings.first?.message, contains: "no `reviewed:` date", "add `reviewed: 2026-06-01`")
    }

    @Test func reviewDateAfterTodayIsReported() throws {
        let findings = try RuleHarness.findings(["Note.md": Self.note(reviewed: "2026-06-02")], rules: Self.reviewRules)
        #expect(findings.places == [Place("review-date-in-future", "Note.md", 3, 1)])
        #expect(findings.first?.severity == .warning)
        expectMessage(findings.first?.message, contains: "`reviewed: 2026-06-02` is later than today (2026-06-01)")
    }

    @Test func reviewDateOfTodayIsNotInTheFuture() throws {
        let findings = try RuleHarness.findings(["Note.md": Self.note(reviewed: "2026-06-01")], rules: Self.reviewRules)
        #expect(findings.isEmpty)
    }

    @Test func noteWithoutOwnerIsReported() throws {
        let findings = try RuleHarness.findings([
            "None.md": "---\nreviewed: 2026-05-01\n---\n",
            "Empty.md": "---\nowner:\nreviewed: 2026-05-01\n---\n",
            "Owner.md": "---\nowner: alice\n---\n",
            "Owners.md": "---\nowners: [alice, bob]\n---\n",
        ], rule: "missing-owner")
        #expect(findings.places == [Place("missing-owner", "Empty.md", 1, 1), Place("missing-owner", "None.md", 1, 1)])
        #expect(findings.first?.severity == .info)
        expectMessage(findings.first?.message, contains: "no owner", "add `owner:")
    }

    // MARK: Git dates

    @Test func gitDateStandsInForAMissingReviewDateWhenTheSourceIsGit() throws {
        let files = ["Old.md": "---\nowner: a\n---\n# Old\n", "Dated.md": Self.note(reviewed: "2026-05-20")]
        let gitDates = ["Old.md": RuleHarness.day("2025-11-01"), "Dated.md": RuleHarness.day("2020-01-01")]
        let resolved = ResolvedVault(vault: Vault.make(files))
        let git = try Linter(config: try RuleHarness.config("freshness: {source: git}"), asOf: RuleHarness.asOf)
            .lint(resolved, gitDates: gitDates).findings.filter { Self.reviewRules.contains($0.rule) }
        // 2025-11-01 + 180d = 2026-04-30: 32 days overdue; the written date beats the commit date.
        #expect(git.places == [Place("stale", "Old.md", 1, 1)])
        expectMessage(git.first?.message, contains: "review overdue by 32 days", "last commit 2025-11-01")
        let frontmatterOnly = try Linter(config: VaultConfig(), asOf: RuleHarness.asOf)
            .lint(resolved, gitDates: gitDates).findings.filter { Self.reviewRules.contains($0.rule) }
        #expect(frontmatterOnly.places == [Place("missing-review-date", "Old.md", 1, 1)])
    }
}
