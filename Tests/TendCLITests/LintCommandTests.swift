import Foundation
import TendTestSupport
import Testing

/// `tend lint` and `tend report` through the binary: exit codes, formats, baselines.
struct LintCommandTests {

    /// A vault with one broken link (error), one stale note (warning) and one #todo (info),
    /// as the folder `name` in `folder`.
    private func makeVault(in folder: TemporaryFolder, _ name: String = "vault", config: String? = nil) -> String {
        let root = folder.path(name)
        let files = [
            "Home.md": "---\nowner: docs\nreviewed: 2026-11-01\n---\n# Home\n\n[[Guide]] and [[Missing]].\n",
            "Guide.md": "---\nowner: docs\nreviewed: 2026-01-01\n---\n# Guide\n\n#todo write it\n",
        ]
        for (path, text) in files {
            FileManager.default.createFile(atPath: root + "/" + path, contents: nil)
            try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            try! Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
        }
        if let config { try! Data(config.utf8).write(to: URL(fileURLWithPath: root + "/tend.yaml")) }
        return root
    }

    private func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String, error: String) {
        try TendBinary.run(arguments, environment: environment)
    }

    @Test func exitCodeFollowsFailOn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let vault = makeVault(in: folder)
        let asOf = ["--as-of", "2026-11-23"]
        #expect(try run(["lint", vault] + asOf).status == 1)                        // the broken link
        #expect(try run(["lint", vault, "--fail-on", "never"] + asOf).status == 0)
        let clean = makeVault(in: folder, "clean", config: "rules: {broken-link: off}\n")
        #expect(try run(["lint", clean] + asOf).status == 0)                          // only a warning left
        #expect(try run(["lint", clean, "--fail-on", "warning"] + asOf).status == 1)  // the stale note
        let quiet = makeVault(in: folder, "quiet", config: "rules: {broken-link: off, stale: off, orphan: off}\n")
        #expect(try run(["lint", quiet, "--fail-on", "warning"] + asOf).status == 0)
        #expect(try run(["lint", quiet, "--fail-on", "info"] + asOf).status == 1)     // the #todo
    }

    @Test func configurationAndUsageErrorsExitTwo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let vault = makeVault(in: folder, config: "rules:\n  no-such-rule: error\n")
        let result = try run(["lint", vault])
        #expect(result.status == 2)
        #expect(result.error.contains("tend.yaml:2"))
        #expect(result.error.contains("no-such-rule"))
        #expect(try run(["lint", vault, "--as-of", "23/11/2026"]).status == 2)
        #expect(try run(["lint", vault, "--format", "xml"]).status == 2)
        #expect(try run(["lint", "/nonexistent/vault"]).status == 2)
    }

    @Test func textOutputNamesFileLineColumnRuleAndSummary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let vault = makeVault(in: folder)
        let result = try run(["lint", vault, "--as-of", "2026-11-23", "--color", "never"])
        #expect(result.output.contains("Home.md:7:15: error[broken-link]: no note named “Missing”"))
        #expect(result.output.contains("Guide.md:3:1: warning[stale]: review overdue by 146 days"))
        #expect(result.output.contains("1 error, 1 warning"))
        #expect(!result.output.contains("\u{1B}["))
    }

    @Test func jsonIsMachineReadable() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let vault = makeVault(in: folder)
        let result = try run(["lint", vault, "--as-of", "2026-11-23", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let findings = try #require(object?["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "broken-link" && $0["file"] as? String == "Home.md" })
        #expect((object?["summary"] as? [String: Int])?["errors"] == 1)
    }

    @Test func baselineHidesRecordedFindingsOnly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let vault = makeVault(in: folder)
        let baseline = vault + "/baseline.json"
        #expect(try run(["lint", vault, "--as-of", "2026-11-23", "--write-baseline", baseline]).status == 1)
        #expect(try run(["lint", vault, "--as-of", "2026-11-23", "--baseline", baseline]).status == 0)
        // A new broken link, above the old one: only it is reported.
        let home = vault + "/Home.md"
        let text = try String(contentsOfFile: home, encoding: .utf8).replacingOccurrences(of: "# Home\n", with: "# Home\n\n[[Also missing]]\n")
        try Data(text.utf8).write(to: URL(fileURLWithPath: home))
        let result = try run(["lint", vault, "--as-of", "2026-11-23", "--baseline", baseline, "--format", "json"])
        #expect(result.status == 1)
        #expect(result.output.contains("Also missing"))
        #expect(!result.output.contains("“Missing”"))
    }

    /// `tend lint --format github` on a fresh vault, with GITHUB_STEP_SUMMARY at `relativePath`
    /// inside it; the summary's full path is returned with the result.
    private func lintForGitHub(summaryAt relativePath: String, in folder: TemporaryFolder) throws
        -> (result: (status: Int32, output: String, error: String), summary: String) {
        let vault = makeVault(in: folder)
        let summary = vault + "/" + relativePath
        let result = try run(["lint", vault, "--as-of", "2026-11-23", "--format", "github"],
                             environment: ["GITHUB_STEP_SUMMARY": summary])
        return (result, summary)
    }

    @Test func githubFormatWritesTheStepSummary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (result, summary) = try lintForGitHub(summaryAt: "summary.md", in: folder)
        #expect(result.output.contains("::error file="))
        #expect(try String(contentsOfFile: summary, encoding: .utf8).contains("broken-link"))
    }

    @Test func anUnwritableStepSummaryIsSaidAndChangesNothingElse() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (result, summary) = try lintForGitHub(summaryAt: "no such folder/summary.md", in: folder)
        #expect(result.status == 1)  // the broken link, as without a summary
        #expect(result.output.contains("::error file="))
        #expect(result.error.contains("the GitHub step summary cannot be written: \(summary)"))
    }

    @Test func reportListsOverdueNotesPerOwner() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let vault = makeVault(in: folder)
        let result = try run(["report", vault, "--as-of", "2026-11-23", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.output.contains("| docs | 1 | 0 | 0 | 1 |"))
        #expect(result.output.contains("overdue by 146 days"))
    }
}
