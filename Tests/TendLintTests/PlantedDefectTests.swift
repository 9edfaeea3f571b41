import Testing
import TendLint
import TendVault
import VaultGenerator

/// On a generated vault, the findings of the planted kinds are exactly the planted defects:
/// broken links, headings, blocks and embeds, stale notes and orphans.
@Suite struct PlantedDefectTests {
    static let brokenRules: Set<String> = ["broken-link", "broken-heading", "broken-block", "broken-embed"]
    static let plantedRules = brokenRules.union(["stale", "orphan"])

    static func expected(_ plants: [PlantedDefect]) -> Set<Place> {
        Set(plants.map { plant in
            let rule: String
            switch plant.kind {
            case .brokenLink: rule = "broken-link"
            case .brokenHeading: rule = "broken-heading"
            case .brokenBlock: rule = "broken-block"
            case .brokenEmbed: rule = "broken-embed"
            case .stale: rule = "stale"
            case .orphan: rule = "orphan"
            }
            return Place(rule, plant.file, plant.line, plant.column)
        })
    }

    @Test(arguments: [(400, 5 as UInt64, 4), (120, 11 as UInt64, 10)])
    func brokenLinkFindingsEqualThePlants(notes: Int, seed: UInt64, brokenPercent: Int) throws {
        let generated = VaultGenerator(noteCount: notes, seed: seed, brokenPercent: brokenPercent).generate()
        // The generator must have planted each kind, or equality would prove little.
        for kind in [PlantedDefect.Kind.brokenLink, .brokenHeading, .brokenBlock, .brokenEmbed, .stale, .orphan] {
            #expect(generated.plants.contains { $0.kind == kind }, "no \(kind.rawValue) planted")
        }
        let report = try RuleHarness.lint(generated.files, asOf: RuleHarness.day(VaultGenerator.asOf))
        let found = report.findings.filter { Self.plantedRules.contains($0.rule) }
        let planted = Self.expected(generated.plants)
        let actual = Set(found.places)
        #expect(found.count == actual.count, "two findings at one place")
        let missed = planted.subtracting(actual).sorted { $0.description < $1.description }
        let extra = actual.subtracting(planted).sorted { $0.description < $1.description }
        #expect(missed.isEmpty, "recall: planted but not found: \(missed.prefix(10))")
        #expect(extra.isEmpty, "precision: found but not planted: \(extra.prefix(10))")
        #expect(actual == planted)
    }

    @Test func cleanGeneratedVaultHasNoBrokenLinks() throws {
        let generated = VaultGenerator(noteCount: 150, seed: 3, brokenPercent: 0, stalePercent: 0, orphanPercent: 0).generate()
        #expect(generated.plants.isEmpty)
        let report = try RuleHarness.lint(generated.files, asOf: RuleHarness.day(VaultGenerator.asOf))
        // Nothing of a planted kind, and no freshness finding at all: every note is fresh.
        #expect(report.findings.filter { Self.plantedRules.contains($0.rule) || $0.rule == "review-due-soon" }.isEmpty)
        #expect(report.summary.notes == 150)
    }

    /// `tend build` lints only for unresolved links: exactly the broken-* findings of a full
    /// run, and nothing else.
    @Test func unresolvedLinksScopeFindsTheBrokenFindingsOfAFullRun() throws {
        let generated = VaultGenerator(noteCount: 200, seed: 7, brokenPercent: 5).generate()
        let linter = try Linter(config: VaultConfig(), asOf: RuleHarness.day(VaultGenerator.asOf))
        let context = LintContext(resolved: ResolvedVault(vault: Vault.make(generated.files)), config: VaultConfig(),
                                  asOf: RuleHarness.day(VaultGenerator.asOf))
        let full = linter.lint(context).findings
        let scoped = linter.lint(context, scope: .unresolvedLinks).findings
        #expect(full.contains { !Self.brokenRules.contains($0.rule) }, "the full run must find more kinds, or this proves little")
        #expect(!scoped.isEmpty)
        #expect(scoped.places == full.filter { Self.brokenRules.contains($0.rule) }.places)
    }
}
