/// `--format junit`: JUnit XML for CI test-report views (GitLab, Jenkins, GitHub report actions).
///
/// One test case per file with findings, so the report reads "which notes are broken". Errors
/// and warnings fail it, one `<failure>` each; infos alone leave it passing, listed in its
/// `<system-out>`. Files without findings are left out: listing every clean note would bury
/// the failures in large vaults.
public struct JUnitReporter: LintReporter {
    /// The vault's folder relative to the repository root (`docs`), or "" when they are the same.
    public var pathPrefix: String

    public init(pathPrefix: String) {
        self.pathPrefix = pathPrefix
    }

    public func render(_ report: LintReport) -> String {
        let cases = Self.filesInOrder(report.findings)
        let failing = cases.filter { $0.findings.contains(where: \.isFailure) }.count
        let counts = "tests=\"\(cases.count)\" failures=\"\(failing)\" errors=\"0\" skipped=\"0\""
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"tend\" \(counts)>\n"
        xml += "  <testsuite name=\"tend lint\" \(counts)>\n"
        xml += "    <properties>\n"
        xml += "      <property name=\"summary\" value=\"\(XMLEscaping.attribute(report.summary.sentence))\"/>\n"
        xml += "    </properties>\n"
        for testCase in cases { xml += element(for: testCase) }
        xml += "  </testsuite>\n"
        xml += "</testsuites>\n"
        return xml
    }

    private func element(for testCase: (file: String, findings: [Finding])) -> String {
        let path = RepositoryPath.join(pathPrefix, testCase.file)
        let failures = testCase.findings.filter(\.isFailure)
        // Report actions put the annotation at `file`/`line`: the first failure, else the first finding.
        let line = (failures.first ?? testCase.findings[0]).line
        var xml = "    <testcase name=\"\(XMLEscaping.attribute(testCase.file))\""
            + " classname=\"\(XMLEscaping.attribute(RepositoryPath.folder(of: path)))\""
            + " file=\"\(XMLEscaping.attribute(path))\" line=\"\(line)\">\n"
        for finding in failures {
            xml += "      <failure type=\"\(XMLEscaping.attribute(finding.rule))\""
                + " message=\"\(XMLEscaping.attribute(finding.message))\">"
                + XMLEscaping.text(Self.details(of: finding, path: path)) + "</failure>\n"
        }
        let infos = testCase.findings.filter { !$0.isFailure }
        if !infos.isEmpty {
            let text = infos.map { Self.details(of: $0, path: path) }.joined(separator: "\n")
            xml += "      <system-out>" + XMLEscaping.text(text) + "</system-out>\n"
        }
        xml += "    </testcase>\n"
        return xml
    }

    /// The compiler-style line CI logs already link: `docs/A.md:3:5: error[broken-link]: …`.
    private static func details(of finding: Finding, path: String) -> String {
        "\(path):\(finding.line):\(finding.column): \(finding.severity.rawValue)[\(finding.rule)]: \(finding.message)"
    }

    /// Files in the order their first finding appears (report order is by file already).
    private static func filesInOrder(_ findings: [Finding]) -> [(file: String, findings: [Finding])] {
        var order: [String] = []
        var byFile: [String: [Finding]] = [:]
        for finding in findings {
            if byFile[finding.file] == nil { order.append(finding.file) }
            byFile[finding.file, default: []].append(finding)
        }
        return order.map { (file: $0, findings: byFile[$0]!) }
    }
}

private extension Finding {
    /// Infos are advice, not test failures; CI gating uses `--fail-on`, not this report.
    var isFailure: Bool { severity >= .warning }
}
