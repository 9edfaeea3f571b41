/// `--format json`: every finding and the run's counts, for scripts and dashboards.
///
/// Schema (keys sorted, two-space indent, newline at the end; optional keys are left out
/// rather than written as `null`):
///
///     {
///       "findings": [              // in report order: file (byte order), line, column, rule
///         {
///           "column": 5,           // 1-based, in Unicode code points
///           "endColumn": 21,       // optional: one past the last code point of the problem
///           "file": "Notes/A b.md",// vault-relative, `/` separators
///           "fingerprint": "…",    // stable across line moves (what baselines match on)
///           "line": 3,             // 1-based
///           "message": "…",
///           "rule": "broken-link", // an id from `RuleCatalog`
///           "severity": "error",   // "error" | "warning" | "info", after configuration
///           "target": "[[Day 0#Setup]]"// optional: the link target or subject as written
///         }
///       ],
///       "summary": {
///         "baselined": 0,          // findings hidden by --baseline
///         "errors": 1, "infos": 0, "warnings": 0,
///         "notes": 34,             // notes linted
///         "suppressed": 0          // findings hidden by tend-ignore
///       }
///     }
public struct JSONReporter: LintReporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        JSONValue.object([
            "findings": .array(report.findings.map(Self.object(for:))),
            "summary": Self.object(for: report.summary),
        ]).rendered
    }

    private static func object(for finding: Finding) -> JSONValue {
        var members: [String: JSONValue] = [
            "rule": .string(finding.rule),
            "severity": .string(finding.severity.rawValue),
            "file": .string(finding.file),
            "line": .int(finding.line),
            "column": .int(finding.column),
            "message": .string(finding.message),
            "fingerprint": .string(finding.fingerprint),
        ]
        if let endColumn = finding.endColumn { members["endColumn"] = .int(endColumn) }
        if let target = finding.target { members["target"] = .string(target) }
        return .object(members)
    }

    private static func object(for summary: LintReport.Summary) -> JSONValue {
        .object([
            "errors": .int(summary.errors),
            "warnings": .int(summary.warnings),
            "infos": .int(summary.infos),
            "notes": .int(summary.notes),
            "baselined": .int(summary.baselined),
            "suppressed": .int(summary.suppressed),
        ])
    }
}
