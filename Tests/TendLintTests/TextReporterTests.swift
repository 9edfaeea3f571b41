import Testing
import TendLint
import TendVault

@Suite struct TextReporterTests {
    private func lines(_ report: LintReport, color: Bool = false) -> [String] {
        TextReporter(color: color).render(report).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The caret line for the finding whose header starts with `header`.
    private func marker(after header: String, in lines: [String]) -> (source: String, marker: String)? {
        guard let index = lines.firstIndex(where: { $0.hasPrefix(header) }), index + 2 < lines.count else { return nil }
        // Drop the "  N |" gutter and the space after it.
        func body(_ line: String) -> String {
            guard let bar = line.firstIndex(of: "|") else { return line }
            return String(line[line.index(after: bar)...].dropFirst())
        }
        return (body(lines[index + 1]), body(lines[index + 2]))
    }

    @Test func caretLinesUpUnderATabExpandedColumn() throws {
        let entry = try #require(marker(after: "Notes/A b.md:7:11:", in: lines(ReportFixture.report)))
        #expect(entry.source == "    Indented [[Tabbed]] link.")
        #expect(entry.marker == String(repeating: " ", count: 13) + "^" + String(repeating: "~", count: 9))
        let caret = entry.marker.firstIndex(of: "^")!.utf16Offset(in: entry.marker)
        #expect(Array(entry.source)[caret] == "[")
    }

    @Test func caretCountsAWideEmojiAsTwoCells() throws {
        let entry = try #require(marker(after: "Notes/A b.md:8:13:", in: lines(ReportFixture.report)))
        #expect(entry.source == "Café ☕ then [[Gone]] here.")
        // C a f é ␠ ☕(2 cells) ␠ t h e n ␠ → the link starts at cell 13.
        #expect(entry.marker == String(repeating: " ", count: 13) + "^" + String(repeating: "~", count: 7))
    }

    @Test func findingWithoutEndColumnGetsABareCaret() throws {
        let entry = try #require(marker(after: "Notes/Day 0.md:1:1:", in: lines(ReportFixture.report)))
        #expect(entry.marker == "^")
    }

    @Test func multiLineMessageContinuesIndented() {
        let text = lines(ReportFixture.report)
        let index = text.firstIndex { $0.hasPrefix("Runbooks/Deploy.md:2:8: error[embed-cycle]: Embeds form a cycle:") }
        #expect(index != nil)
        if let index { #expect(text[index + 1] == "    Runbooks/Deploy → Notes/A b → Runbooks/Deploy") }
    }

    @Test func plainOutputHasNoEscapeCodesAndColourOutputHas() {
        let plain = TextReporter(color: false).render(ReportFixture.report)
        let coloured = TextReporter(color: true).render(ReportFixture.report)
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains("\u{1B}[1;31merror[broken-link]:\u{1B}[0m"))
    }

    @Test func summaryCountsEverythingWithPlurals() {
        #expect(lines(ReportFixture.report).suffix(2) == [
            "5 errors, 5 warnings, 5 infos in 4 notes, 1 suppressed, 2 baselined.", "",
        ])
    }

    @Test func summaryUsesSingularForOne() {
        let vault = Vault.make(["A.md": "x"])
        let findings = [Severity.error, .warning, .info].map {
            Finding(rule: "todo", severity: $0, file: "A.md", line: 1, column: 1, message: "m")
        }
        let report = LintReport(findings: findings, notes: 1, vault: vault)
        #expect(lines(report).suffix(2) == ["1 error, 1 warning, 1 info in 1 note.", ""])
    }

    @Test func emptyReportSaysNoFindings() {
        let report = LintReport(findings: [], notes: 34, suppressed: 5, vault: Vault.make([:]))
        #expect(TextReporter(color: false).render(report) == "No findings in 34 notes, 5 suppressed.\n")
    }

    @Test func findingOutsideAnyNoteHasNoSourceLines() {
        let finding = Finding(rule: "broken-embed", severity: .error, file: "Images/gone.png", line: 1, column: 1,
                              message: "m")
        let report = LintReport(findings: [finding], notes: 0, vault: Vault.make([:]))
        #expect(lines(report) == ["Images/gone.png:1:1: error[broken-embed]: m", "",
                                  "1 error, 0 warnings, 0 infos in 0 notes.", ""])
    }

    @Test func controlCharactersFromANoteNeverReachTheTerminal() {
        let vault = Vault.make(["A.md": "bad \u{1B}[2J here"])
        let finding = Finding(rule: "todo", severity: .info, file: "A.md", line: 1, column: 5, message: "m\u{07}")
        let output = TextReporter(color: false).render(LintReport(findings: [finding], notes: 1, vault: vault))
        #expect(!output.contains("\u{1B}"))
        #expect(!output.contains("\u{07}"))
        #expect(output.contains("bad \u{241B}[2J here"))
    }
}
