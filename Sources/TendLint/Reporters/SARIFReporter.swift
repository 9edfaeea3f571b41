/// `--format sarif`: SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`).
///
/// Follows the subset GitHub reads: one run, every rule described (so alerts keep their help
/// text even for rules with no results this run), results with 1-based regions and a
/// line-independent fingerprint so an alert survives edits above it.
public struct SARIFReporter: LintReporter {
    /// The vault's folder relative to the repository root (`docs`), or "" when they are the same.
    public var pathPrefix: String
    /// Tend's version; GitHub uses it to tell a tool change from a code change.
    public var toolVersion: String

    public init(pathPrefix: String, toolVersion: String) {
        self.pathPrefix = pathPrefix
        self.toolVersion = toolVersion
    }

    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    public func render(_ report: LintReport) -> String {
        let rules = RuleCatalog.all
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() { ruleIndex[rule.id] = index }

        let driver: JSONValue = .object([
            "name": .string("tend"),
            "version": .string(toolVersion),
            "rules": .array(rules.map(Self.descriptor(for:))),
        ])
        let run: JSONValue = .object([
            "tool": .object(["driver": driver]),
            // Finding columns count Unicode scalars (see `SourceText`), not UTF-16 units.
            "columnKind": .string("unicodeCodePoints"),
            "results": .array(report.findings.map { result(for: $0, ruleIndex: ruleIndex[$0.rule]) }),
        ])
        return JSONValue.object([
            "$schema": .string(Self.schema),
            "version": .string("2.1.0"),
            "runs": .array([run]),
        ]).rendered
    }

    private func result(for finding: Finding, ruleIndex: Int?) -> JSONValue {
        // GitHub rejects regions that start at 0; findings are 1-based, this only guards.
        var region: [String: JSONValue] = [
            "startLine": .int(max(1, finding.line)),
            "startColumn": .int(max(1, finding.column)),
        ]
        if let endColumn = finding.endColumn, endColumn > finding.column {
            region["endColumn"] = .int(endColumn)
        }
        let location: JSONValue = .object([
            "physicalLocation": .object([
                "artifactLocation": .object([
                    "uri": .string(RepositoryPath.uriReference(RepositoryPath.join(pathPrefix, finding.file))),
                ]),
                "region": .object(region),
            ]),
        ])
        var members: [String: JSONValue] = [
            "ruleId": .string(finding.rule),
            "level": .string(finding.severity.sarifLevel),
            "message": .object(["text": .string(finding.message)]),
            "locations": .array([location]),
        ]
        // A rule missing from the catalog would be a bug elsewhere; the result still names it.
        if let ruleIndex { members["ruleIndex"] = .int(ruleIndex) }
        if !finding.fingerprint.isEmpty {
            // GitHub matches alerts across runs by `primaryLocationLineHash` only; Tend's
            // fingerprint ignores line numbers, so alerts survive edits above them.
            members["partialFingerprints"] = .object([
                "primaryLocationLineHash": .string(finding.fingerprint + ":1"),
                "tendFingerprint/v1": .string(finding.fingerprint),
            ])
        }
        return .object(members)
    }

    private static func descriptor(for rule: RuleDescription) -> JSONValue {
        .object([
            "id": .string(rule.id),
            "name": .string(pascalCase(rule.id)),
            "shortDescription": .object(["text": .string(rule.summary)]),
            "fullDescription": .object(["text": .string(rule.summary + " " + rule.help)]),
            "help": .object([
                "text": .string(rule.help),
                "markdown": .string(helpMarkdown(for: rule)),
            ]),
            "defaultConfiguration": .object(["level": .string(rule.defaultSeverity.sarifLevel)]),
        ])
    }

    /// What GitHub shows under "Show more" on an alert: the fix, then how to silence the rule.
    private static func helpMarkdown(for rule: RuleDescription) -> String {
        """
        \(rule.summary)

        **Fix:** \(rule.help)

        Default severity: `\(rule.defaultSeverity.rawValue)`. Change it or turn the rule off in \
        `tend.yaml` (`rules: {\(rule.id): off}`), or silence one finding with \
        `%% tend-ignore \(rule.id) %%` on the same or the previous line.
        """
    }

    /// SARIF's `name` is an identifier-like label: `broken-link` → `BrokenLink`.
    private static func pascalCase(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

private extension Severity {
    /// SARIF has no `info` level; `note` is its lowest.
    var sarifLevel: String {
        switch self {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }
}
