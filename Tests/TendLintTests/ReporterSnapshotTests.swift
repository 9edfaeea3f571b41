import Testing
import TendLint

/// Every format, byte for byte: a review of a snapshot diff shows what users will see change.
@Suite struct ReporterSnapshotTests {
    let report = ReportFixture.report

    @Test func textWithoutColourMatchesSnapshot() {
        assertSnapshot(TextReporter(color: false).render(report), named: "text.txt")
    }

    @Test func textWithColourMatchesSnapshot() {
        assertSnapshot(TextReporter(color: true).render(report), named: "text-color.txt")
    }

    @Test func textOfEmptyReportMatchesSnapshot() {
        assertSnapshot(TextReporter(color: false).render(ReportFixture.emptyReport), named: "text-empty.txt")
    }

    @Test func jsonMatchesSnapshot() {
        assertSnapshot(JSONReporter().render(report), named: "report.json")
    }

    @Test func sarifMatchesSnapshot() {
        assertSnapshot(SARIFReporter(pathPrefix: "docs", toolVersion: "0.1.0").render(report), named: "report.sarif")
    }

    @Test func sarifOfEmptyReportMatchesSnapshot() {
        let sarif = SARIFReporter(pathPrefix: "", toolVersion: "0.1.0").render(ReportFixture.emptyReport)
        assertSnapshot(sarif, named: "empty.sarif")
    }

    @Test func githubAnnotationsMatchSnapshot() {
        assertSnapshot(GitHubReporter(pathPrefix: "docs").render(report), named: "github.txt")
    }

    @Test func githubStepSummaryMatchesSnapshot() {
        assertSnapshot(GitHubReporter(pathPrefix: "docs").markdownSummary(report), named: "github-summary.md")
    }

    @Test func junitMatchesSnapshot() {
        assertSnapshot(JUnitReporter(pathPrefix: "docs").render(report), named: "junit.xml")
    }
}
