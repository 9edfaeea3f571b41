import Testing
@testable import TendLint
import TendVault

@Suite struct GitHubReporterTests {
    @Test(arguments: [("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", ":"), (",", ","), ("a b", "a b")])
    func messageEscapesOnlyPercentAndLineBreaks(raw: String, escaped: String) {
        #expect(GitHubReporter.escapeData(raw) == escaped)
    }

    @Test(arguments: [("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C"), ("a b", "a b")])
    func propertyValuesAlsoEscapeColonAndComma(raw: String, escaped: String) {
        #expect(GitHubReporter.escapeProperty(raw) == escaped)
    }

    @Test func percentIsEscapedFirstSoEscapesAreNotDoubled() {
        #expect(GitHubReporter.escapeProperty("%3A:") == "%253A%3A")
    }

    @Test func commandCarriesLocationTitleAndEscapedText() {
        let finding = Finding(rule: "stale", severity: .warning, file: "Runbooks/Deploy: prod, 100%.md", line: 3,
                              column: 2, endColumn: 9, message: "50% done\r\nnext: a, b")
        let output = GitHubReporter(pathPrefix: "docs")
            .render(LintReport(findings: [finding], notes: 1, vault: Vault.make([:])))
        #expect(output == "::warning file=docs/Runbooks/Deploy%3A prod%2C 100%25.md,line=3,col=2,endColumn=8,"
                + "title=tend stale::50%25 done%0D%0Anext: a, b\n")
    }

    @Test func severitiesMapToAnnotationLevels() {
        let findings = [Severity.error, .warning, .info].map {
            Finding(rule: "todo", severity: $0, file: "A.md", line: 1, column: 1, message: "m")
        }
        let lines = GitHubReporter(pathPrefix: "").render(LintReport(findings: findings, notes: 1, vault: Vault.make([:])))
            .split(separator: "\n").map { $0.prefix { $0 != " " } }
        #expect(lines == ["::error", "::warning", "::notice"])
    }

    @Test func everyFindingIsOneLine() {
        let output = GitHubReporter(pathPrefix: "").render(ReportFixture.report)
        let lines = output.split(separator: "\n")
        #expect(lines.count == ReportFixture.report.findings.count)
        #expect(lines.allSatisfy { $0.hasPrefix("::") && !$0.contains("\r") })
    }

    @Test func summaryCellsCannotBreakTheTable() {
        #expect(GitHubReporter.cell("a|b <c> & d\r\ne") == "a\\|b &lt;c&gt; &amp; d<br>e")
        // Without doubling, `\|` would read as an escaped backslash and then a cell boundary.
        #expect(GitHubReporter.cell(#"write "\|""#) == #"write "\\\|""#)
    }

    @Test func summaryGroupsByRuleWorstFirst() {
        let rules = GitHubReporter.groupedByRule(ReportFixture.findings).map(\.rule)
        #expect(rules.prefix(3) == ["broken-link", "broken-link", "broken-heading"])
        #expect(rules.last == "empty-note")
        // Each rule's findings are together.
        var seen: [String] = []
        for rule in rules where rule != seen.last {
            #expect(!seen.contains(rule))
            seen.append(rule)
        }
    }

    @Test func summaryIsCappedWithACountOfTheRest() {
        let findings = (1...5).map { Finding(rule: "todo", severity: .info, file: "A.md", line: $0, column: 1, message: "m") }
        let report = LintReport(findings: findings, notes: 1, vault: Vault.make([:]))
        let summary = GitHubReporter(pathPrefix: "").markdownSummary(report, rowLimit: 3)
        #expect(summary.components(separatedBy: "| `todo` |").count - 1 == 3)
        #expect(summary.hasSuffix("… and 2 more findings; the job log lists every one.\n"))
    }
}
