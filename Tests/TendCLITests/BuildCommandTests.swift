import Foundation
import TendTestSupport
import Testing

/// `tend build` through the binary: exit codes, the findings it prints, refusals.
struct BuildCommandTests {
    /// A small vault, as the folder `vault` in `folder`.
    private func makeVault(in folder: TemporaryFolder) -> String {
        let root = folder.path("vault")
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let files = [
            "Home.md": "# Home\n\n[[Guide]] and [[Missing]].\n",
            "Guide.md": "# Guide\n\nText.\n",
        ]
        for (path, text) in files { try! Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path)) }
        return root
    }

    @Test func unresolvedLinksWarnUnlessStrict() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let vault = makeVault(in: folder)
        let output = folder.path("site")
        let plain = try TendBinary.run(["build", vault, "--out", output, "--as-of", "2026-11-23"])
        #expect(plain.status == 0)
        #expect(plain.error.contains("Home.md:3:15: error[broken-link]"))
        #expect(plain.error.contains("broken-link"))
        #expect(plain.output.contains("Built 5 pages and 0 attachments"))
        #expect(plain.output.contains("Open it: python3 -m http.server --directory"))
        #expect(FileManager.default.fileExists(atPath: output + "/guide/index.html"))
        let strict = try TendBinary.run(["build", vault, "--out", output, "--strict", "-q"])
        #expect(strict.status == 1)
        #expect(strict.error.contains("1 unresolved link"))
        #expect(strict.output.isEmpty)
    }

    @Test func refusesTheVaultAsOutput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let vault = makeVault(in: folder)
        let result = try TendBinary.run(["build", vault, "--out", vault])
        #expect(result.status == 2)
        #expect(result.error.contains("the output folder is the vault or contains it"))
        #expect(result.error.contains("fix:"))
    }
}
