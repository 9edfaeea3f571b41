import TendVault

/// Runs every rule over one resolved vault and applies configured levels, suppressions and
/// a baseline. Rule levels in `tend.yaml` are checked here, against the rule catalog.
public struct Linter: Sendable {
    public let config: VaultConfig
    public let asOf: CivilDate
    /// Configured level per rule id (only rules named in `tend.yaml`).
    let levels: [String: RuleLevel]

    static let rules: [any LintRule] = [
        BrokenLinkRule(), AmbiguousLinkRule(), EmbedCycleRule(), UnpublishedLinkRule(),
        FreshnessRule(), InvalidFrontmatterRule(), TodoRule(), OrphanRule(), DuplicatePermalinkRule(),
        DuplicateBlockIDRule(), TablePipeRule(), UnclosedCommentRule(), EmptyNoteRule(),
    ]

    public init(config: VaultConfig, asOf: CivilDate) throws(VaultError) {
        self.config = config
        self.asOf = asOf
        var levels: [String: RuleLevel] = [:]
        for setting in config.rules {
            let place = "\(config.file ?? "tend.yaml"):\(setting.line)"
            guard RuleCatalog.description(of: setting.rule) != nil else {
                throw VaultError(step: .config, file: place, reason: "unknown rule `\(setting.rule)`",
                                 fix: "use one of: \(RuleCatalog.ids.joined(separator: ", "))")
            }
            guard let level = RuleLevel(setting.level) else {
                throw VaultError(step: .config, file: place, reason: "`\(setting.rule): \(setting.level)` is not a level",
                                 fix: "use error, warning, info or off")
            }
            levels[setting.rule] = level
        }
        self.levels = levels
    }

    /// Settings that name notes must name existing ones (checked once the vault is read).
    public func check(_ vault: Vault) throws(VaultError) {
        if let home = config.home, LintContext.findHome(vault.notes, configured: home) == nil {
            throw VaultError(step: .config, file: config.file ?? "tend.yaml",
                             reason: "`home: \(home)` names no note of the vault",
                             fix: "give the home note's path, e.g. `home: Home.md`, or remove the key")
        }
    }

    /// Which rules a run needs.
    public enum Scope: Sendable {
        /// Every rule (`tend lint`, `tend serve`).
        case all
        /// Only the rule of links, headings, blocks and embeds that do not resolve: all that
        /// `tend build` reports.
        case unresolvedLinks
    }

    public func lint(_ resolved: ResolvedVault, gitDates: [String: CivilDate] = [:], baseline: Baseline? = nil) -> LintReport {
        lint(LintContext(resolved: resolved, config: config, asOf: asOf, gitDates: gitDates), baseline: baseline)
    }

    /// Lints with a context made by the caller (`tend build` shares it with the site).
    public func lint(_ context: LintContext, scope: Scope = .all, baseline: Baseline? = nil) -> LintReport {
        let resolved = context.resolved
        let rules: [any LintRule] = scope == .all ? Self.rules : [BrokenLinkRule()]
        var findings: [Finding] = []
        // Rules are independent readers of one context: run them side by side.
        let perRule = ParallelMap.map(rules.indices.map { $0 }) { rules[$0].findings(in: context) }
        for ruleFindings in perRule {
            for var finding in ruleFindings {
                switch levels[finding.rule] {
                case .off?: continue
                case .on(let severity)?: finding.severity = severity
                case nil: break
                }
                findings.append(finding)
            }
        }
        // Suppressions are read only for notes that have findings, on all cores.
        let vault = resolved.vault
        let noteOfFinding = findings.map { vault.noteIndex(ofPath: $0.file) }
        let notesWithFindings = Array(Set(noteOfFinding.compactMap { $0 })).sorted()
        let readSuppressions = ParallelMap.map(notesWithFindings) { Suppression(note: vault.notes[$0]) }
        let suppressions = Dictionary(uniqueKeysWithValues: zip(notesWithFindings, readSuppressions))
        let before = findings.count
        var kept: [Finding] = []
        var keys: [(note: Int, line: Int, column: Int)] = []
        kept.reserveCapacity(findings.count)
        keys.reserveCapacity(findings.count)
        for (finding, note) in zip(findings, noteOfFinding) where note.flatMap({ suppressions[$0] })?.suppresses(finding) != true {
            kept.append(finding)
            keys.append((note: note ?? Int.max, line: finding.line, column: finding.column))
        }
        findings = kept
        let suppressed = before - findings.count
        // Notes are stored in byte order of their paths, so a note's index orders findings as
        // `Finding.precedes` does, without comparing path strings thousands of times.
        let order = findings.indices.sorted { a, b in
            let (x, y) = (keys[a], keys[b])
            if x != y { return x < y }
            return Finding.precedes(findings[a], findings[b])
        }
        findings = order.map { findings[$0] }
        Baseline.fingerprint(&findings)
        let report = LintReport(findings: findings, notes: resolved.vault.notes.count,
                                suppressed: suppressed, vault: resolved.vault)
        return baseline.map { report.excluding($0) } ?? report
    }
}
