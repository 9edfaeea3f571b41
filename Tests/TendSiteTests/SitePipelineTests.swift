import Foundation
import TendLint
@testable import TendSite
import TendTestSupport
import TendVault
import Testing

/// `tend build`'s pipeline: lint runs beside the site build, and must report exactly what
/// linting the same vault on its own reports.
struct SitePipelineTests {
    @Test func lintBesideTheBuildReportsWhatLintAloneReports() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try SitePipeline.run(vaultRoot: SiteFixture.root, configPath: nil, asOf: SiteFixture.asOf) { _ in
            SiteOptions(output: folder.path("site"), baseURL: nil, templateOverrides: nil)
        }
        let config = try VaultConfig.load(vaultRoot: SiteFixture.root)
        let alone = try Linter(config: config, asOf: SiteFixture.asOf).lint(SiteFixture.context())
        #expect(!alone.findings.isEmpty, "the fixture has findings, so the comparison means something")
        #expect(result.report.findings == alone.findings)
        #expect(result.report.summary == alone.summary)
        #expect(result.unresolved == alone.findings.filter { SitePipeline.unresolvedRules.contains($0.rule) })
        #expect(!result.unresolved.isEmpty)
        #expect(result.summary.pages > 0)
    }
}
