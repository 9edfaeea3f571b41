import Foundation
import Testing
import TendLint
import TendVault

/// `tend report`: `FreshnessReport` groups overdue and due-soon notes and open `#todo`s by owner.
@Suite struct OwnerReportTests {
    /// On 2026-06-01: A is 11 days overdue, D 1 day overdue (owned by bob and alice), B due
    /// tomorrow, C and F fresh, E has no review date and no owner.
    static let files = [
        "Ops/A.md": "---\nowner: alice\nreviewed: 2026-02-20\nreview-every: 90d\n---\n# A\n",
        "Ops/B.md": "---\nowner: alice\nreviewed: 2026-03-04\nreview-every: 90d\n---\n# B\n#todo x\n- [ ] #todo/docs y\n",
        "Ops/C.md": "---\nowner: alice\nreviewed: 2026-05-20\n---\n# C\n#todo z\n",
        "Ops/D.md": "---\nowners: [bob, alice]\nreviewed: 2026-03-02\nreview-every: 90d\n---\n# D\n",
        "E.md": "# E\n",
        "F.md": "---\nowner: carol\nreviewed: 2026-05-20\n---\n# F\n",
    ]

    @Test func ownersAreGroupedWithOverdueDueSoonAndTodoCounts() throws {
        let report = FreshnessReport(context: try RuleHarness.context(Self.files))
        #expect(report.asOf == RuleHarness.asOf)
        // Most overdue owner first; carol has nothing to do and is left out.
        #expect(report.owners.map(\.owner) == ["alice", "bob", "(no owner)"])
        guard report.owners.count == 3 else { return }
        let alice = report.owners[0], bob = report.owners[1], nobody = report.owners[2]

        #expect(alice.overdue.map(\.file) == ["Ops/A.md", "Ops/D.md"])
        #expect(alice.overdue.map(\.days) == [11, 1])
        #expect(alice.overdue.first?.due == "2026-05-21")
        #expect(alice.overdue.first?.reviewed == "2026-02-20")
        #expect(alice.overdue.first?.state == "overdue")
        #expect(alice.dueSoon.map(\.file) == ["Ops/B.md"])
        #expect(alice.dueSoon.first?.days == 1)
        #expect(alice.dueSoon.first?.due == "2026-06-02")
        #expect(alice.openTodos == 3)
        #expect(alice.missingReviewDate.isEmpty)

        #expect(bob.overdue.map(\.file) == ["Ops/D.md"])
        #expect(bob.dueSoon.isEmpty)
        #expect(bob.openTodos == 0)

        #expect(nobody.overdue.isEmpty)
        #expect(nobody.missingReviewDate.map(\.file) == ["E.md"])
        #expect(nobody.missingReviewDate.first?.state == "missing-review-date")
    }

    @Test func textMarkdownAndJSONShowTheSameCounts() throws {
        let report = FreshnessReport(context: try RuleHarness.context(Self.files))
        let text = report.text()
        #expect(text.hasPrefix("Freshness as of 2026-06-01\n"))
        #expect(text.contains("alice: 2 overdue, 1 due soon, 3 open #todo"))
        #expect(text.contains("overdue by 11d  Ops/A.md  (due 2026-05-21)"))
        #expect(text.contains("no review date  E.md"))
        let markdown = report.markdown()
        #expect(markdown.contains("| alice | 2 | 1 | 0 | 3 |"))
        #expect(markdown.contains("| bob | 1 | 0 | 0 | 0 |"))
        #expect(markdown.contains("- **overdue by 11 days**: A (`Ops/A.md`, due 2026-05-21)"))

        struct Document: Decodable {
            var asOf: String
            var owners: [FreshnessReport.OwnerSection]
        }
        let decoded = try JSONDecoder().decode(Document.self, from: Data(report.json().utf8))
        #expect(decoded.asOf == "2026-06-01")
        #expect(decoded.owners == report.owners)
    }

    @Test func configuredIntervalsAndWindowApply() throws {
        let files = ["Runbooks/Deploy.md": "---\nowner: sre\nreviewed: 2026-05-01\n---\n"]
        let loose = FreshnessReport(context: try RuleHarness.context(files))
        #expect(loose.owners.isEmpty)
        let strict = FreshnessReport(context: try RuleHarness.context(files, config: """
            freshness: {review-every: 180d, due-soon: 14d, overrides: [{path: "Runbooks/**", review-every: 30d}]}
            """))
        #expect(strict.owners.map(\.owner) == ["sre"])
        #expect(strict.owners.first?.overdue.map(\.days) == [1])
    }

    @Test func freshVaultWithoutTodosHasNothingToReport() throws {
        let report = FreshnessReport(context: try RuleHarness.context([
            "A.md": "---\nowner: alice\nreviewed: 2026-05-20\n---\n# A\n",
            "B.md": "---\nowners: [bob]\nreviewed: 2026-01-10\n---\n# B\n#todos are not todo tags\n",
        ]))
        #expect(report.owners.isEmpty)
        #expect(report.text() == "Every note is fresh as of 2026-06-01, and no #todo is open.\n")
        #expect(report.markdown().hasSuffix("Every note is fresh, and no `#todo` is open.\n"))
    }
}
