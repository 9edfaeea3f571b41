import Testing
@testable import TendLint
import TendVault

/// Lints small in-memory vaults for the rule tests: one call from files to findings.
enum RuleHarness {
    /// The fixed day every rule test runs on (`--as-of`), so freshness never depends on the clock.
    static let asOf = day("2026-06-01")

    static func day(_ text: String) -> CivilDate {
        guard let date = CivilDate(parsing: text) else { fatalError("bad test date \(text)") }
        return date
    }

    /// Parses `yaml` as `tend.yaml` (nil: the defaults).
    static func config(_ yaml: String? = nil) throws -> VaultConfig {
        guard let yaml else { return VaultConfig() }
        return try VaultConfig.parse(yaml, file: "tend.yaml")
    }

    static func lint(_ files: [String: String], config yaml: String? = nil, asOf: CivilDate = asOf,
                     baseline: Baseline? = nil) throws -> LintReport {
        let config = try config(yaml)
        return try lint(files, config: config, asOf: asOf, baseline: baseline)
    }

    static func lint(_ files: [String: String], config: VaultConfig, asOf: CivilDate = asOf,
                     baseline: Baseline? = nil) throws -> LintReport {
        let linter = try Linter(config: config, asOf: asOf)
        return linter.lint(ResolvedVault(vault: Vault.make(files)), baseline: baseline)
    }

    /// Findings of the given rules only, in report order.
    static func findings(_ files: [String: String], config yaml: String? = nil, asOf: CivilDate = asOf,
                         rules: Set<String>) throws -> [Finding] {
        try lint(files, config: yaml, asOf: asOf).findings.filter { rules.contains($0.rule) }
    }

    static func findings(_ files: [String: String], config yaml: String? = nil, asOf: CivilDate = asOf,
                         rule: String) throws -> [Finding] {
        try findings(files, config: yaml, asOf: asOf, rules: [rule])
    }

    /// The context rules see, for tests of derived facts (`FreshnessReport`).
    static func context(_ files: [String: String], config yaml: String? = nil, asOf: CivilDate = asOf) throws -> LintContext {
        LintContext(resolved: ResolvedVault(vault: Vault.make(files)), config: try config(yaml), asOf: asOf)
    }
}

/// Where a finding is and what it is, for comparing with `#expect(… == …)`.
struct Place: Hashable, CustomStringConvertible {
    var rule: String
    var file: String
    var line: Int
    var column: Int

    init(_ rule: String, _ file: String, _ line: Int, _ column: Int) {
        self.rule = rule
        self.file = file
        self.line = line
        self.column = column
    }

    init(_ finding: Finding) {
        self.init(finding.rule, finding.file, finding.line, finding.column)
    }

    var description: String { "\(file):\(line):\(column) [\(rule)]" }
}

extension Array where Element == Finding {
    var places: [Place] { map(Place.init) }
}

/// Checks that `message` contains every phrase, naming the missing ones.
func expectMessage(_ message: String?, contains phrases: String..., sourceLocation: SourceLocation = #_sourceLocation) {
    guard let message else {
        Issue.record("no finding, so no message containing \(phrases)", sourceLocation: sourceLocation)
        return
    }
    for phrase in phrases where !message.contains(phrase) {
        Issue.record("message «\(message)» lacks «\(phrase)»", sourceLocation: sourceLocation)
    }
}
