/// `--format junit`: JUnit XML for CI test-report views (GitLab, Jenkins, GitHub report actions).
///
/// One test case per finding, named by rule and place and grouped by file (`classname`): many
/// report viewers show only the first `<failure>` of a case, so one finding each keeps every
/// finding visible. Errors and warnings fail their case; infos pass, with the message in
/// `<system-out>`. Clean notes are left out: listing them would bury the failures.
public struct JUnitReporter: LintReporter {
    /// The vault's folder relative to the repository root (`docs`), or "" when they are the same.
    public var pathPrefix: String

    public init(pathPrefix: String) {
        self.pathPrefix = pathPrefix
    }

    public func render(_ report: LintReport) -> String {
        let failing = report.findings.filter(\.isFailure).count
        let counts = "tests=\"\(report.findings.count)\" failures=\"\(failing)\" errors=\"0\" skipped=\"0\""
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"tend\" \(counts)>\n"
        xml += "  <testsuite name=\"tend lint\" \(counts)>\n"
        xml += "    <properties>\n"
        xml += "      <property name=\"summary\" value=\"\(XMLEscaping.attribute(report.summary.sentence))\"/>\n"
        xml += "    </properties>\n"
        for finding in report.findings { xml += element(for: finding) }
        xml += "  </testsuite>\n"
        xml += "</testsuites>\n"
        return xml
    }

    private func element(for finding: Finding) -> String {
        let path = RepositoryPath.join(pathPrefix, finding.file)
        let name = "\(finding.rule) at \(finding.file):\(finding.line):\(finding.column)"
        var xml = "    <testcase name=\"\(XMLEscaping.attribute(name))\""
            + " classname=\"\(XMLEscaping.attribute(path))\""
            + " file=\"\(XMLEscaping.attribute(path))\" line=\"\(finding.line)\">\n"
        let details = XMLEscaping.text(Self.details(of: finding, path: path))
        if finding.isFailure {
            xml += "      <failure type=\"\(XMLEscaping.attribute(finding.rule))\""
                + " message=\"\(XMLEscaping.attribute(finding.message))\">" + details + "</failure>\n"
        } else {
            xml += "      <system-out>" + details + "</system-out>\n"
        }
        xml += "    </testcase>\n"
        return xml
    }

    /// The compiler-style line CI logs already link: `docs/A.md:3:5: error[broken-link]: …`.
    private static func details(of finding: Finding, path: String) -> String {
        "\(path):\(finding.line):\(finding.column): \(finding.severity.rawValue)[\(finding.rule)]: \(finding.message)"
    }
}

private extension Finding {
    /// Infos are advice, not test failures; CI gating uses `--fail-on`, not this report.
    var isFailure: Bool { severity >= .warning }
}
