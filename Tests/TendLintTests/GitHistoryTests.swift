import Foundation
import Testing
@testable import TendLint
import TendTestSupport
import TendVault

/// The git freshness source: one `git log` for the whole vault, and shallow clones refused.
struct GitHistoryTests {
    /// Runs git in `directory` with fixed identity and dates, so the history is reproducible.
    @discardableResult
    private func git(_ arguments: [String], in directory: String, date: String = "2026-03-01T12:00:00Z") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        var environment = ProcessInfo.processInfo.environment
        for key in ["GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"] { environment[key] = date }
        for key in ["GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"] { environment[key] = "Tend Test" }
        for key in ["GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"] { environment[key] = "tend@example.invalid" }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
        return String(decoding: data, as: UTF8.self)
    }

    private func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// A repository at `root` whose vault is the `docs/` folder, with two commits on different days.
    private func makeRepository(at root: String) throws {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try git(["init", "-q"], in: root)
        try write("# Old\n", to: root + "/docs/Old note.md")
        try write("# Changed\n", to: root + "/docs/Folder/Changed.md")
        try write("outside\n", to: root + "/README.md")
        try git(["add", "-A"], in: root)
        try git(["commit", "-q", "-m", "first"], in: root, date: "2026-01-10T09:00:00Z")
        try write("# Changed\n\nMore.\n", to: root + "/docs/Folder/Changed.md")
        try git(["commit", "-q", "-am", "second"], in: root, date: "2026-04-20T09:00:00Z")
    }

    @Test func lastCommitDatesComeFromOneLogRelativeToTheVault() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.path
        try makeRepository(at: root)
        let dates = try GitHistory.lastCommitDates(vaultRoot: root + "/docs")
        #expect(dates == [
            "Old note.md": CivilDate(year: 2026, month: 1, day: 10)!,
            "Folder/Changed.md": CivilDate(year: 2026, month: 4, day: 20)!,
        ])
    }

    @Test func fileNamesWithQuotesAndBackslashesKeepTheirDates() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.path
        try git(["init", "-q"], in: root)
        for name in ["we\"ird.md", "back\\slash.md", "café.md"] { try write("# x\n", to: root + "/" + name) }
        try git(["add", "-A"], in: root)
        try git(["commit", "-q", "-m", "names"], in: root, date: "2026-02-02T09:00:00Z")
        let dates = try GitHistory.lastCommitDates(vaultRoot: root)
        #expect(Set(dates.keys) == ["we\"ird.md", "back\\slash.md", "café.md"])
    }

    @Test func gitDatesStandInForMissingReviewDatesOnly() throws {
        let config = try VaultConfig.parse("freshness: {source: git, review-every: 90d}\n", file: "tend.yaml")
        let vault = Vault.make(["A.md": "---\nowner: x\n---\n# A\n", "B.md": "---\nowner: x\nreviewed: 2026-05-01\n---\n# B\n"])
        let linter = try Linter(config: config, asOf: CivilDate(year: 2026, month: 6, day: 1)!)
        let report = linter.lint(ResolvedVault(vault: vault),
                                 gitDates: ["A.md": CivilDate(year: 2026, month: 1, day: 10)!, "B.md": CivilDate(year: 2025, month: 1, day: 1)!])
        let stale = report.findings.filter { $0.rule == "stale" }.map(\.file)
        #expect(stale == ["A.md"])  // B's own `reviewed:` wins over its older commit
        #expect(!report.findings.contains { $0.rule == "missing-review-date" })
    }

    @Test func aShallowCloneIsRefusedWithTheFix() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.path("repository")
        let clone = folder.path("shallow")
        try makeRepository(at: root)
        try git(["clone", "-q", "--depth", "1", "file://" + root, clone], in: folder.path)
        let error = #expect(throws: VaultError.self) { try GitHistory.lastCommitDates(vaultRoot: clone + "/docs") }
        #expect(error?.reason.contains("shallow clone") == true)
        #expect(error?.fix.contains("fetch-depth: 0") == true)
    }

    @Test func aFolderOutsideGitIsAConfigurationError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: VaultError.self) { try GitHistory.lastCommitDates(vaultRoot: folder.path) }
    }
}
