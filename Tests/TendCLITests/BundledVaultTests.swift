import Foundation
import Testing

/// The handbook in `vault/` is the demo: lint must find exactly what its writers left on
/// purpose on a fixed day (the overdue runbook, the notes due soon, the open #todos) and no error.
struct BundledVaultTests {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func lintFindsExactlyThePlannedFindingsOnAFixedDay() throws {
        let vault = Self.repository.appendingPathComponent("vault").path
        let result = try TendBinary.run(["lint", vault, "--as-of", "2026-11-23", "--color", "never"])
        #expect(result.status == 0)
        let snapshot = Self.repository.appendingPathComponent("Tests/TendCLITests/Snapshots/vault-lint.txt")
        let expected = try String(contentsOf: snapshot, encoding: .utf8)
        #expect(result.output == expected, "re-record with: tend lint vault --as-of 2026-11-23 --color never > Tests/TendCLITests/Snapshots/vault-lint.txt")
        #expect(result.output.hasSuffix("0 errors, 1 warning, 8 infos in 34 notes.\n"))
        #expect(result.output.contains("Engineering/Operations/Runbooks/Restore from Backup.md:9:1: warning[stale]"))
    }

    @Test func everyLinkOfTheHandbookResolves() throws {
        let vault = Self.repository.appendingPathComponent("vault").path
        let result = try TendBinary.run(["links", vault])
        #expect(result.status == 0)
        #expect(result.output.contains(" 0 broken, 0 ambiguous\n"))
    }
}
