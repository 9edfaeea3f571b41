import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TendLint
import TendVault

@Suite struct JUnitReporterTests {
    let xml = JUnitReporter(pathPrefix: "docs").render(ReportFixture.report)

    @Test func parsesAsXMLWithCountsThatMatchTheChildren() throws {
        let document = try XMLDocument(xmlString: xml, options: [])
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.count == 1)
        let suite = suites[0]
        #expect(suite.attribute(forName: "name")?.stringValue == "tend lint")
        let cases = suite.elements(forName: "testcase")
        let failing = cases.filter { !$0.elements(forName: "failure").isEmpty }
        for element in [root, suite] {
            #expect(element.attribute(forName: "tests")?.stringValue == String(cases.count))
            #expect(element.attribute(forName: "failures")?.stringValue == String(failing.count))
            #expect(element.attribute(forName: "errors")?.stringValue == "0")
            #expect(element.attribute(forName: "skipped")?.stringValue == "0")
        }
        // One case per finding, grouped by file; errors and warnings fail, infos pass.
        #expect(cases.count == ReportFixture.report.findings.count)
        #expect(cases.first?.attribute(forName: "name")?.stringValue == "empty-note at Journal/2024-01-01.md:1:1")
        #expect(failing.count == ReportFixture.report.summary.errors + ReportFixture.report.summary.warnings)
        let failures = cases.flatMap { $0.elements(forName: "failure") }
        #expect(failures.count == ReportFixture.report.summary.errors + ReportFixture.report.summary.warnings)
    }

    @Test func attributesAndTextSurviveEscaping() throws {
        let document = try XMLDocument(xmlString: xml, options: [])
        let failures = try document.nodes(forXPath: "//failure").compactMap { $0 as? XMLElement }
        let heading = try #require(failures.first { $0.attribute(forName: "type")?.stringValue == "broken-heading" })
        #expect(heading.attribute(forName: "message")?.stringValue
                == #"No heading <Setup & Install> in "Day 0"; it has: Day 0, Overview."#)
        let cycle = try #require(failures.first { $0.attribute(forName: "type")?.stringValue == "embed-cycle" })
        // The line break in the message attribute is kept, not normalised to a space.
        #expect(cycle.attribute(forName: "message")?.stringValue?.contains("cycle:\nRunbooks") == true)
        #expect(cycle.stringValue?.hasPrefix("docs/Runbooks/Deploy.md:2:8: error[embed-cycle]:") == true)
        let testCase = try #require(heading.parent as? XMLElement)
        #expect(testCase.attribute(forName: "classname")?.stringValue == "docs/Notes/A b.md")
        #expect(testCase.attribute(forName: "file")?.stringValue == "docs/Notes/A b.md")
    }

    @Test func infosGoToSystemOut() throws {
        let document = try XMLDocument(xmlString: xml, options: [])
        let outputs = try document.nodes(forXPath: "//testcase[@name='orphan at Journal/2024-01-01.md:1:1']/system-out")
        #expect(outputs.count == 1)
        #expect(outputs.first?.stringValue?.contains("info[orphan]: No other note links to this note.") == true)
    }

    @Test func controlCharactersAreDroppedSoTheDocumentStaysWellFormed() throws {
        let finding = Finding(rule: "broken-link", severity: .error, file: "A.md", line: 1, column: 1,
                              message: "bad\u{01}\u{1B}[0m byte 'quoted' \u{FFFF}")
        let report = LintReport(findings: [finding], notes: 1, vault: Vault.make([:]))
        let text = JUnitReporter(pathPrefix: "").render(report)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let document = try XMLDocument(xmlString: text, options: [])
        let failure = try #require(try document.nodes(forXPath: "//failure").first as? XMLElement)
        #expect(failure.attribute(forName: "message")?.stringValue == "bad[0m byte 'quoted' ")
        #expect(failure.attribute(forName: "classname") == nil)
        #expect((failure.parent as? XMLElement)?.attribute(forName: "classname")?.stringValue == "A.md")
    }

    @Test func emptyReportIsAnEmptySuite() throws {
        let document = try XMLDocument(xmlString: JUnitReporter(pathPrefix: "").render(ReportFixture.emptyReport),
                                       options: [])
        let suite = try #require(document.rootElement()?.elements(forName: "testsuite").first)
        #expect(suite.attribute(forName: "tests")?.stringValue == "0")
        #expect(suite.elements(forName: "testcase").isEmpty)
    }
}
