import TendVault

/// One problem that lint found: a value, never a thrown error.
public struct Finding: Sendable, Equatable, Codable {
    /// Stable kebab-case rule id (`broken-link`).
    public var rule: String
    public var severity: Severity
    /// Vault-relative path with `/` separators.
    public var file: String
    /// 1-based line and column (Unicode code points).
    public var line: Int
    public var column: Int
    /// Column just past the offending text on the same line, when known (for carets and SARIF).
    public var endColumn: Int?
    /// What is wrong, in one sentence; names the fix when there is a clear one.
    public var message: String
    /// The link target or other subject as written (`Day 0#Overview`), when there is one.
    public var target: String?
    /// A fingerprint that does not depend on line numbers (for baselines and SARIF).
    public var fingerprint: String = ""

    public init(rule: String, severity: Severity, file: String, line: Int, column: Int, endColumn: Int? = nil,
                message: String, target: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.endColumn = endColumn
        self.message = message
        self.target = target
    }

    /// Findings sort by file, then position, then rule: the same vault gives the same order.
    public static func precedes(_ a: Finding, _ b: Finding) -> Bool {
        if a.file != b.file { return a.file.utf8.lexicographicallyPrecedes(b.file.utf8) }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        return a.rule < b.rule
    }
}

/// The result of a lint run: findings in order, and the counts CI needs.
public struct LintReport: Sendable {
    public struct Summary: Sendable, Equatable, Codable {
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        /// Notes that were linted.
        public var notes: Int
        /// Findings hidden by a baseline file.
        public var baselined: Int
        /// Findings hidden by `tend-ignore` comments or frontmatter.
        public var suppressed: Int
    }

    public var findings: [Finding]
    public var summary: Summary
    /// The vault the findings are about (for source lines under carets).
    public var vault: Vault
    /// Note index by path, for source lines under carets (one lookup per finding).

    public init(findings: [Finding], notes: Int, baselined: Int = 0, suppressed: Int = 0, vault: Vault) {
        self.findings = findings
        self.vault = vault
        summary = Summary(
            errors: findings.filter { $0.severity == .error }.count,
            warnings: findings.filter { $0.severity == .warning }.count,
            infos: findings.filter { $0.severity == .info }.count,
            notes: notes, baselined: baselined, suppressed: suppressed)
    }

    /// The report without the findings a baseline recorded (counted in `summary.baselined`).
    public func excluding(_ baseline: Baseline) -> LintReport {
        let kept = findings.filter { !baseline.fingerprints.contains($0.fingerprint) }
        return LintReport(findings: kept, notes: summary.notes, baselined: findings.count - kept.count,
                          suppressed: summary.suppressed, vault: vault)
    }

    /// Whether the run fails at `level` (exit code 1).
    public func fails(at level: FailLevel) -> Bool {
        findings.contains { level.fails($0.severity) }
    }

    /// The source line a finding points at, for carets; nil when the file is not a note.
    public func sourceLine(of finding: Finding) -> String? {
        guard let index = vault.noteIndex(ofPath: finding.file), finding.line >= 1,
              finding.line <= vault.notes[index].source.lineCount else { return nil }
        let note = vault.notes[index]
        return note.source.lineText(finding.line)
    }
}
