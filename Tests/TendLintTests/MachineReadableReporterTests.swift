import Foundation
import Testing
import TendLint

/// JSON and SARIF must parse and carry what their consumers read; snapshots alone would let
/// a well-formatted but wrong document through.
@Suite struct MachineReadableReporterTests {
    let report = ReportFixture.report

    private func parse(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func jsonHasEveryFindingAndTheSummary() throws {
        let text = JSONReporter().render(report)
        #expect(text.hasSuffix("}\n"))
        let json = try parse(text)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == report.findings.count)
        for (object, finding) in zip(findings, report.findings) {
            #expect(object["rule"] as? String == finding.rule)
            #expect(object["severity"] as? String == finding.severity.rawValue)
            #expect(object["file"] as? String == finding.file)
            #expect(object["line"] as? Int == finding.line)
            #expect(object["column"] as? Int == finding.column)
            #expect(object["endColumn"] as? Int == finding.endColumn)
            #expect(object["message"] as? String == finding.message)
            #expect(object["target"] as? String == finding.target)
            #expect(object["fingerprint"] as? String == finding.fingerprint)
        }
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary == ["errors": 5, "warnings": 5, "infos": 5, "notes": 4, "baselined": 2, "suppressed": 1])
    }

    @Test func jsonLeavesOutUnknownOptionalKeys() throws {
        let json = try parse(JSONReporter().render(report))
        let findings = try #require(json["findings"] as? [[String: Any]])
        let orphan = try #require(findings.first { $0["rule"] as? String == "orphan" })
        #expect(orphan["endColumn"] == nil)
        #expect(orphan["target"] == nil)
    }

    @Test func jsonIsDeterministic() {
        #expect(JSONReporter().render(report) == JSONReporter().render(report))
    }

    @Test func sarifHasTheTopLevelShapeGitHubRequires() throws {
        let sarif = try parse(SARIFReporter(pathPrefix: "docs", toolVersion: "1.2.3").render(report))
        #expect(sarif["version"] as? String == "2.1.0")
        #expect((sarif["$schema"] as? String)?.hasSuffix("sarif-2.1.0.json") == true)
        let runs = try #require(sarif["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = runs[0]
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "tend")
        #expect(driver["version"] as? String == "1.2.3")
        #expect(driver["informationUri"] == nil)
    }

    @Test func sarifDescribesEveryCatalogRule() throws {
        let rules = try sarifRules(of: report)
        #expect(rules.map { $0["id"] as? String } == RuleCatalog.ids)
        for (rule, description) in zip(rules, RuleCatalog.all) {
            #expect(text(rule["shortDescription"]) == description.summary)
            #expect(text(rule["fullDescription"])?.isEmpty == false)
            #expect(text(rule["help"])?.isEmpty == false)
            #expect(((rule["help"] as? [String: Any])?["markdown"] as? String)?.isEmpty == false)
            #expect((rule["name"] as? String)?.isEmpty == false)
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            #expect(level == ["error": "error", "warning": "warning", "info": "note"][description.defaultSeverity.rawValue])
        }
        // An empty run still lists them: GitHub keeps rule help for alerts closed by this run.
        #expect(try sarifRules(of: ReportFixture.emptyReport).count == RuleCatalog.all.count)
    }

    @Test func sarifResultsPointAtTheirRuleAndLocation() throws {
        let rules = try sarifRules(of: report)
        let results = try sarifResults(of: report)
        #expect(results.count == report.findings.count)
        for (result, finding) in zip(results, report.findings) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == finding.rule)
            #expect(result["ruleId"] as? String == finding.rule)
            #expect(result["level"] as? String == ["error": "error", "warning": "warning", "info": "note"][finding.severity.rawValue])
            #expect(text(result["message"]) == finding.message)
            let locations = try #require(result["locations"] as? [[String: Any]])
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            let region = try #require(physical["region"] as? [String: Any])
            #expect(region["startLine"] as? Int == finding.line)
            #expect(region["startColumn"] as? Int == finding.column)
            #expect(region["endColumn"] as? Int == finding.endColumn)
            let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
            #expect(fingerprints == ["tendFingerprint/v1": finding.fingerprint,
                                     "primaryLocationLineHash": finding.fingerprint + ":1"])
        }
    }

    @Test func sarifURIsAreRepositoryRelativeAndPercentEncoded() throws {
        let uris = try sarifResults(of: report).compactMap { result -> String? in
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            return (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
        }
        #expect(uris.contains("docs/Notes/A%20b.md"))
        #expect(uris.allSatisfy { $0.hasPrefix("docs/") && !$0.contains(" ") })
    }

    @Test func sarifEncodesCharactersAURIReferenceCannotHold() throws {
        let finding = Finding(rule: "orphan", severity: .info, file: "Ops/Café: 100% #1?.md", line: 1, column: 1, message: "m")
        let vaultReport = LintReport(findings: [finding], notes: 1, vault: ReportFixture.vault)
        let text = SARIFReporter(pathPrefix: "./docs/", toolVersion: "1").render(vaultReport)
        #expect(text.contains(#""uri": "docs/Ops/Caf%C3%A9%3A%20100%25%20%231%3F.md""#))
    }

    // MARK: - Helpers

    private func sarifRun(of report: LintReport) throws -> [String: Any] {
        let sarif = try parse(SARIFReporter(pathPrefix: "docs", toolVersion: "1").render(report))
        return try #require((sarif["runs"] as? [[String: Any]])?.first)
    }

    private func sarifRules(of report: LintReport) throws -> [[String: Any]] {
        let run = try sarifRun(of: report)
        let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
        return try #require(driver?["rules"] as? [[String: Any]])
    }

    private func sarifResults(of report: LintReport) throws -> [[String: Any]] {
        try #require(try sarifRun(of: report)["results"] as? [[String: Any]])
    }

    private func text(_ value: Any?) -> String? {
        (value as? [String: Any])?["text"] as? String
    }
}
