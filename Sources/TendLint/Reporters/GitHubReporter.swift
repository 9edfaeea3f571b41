/// `--format github`: one workflow command per finding, which GitHub Actions turns into an
/// annotation on the changed file (`::error file=…,line=…::message`).
///
/// GitHub shows only about ten annotations of each level per step; the rest stay in the log.
/// `markdownSummary(_:)` (for `$GITHUB_STEP_SUMMARY`) lists the findings that do not fit.
public struct GitHubReporter: LintReporter {
    /// The vault's folder relative to the repository root (`docs`), or "" when they are the same.
    public var pathPrefix: String

    public init(pathPrefix: String) {
        self.pathPrefix = pathPrefix
    }

    public func render(_ report: LintReport) -> String {
        report.findings.map { command(for: $0) + "\n" }.joined()
    }

    private func command(for finding: Finding) -> String {
        var properties = [
            ("file", RepositoryPath.join(pathPrefix, finding.file)),
            ("line", String(finding.line)),
            ("col", String(finding.column)),
        ]
        // GitHub's `endColumn` is the last column of the range (it defaults to `col` for a
        // one-character annotation); Tend's, like SARIF's, is one past the end.
        if let endColumn = finding.endColumn, endColumn > finding.column + 1 {
            properties.append(("endColumn", String(endColumn - 1)))
        }
        properties.append(("title", "tend \(finding.rule)"))
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(finding.severity.annotationLevel) \(list)::\(Self.escapeData(finding.message))"
    }

    /// The message part: the runner decodes `%25`, `%0D` and `%0A`, so a `%` or a line break
    /// in the text cannot end the command early or be read as an escape.
    static func escapeData(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A property value: also `:` (which would end the property list) and `,` (which would
    /// start the next property).
    static func escapeProperty(_ text: String) -> String {
        var result = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": result += "%3A"
            case ",": result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

private extension Severity {
    /// Workflow commands have no `info`; `notice` is the quiet level.
    var annotationLevel: String {
        switch self {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }
}
