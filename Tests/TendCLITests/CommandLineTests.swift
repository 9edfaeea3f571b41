import Foundation
import Testing
@testable import TendCLI

/// The `tend` binary end to end: output and exit codes.
struct CommandLineTests {

    private static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("TendVaultTests/Fixtures/mixed").path

    private func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String, error: String) {
        try TendBinary.run(arguments, environment: environment)
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
        let usage = try run(["links", "--no-such-flag"])
        #expect(usage.status == 2)
        #expect(usage.error.contains("--no-such-flag"))
    }

    @Test func argumentsParseIntoTheLinksCommand() throws {
        let command = try TendCommand.parseAsRoot(["links", "vault", "--json"])
        let links = try #require(command as? LinksCommand)
        #expect(links.vault == "vault" && links.json)
    }
}
