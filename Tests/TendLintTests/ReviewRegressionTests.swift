import Foundation
import Testing
@testable import TendLint
@testable import TendVault

/// Problems a code review reproduced, each pinned so it stays fixed.
struct ReviewRegressionTests {
    @Test func hugeReviewIntervalsAreRejectedNotOverflowed() throws {
        #expect(ReviewInterval(parsing: "9223372036854775807d") == nil)
        #expect(ReviewInterval(parsing: "100001d") == nil)
        #expect(ReviewInterval(parsing: "100000d") != nil)
        let findings = try RuleHarness.findings(
            ["A.md": "---\nowner: a\nreviewed: 2024-01-01\nreview-every: 2000000000000000000w\n---\n# A\n"],
            rule: "invalid-frontmatter")
        #expect(findings.count == 1)
        #expect(throws: VaultError.self) { try VaultConfig.parse("freshness: {due-soon: 999999999999y}\n", file: "tend.yaml") }
    }

    @Test func tabsInListItemsGoToYamsAndAgreeWithIt() {
        for yaml in ["owners:\n  - \talice\n", "owners:\n  - alice\t\n", "n:\n  - 1e3\t\n"] {
            let fast = SimpleFrontmatter.parse(yaml.split(separator: "\n").enumerated().map {
                (bytes: ArraySlice(Array($0.element.utf8)), line: $0.offset + 2)
            })
            #expect(fast == nil, "\(yaml)")
        }
    }

    @Test func baselineTellsNewPropertyErrorsFromOldOnes() throws {
        let before = try RuleHarness.lint(["A.md": "---\nowner: a\nreviewed: soon\n---\n# A\n"])
        let baseline = Baseline(report: before)
        let after = try RuleHarness.lint(["A.md": "---\nowner: [alice, {team: sre}]\nreviewed: 2026-05-01\n---\n# A\n"])
        let new = after.excluding(baseline).findings.filter { $0.rule == "invalid-frontmatter" }
        #expect(new.count == 1)
        #expect(new.first?.message.contains("owner") == true)
    }

    @Test func baselineTellsANewTodoFromOldOnes() throws {
        let before = try RuleHarness.lint(["A.md": "# A\nold one #todo write intro\nold two #todo add examples\n"])
        let after = try RuleHarness.lint(["A.md": "# A\nNEW #todo brand new item\nold one #todo write intro\nold two #todo add examples\n"])
        let new = after.excluding(Baseline(report: before)).findings.filter { $0.rule == "todo" }
        #expect(new.map(\.line) == [2])
    }

    @Test func stableSubjectsIgnoreDayCounts() {
        let a = Finding(rule: "stale", severity: .warning, file: "A.md", line: 3, column: 1, message: "review overdue by 12 days")
        let b = Finding(rule: "stale", severity: .warning, file: "A.md", line: 9, column: 1, message: "review overdue by 13 days")
        #expect(Baseline.subjectText(a) == Baseline.subjectText(b))
    }

    @Test func linksAndTodosAtTheEndOfAnUnclosedCommentAreRead() {
        let note = NoteParser.parse(path: "B.md", bytes: Array("text\n%% parked [[Gone]] #todo".utf8))
        #expect(note.links.map(\.raw) == ["[[Gone]]"])
        #expect(note.tags.map(\.name) == ["todo"])
    }

    @Test func frontmatterLinksStartAtTheirBrackets() throws {
        for fast in [true, false] {
            let result = FrontmatterReader.read(SourceText("---\nrelated: \"[[Gone]]\"\n---\n"), allowFastPath: fast)
            #expect(result.frontmatter?.linkStrings.map(\.position) == [Position(line: 2, column: 11)])
        }
    }

    @Test func repeatedOwnersCountOnce() throws {
        let note = NoteParser.parse(path: "A.md", bytes: Array("---\nowners: [alice, alice]\n---\n".utf8))
        #expect(NoteReview(note: note, policy: FreshnessPolicy()).owners == ["alice"])
    }

    @Test func numericPermalinksCount() throws {
        let findings = try RuleHarness.findings(["2024.md": "# x\n", "Y.md": "---\npermalink: 2024\n---\n# y\n"],
                                                rule: "duplicate-permalink")
        #expect(findings.count == 1)
    }

    @Test func signedHexIsText() {
        #expect(FrontmatterValue.plain("0x-1") == .string("0x-1"))
        #expect(FrontmatterValue.plain("0o-7") == .string("0o-7"))
        #expect(FrontmatterValue.plain("0x1F") == .int(31))
    }

    @Test func configErrorsPointAtTheRightLine() {
        let cases = [
            ("site:\n  title: x\ntitle: y\ntitle: z\n", "tend.yaml:4"),
            ("x: \"unterminated\ny: 1\nz: 2\n", "tend.yaml:1"),
            ("freshness:\n  overrides:\n    - {path: \"a/**\"}\n", "tend.yaml:3"),
        ]
        for (yaml, place) in cases {
            let error = #expect(throws: VaultError.self) { try VaultConfig.parse(yaml, file: "tend.yaml") }
            #expect(error?.file == place, "\(yaml)")
        }
    }

    @Test func aHomeThatIsNotANoteIsAConfigurationError() throws {
        let config = try VaultConfig.parse("home: Start\n", file: "tend.yaml")
        let linter = try Linter(config: config, asOf: CivilDate(year: 2026, month: 1, day: 1)!)
        #expect(throws: VaultError.self) { try linter.check(Vault.make(["Home.md": "# Home\n"])) }
        #expect(throws: Never.self) { try linter.check(Vault.make(["Start.md": "# Start\n"])) }
    }

