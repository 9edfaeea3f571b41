import Foundation
import Testing
@testable import TendCLI

/// The `tend` binary end to end: output and exit codes.
struct CommandLineTests {
    /// The built `tend` next to the test bundle (`.build/<config>/tend`).
    private static let binary: String? = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("tend").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }()

    private static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("TendVaultTests/Fixtures/mixed").path

    private func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let path = try #require(Self.binary, "the tend executable is built next to the tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    @Test func linksPrintsEveryLinkAndASummary() throws {
        let result = try run(["links", Self.fixture])
        #expect(result.status == 0)
        #expect(result.output.contains("Home.md:9:61  [[/Projects/Note]]  ✗ no-such-note\n"))
        #expect(result.output.hasSuffix("11 links in 8 notes: 9 resolved, 2 broken, 4 ambiguous\n"))
    }

    @Test func linksJSONIsValidAndDeterministic() throws {
        let first = try run(["links", Self.fixture, "--json"])
        let second = try run(["links", Self.fixture, "--json"])
        #expect(first.output == second.output)
        let object = try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any]
        let summary = try #require(object?["summary"] as? [String: Int])
        #expect(summary["links"] == 11 && summary["broken"] == 2)
    }

    @Test func backlinksNamesTheLinkingNotes() throws {
        let result = try run(["backlinks", "Security and privacy", "--vault", Self.fixture])
        #expect(result.status == 0)
        #expect(result.output.contains("Home.md:7:1  [[Security and privacy]]"))
    }

    @Test func missingVaultExitsTwoWithTheFix() throws {
        let result = try run(["links", "/nonexistent/vault"])
        #expect(result.status == 2)
        #expect(result.error.contains("/nonexistent/vault"))
        #expect(result.error.contains("fix:"))
    }

    @Test func unknownNoteForBacklinksExitsTwo() throws {
        let result = try run(["backlinks", "No Such Note", "--vault", Self.fixture])
        #expect(result.status == 2)
        #expect(result.error.contains("No Such Note"))
    }

    @Test func versionAndUsageErrors() throws {
        #expect(try run(["--version"]).output == "tend \(TendCommand.version)\n")
        #expect(try run(["links", "--no-such-flag"]).status == 64)
    }

    @Test func argumentsParseIntoTheLinksCommand() throws {
        let command = try TendCommand.parseAsRoot(["links", "vault", "--json"])
        let links = try #require(command as? LinksCommand)
        #expect(links.vault == "vault" && links.json)
    }
}
