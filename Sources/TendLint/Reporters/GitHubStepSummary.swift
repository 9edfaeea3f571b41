/// The Markdown that `--format github` appends to `$GITHUB_STEP_SUMMARY`: the counts, then the
/// findings grouped by rule, most severe rules first.
///
/// It exists because GitHub shows only the first few annotations of a step; the summary page
/// shows the rest. It is capped because a step summary over 1 MiB fails the job.
extension GitHubReporter {
    /// Rows in the findings table before a "… and N more" line.
    public static let summaryRowLimit = 100

    public func markdownSummary(_ report: LintReport) -> String {
        markdownSummary(report, rowLimit: Self.summaryRowLimit)
    }

    func markdownSummary(_ report: LintReport, rowLimit: Int) -> String {
        let summary = report.summary
        var lines = [
            "## Tend lint",
            "",
            summary.sentence,
            "",
            "| Errors | Warnings | Infos | Notes | Suppressed | Baselined |",
            "| ---: | ---: | ---: | ---: | ---: | ---: |",
            "| \(summary.errors) | \(summary.warnings) | \(summary.infos) | \(summary.notes) "
                + "| \(summary.suppressed) | \(summary.baselined) |",
        ]
        let ordered = Self.groupedByRule(report.findings)
        if !ordered.isEmpty {
            lines += ["", "### Findings by rule", "",
                      "| Rule | Severity | Location | Message |",
                      "| --- | --- | --- | --- |"]
            for finding in ordered.prefix(rowLimit) {
                let location = "\(RepositoryPath.join(pathPrefix, finding.file)):\(finding.line):\(finding.column)"
                lines.append("| `\(finding.rule)` | \(finding.severity.rawValue) | \(Self.cell(location)) "
                             + "| \(Self.cell(finding.message)) |")
            }
            if ordered.count > rowLimit {
                let rest = ordered.count - rowLimit
                lines += ["", "… and \(rest) more \(rest == 1 ? "finding" : "findings"); the job log lists every one."]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Rules whose worst finding is most severe come first, then catalog order; each rule's
    /// findings keep report order, so the table reads one rule at a time.
    static func groupedByRule(_ findings: [Finding]) -> [Finding] {
        var groups: [String: [Finding]] = [:]
        for finding in findings { groups[finding.rule, default: []].append(finding) }
        let catalogOrder = Dictionary(uniqueKeysWithValues: RuleCatalog.ids.enumerated().map { ($1, $0) })
        let rules = groups.keys.sorted { a, b in
            let worstA = groups[a]!.map(\.severity).max()!, worstB = groups[b]!.map(\.severity).max()!
            if worstA != worstB { return worstA > worstB }
            let orderA = catalogOrder[a] ?? Int.max, orderB = catalogOrder[b] ?? Int.max
            return orderA != orderB ? orderA < orderB : a < b
        }
        return rules.flatMap { groups[$0]! }
    }

    /// A table cell: `|` would split the cell and raw `<`/`&` could be read as HTML, so they
    /// are escaped; line breaks become `<br>` because a cell must stay on one line. `\` is
    /// doubled because GFM reads `\\|` as an escaped backslash followed by a cell boundary.
    static func cell(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "|": result += "\\|"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n": result += "<br>"
            case "\r": break
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