    @Test func controlCharactersInFileNamesDoNotReachTheTerminal() {
        let finding = Finding(rule: "orphan", severity: .info, file: "a\u{1B}]0;x\u{07}b.md", line: 1, column: 1, message: "m")
        let text = TextReporter(color: false).render(LintReport(findings: [finding], notes: 1, vault: Vault.make([:])))
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
    }
}

/// Suppression reasons and excerpts of wide lines.
struct SuppressionReasonAndExcerptTests {
    @Test func aReasonAfterTheRuleIdsSilencesNothingElse() throws {
        let report = try RuleHarness.lint([
            "Home.md": "# Home\n%% tend-ignore broken-link the stale page moves soon %%\n[[Missing]] [[Home#Nope]]\n",
        ])
        #expect(report.findings.contains { $0.rule == "broken-heading" })
        #expect(!report.findings.contains { $0.rule == "broken-link" })
    }

    @Test func aReasonWithoutRuleIdsSilencesEveryRule() throws {
        let report = try RuleHarness.lint(["Home.md": "# Home\n%% tend-ignore because the page is generated %%\n[[Missing]] [[Home#Nope]]\n"])
        #expect(!report.findings.contains { $0.rule == "broken-link" || $0.rule == "broken-heading" })
    }

    @Test func longWideLinesAreCutByCellsAndKeepTheCaret() {
        let line = String(repeating: "日", count: 100) + "[[G8]]" + String(repeating: "本", count: 100)
        let excerpt = TextReporter.excerpt(of: line, column: 101, endColumn: 107)
        let cells = TerminalLine(excerpt.text)
        #expect(excerpt.text.unicodeScalars.reduce(0) { $0 + TerminalLine.width(of: $1) } <= TextReporter.excerptLength + 2)
        // The caret's column still names `[[G8]]` inside the excerpt.
        let scalars = Array(excerpt.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[(excerpt.column - 1)..<(excerpt.column + 5)])) == "[[G8]]")
        #expect(cells.marker(column: excerpt.column, endColumn: excerpt.endColumn) == String(repeating: " ", count: 41) + "^~~~~~")
    }

    /// A printable-ASCII line and a line of one-cell scalars take shortcuts; they must cut where
    /// the scalar-by-scalar way cuts. The other lines differ only in their first scalar, outside
    /// every window tested: a one-cell "é" (the second shortcut) and a one-cell "→" that only
    /// the long way handles, so all three excerpts must be the same.
    @Test(arguments: [(150, 157), (45, 60), (42, nil), (260, 300), (299, 301), (300, nil), (340, 345)] as [(Int, Int?)])
    func asciiLinesAreCutAsAnyOther(column: Int, endColumn: Int?) {
        let words = (0..<60).map { "w\($0 % 10)" }.joined(separator: " ")
        let ascii = "e" + words.dropFirst() + " [[Link]] " + words
        let accented = "é" + ascii.dropFirst()
        let arrow = "→" + ascii.dropFirst()
        #expect(TerminalLine.isOneCellPerScalar(accented) && !TerminalLine.isOneCellPerScalar(arrow))
        let fast = TextReporter.excerpt(of: ascii, column: column, endColumn: endColumn)
        let oneCell = TextReporter.excerpt(of: accented, column: column, endColumn: endColumn)
        let slow = TextReporter.excerpt(of: arrow, column: column, endColumn: endColumn)
        #expect(fast.text == slow.text && fast.column == slow.column && fast.endColumn == slow.endColumn)
        #expect(oneCell.text == slow.text && oneCell.column == slow.column && oneCell.endColumn == slow.endColumn)
        #expect(fast.text.hasPrefix("…") && fast.text.unicodeScalars.count <= TextReporter.excerptLength + 2)
    }

    /// Accented letters keep the line as it is, one cell each; a soft hyphen (no cell), a tab
    /// or a control character does not, and wide or combining characters take two or none.
    @Test func oneCellLinesKeepTheirColumns() {
        let cases: [(String, Bool)] = [("café [[Müller]]", true), ("…cut here…", true), ("plain", true), ("", true),
                                       ("x\u{00AD}y", false), ("a\tb", false), ("\u{1B}[31m", false), ("日本", false),
                                       ("e\u{0301}", false), ("\u{0085}", false), ("ǿ and ʯ", true)]
        for (line, oneCell) in cases { #expect(TerminalLine.isOneCellPerScalar(line) == oneCell, "\(line)") }
        // Columns count scalars: the caret under `[[Müller]]` sits 5 cells in, whatever the bytes.
        #expect(TerminalLine("café [[Müller]]").marker(column: 6, endColumn: 16) == "     ^~~~~~~~~~")
        #expect(TerminalLine("café [[Müller]]").text == "café [[Müller]]")
        // A soft hyphen takes no cell: the caret after it moves one cell left.
        #expect(TerminalLine("x\u{00AD}y [[A]]").marker(column: 5, endColumn: nil) == "   ^")
    }

    @Test func asciiExcerptAroundAColumn() {
        let line = String(repeating: "abcdefghij", count: 30)
        let excerpt = TextReporter.excerpt(of: line, column: 150, endColumn: 153)
        // A third of the window (40 cells) before the column, 120 in all, cut at both ends.
        #expect(excerpt.text == "…" + String(line.dropFirst(109).prefix(120)) + "…")
        #expect(excerpt.column == 42 && excerpt.endColumn == 45)
    }
}
