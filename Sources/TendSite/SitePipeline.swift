import Foundation
import TendLint
import TendVault

/// Everything `tend build` does, from reading the configuration to the swapped-in site;
/// `tend serve` runs it again on every change.
public enum SitePipeline {
    public struct Result: Sendable {
        public var summary: SiteBuildSummary
        /// The lint report of the vault that was built (of the rules `lintScope` asked for).
        public var report: LintReport
        /// Findings that mean "a link on the site goes nowhere".
        public var unresolved: [Finding]
        public var basePath: String
        public var hasOrigin: Bool
        /// What the site was built from (`tend serve` updates it incrementally).
        public var context: LintContext
        public var gitDates: [String: CivilDate]
    }

    /// The rules whose findings are links that render as unresolved.
    public static let unresolvedRules: Set<String> = ["broken-link", "broken-heading", "broken-block", "broken-embed"]

    /// `makeOptions` receives the loaded configuration (for `site.base-url`).
    /// `lintScope`: `tend build` reports only unresolved links, `tend serve` every finding.
    public static func run(vaultRoot: String, configPath: String?, asOf: CivilDate, lintScope: Linter.Scope = .all,
                           makeOptions: (VaultConfig) -> SiteOptions) throws(VaultError) -> Result {
        var clock = PhaseClock(start: DispatchTime.now())
        let config = try VaultConfig.load(vaultRoot: vaultRoot, explicitPath: configPath)
        let linter = try Linter(config: config, asOf: asOf)
        // Notes keep their parse trees: pages render from them instead of parsing each note again.
        let vault = try Vault.load(root: vaultRoot, ignore: config.ignore, keepingRenderTrees: true)
        clock.mark("read and parse")
        try linter.check(vault)
        clock.mark("check")
        let gitDates = config.freshness.source == .git ? try GitHistory.lastCommitDates(vaultRoot: vaultRoot) : [:]
        let resolved = ResolvedVault(vault: vault)
        clock.mark("resolve")
        let context = LintContext(resolved: resolved, config: config, asOf: asOf, gitDates: gitDates)
        // Lint and site read the same resolved vault and never each other's results: lint
        // runs beside the build's planning, which leaves a core idle.
        let lint = BackgroundWork { linter.lint(context, scope: lintScope) }
        let options = makeOptions(config)
        let summary: SiteBuildSummary
        do {
            summary = try SiteBuilder(context: context, options: options).build()
        } catch {
            _ = lint.wait()
            throw error
        }
        let report = lint.wait()
        return Result(summary: summary, report: report,
                      unresolved: report.findings.filter { unresolvedRules.contains($0.rule) },
                      basePath: options.basePath, hasOrigin: options.origin != nil, context: context, gitDates: gitDates)
    }
}
