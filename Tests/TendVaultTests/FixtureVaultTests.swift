import Foundation
import Testing
import TendTestSupport
@testable import TendVault

/// Whole vaults read from disk: duplicate names, case, deep folders, dot-folders, Unicode
/// file names and symbolic links.
struct FixtureVaultTests {
    @Test func mixedFixtureResolvesAsObsidianDoes() throws {
        let resolved = ResolvedVault(vault: try Vault.load(root: Support.fixture("mixed")))
        #expect(Support.summary(resolved, note: "Home.md") == [
            "7:1 [[Security and privacy]] → Obsidian Sync/Security and privacy.md",
            "8:1 [[deep note]] → a/b/c/d/e/Deep Note.md",
            "8:37 [[A/B/C/D/E/Deep Note#Bottom]] → a/b/c/d/e/Deep Note.md#bottom",
            "9:1 [[Projects/Note]] → Archive/Projects/Note.md",
            "9:61 [[/Projects/Note]] ✗ no-such-note",
            "10:1 ![[chart.png|320]] → Attachments/chart.png",
            "10:24 [[Missing]] ✗ no-such-note",
        ])
        #expect(Support.summary(resolved, note: "Obsidian Sync/Headless Sync.md")
                == ["3:1 [[Security and privacy]] → Obsidian Sync/Security and privacy.md"])
        #expect(Support.summary(resolved, note: "Obsidian Publish/Introduction to Obsidian Publish.md")
                == ["3:1 [[Security and privacy]] → Obsidian Publish/Security and privacy.md"])
        #expect(Support.summary(resolved, note: "a/b/c/d/e/Deep Note.md")
                == ["5:1 [[../../Up Two]] → a/b/c/Up Two.md"])
    }

    @Test func duplicateNamesAreReportedAmbiguousWithEveryCandidate() throws {
        let resolved = ResolvedVault(vault: try Vault.load(root: Support.fixture("mixed")))
        let entry = try #require(LinkListing(resolved).entries.first { $0.file == "Home.md" })
        #expect(entry.ambiguity == .shortestPath)
        #expect(entry.candidates == ["Obsidian Sync/Security and privacy.md", "Obsidian Publish/Security and privacy.md"])
        let fromSync = try #require(LinkListing(resolved).entries.first { $0.file == "Obsidian Sync/Headless Sync.md" })
        #expect(fromSync.ambiguity == .sameFolder)
    }

    @Test func dotFoldersAreSkipped() throws {
        let vault = try Vault.load(root: Support.fixture("mixed"))
        #expect(!vault.files.contains { $0.path.hasPrefix(".") || $0.path.contains("/.") })
        #expect(vault.notes.count == 8)
        #expect(vault.files.filter { $0.kind == .image }.map(\.path) == ["Attachments/chart.png"])
    }

    @Test func backlinksListOtherNotesOnly() throws {
        let resolved = ResolvedVault(vault: try Vault.load(root: Support.fixture("mixed")))
        let file = try #require(resolved.file(named: "Obsidian Sync/Security and privacy.md"))
        let sources = resolved.backlinks(toFile: file).map { resolved.vault.notes[$0.note].path }
        // Its own `[[Security and privacy]]` is a self-link and not a backlink.
        #expect(sources == ["Home.md", "Obsidian Sync/Headless Sync.md"])
        #expect(resolved.file(named: "deep note") == resolved.file(named: "a/b/c/d/e/Deep Note.md"))
    }

    @Test func nfdAndNFCFileNamesAndLinksMeetInTheMiddle() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.path
        let decomposed = "Cafe\u{301}"   // NFD, as macOS may deliver it
        let composed = "Caf\u{E9}"        // NFC
        Support.write("# Café\n", to: root + "/\(decomposed).md")
        Support.write("# Crème\n", to: root + "/Cr\u{E8}me.md")
        Support.write("[[\(composed)]] and [[Cre\u{300}me]]\n", to: root + "/Index.md")
        let resolved = ResolvedVault(vault: try Vault.load(root: root))
        let index = try #require(resolved.vault.notes.firstIndex { $0.path == "Index.md" })
        #expect(resolved.resolutions[index].map(\.status) == [.resolved, .resolved])
        #expect(resolved.vault.files.map(\.path).contains("Caf\u{E9}.md"))
    }

    @Test func symbolicLinksStayInsideTheVaultAndLoopsEnd() throws {
        let rootFolder = try TemporaryFolder()
        defer { rootFolder.remove() }
        let outsideFolder = try TemporaryFolder()
        defer { outsideFolder.remove() }
        let root = rootFolder.path, outside = outsideFolder.path
        Support.write("# Inside\n", to: root + "/Notes/Inside.md")
        Support.write("# Secret\n", to: outside + "/Secret.md")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: root + "/Notes/Loop", withDestinationPath: root)
        try manager.createSymbolicLink(atPath: root + "/Escape", withDestinationPath: outside)
        try manager.createSymbolicLink(atPath: root + "/Alias.md", withDestinationPath: root + "/Notes/Inside.md")
        try manager.createSymbolicLink(atPath: root + "/Dangling.md", withDestinationPath: root + "/nowhere.md")
        let vault = try Vault.load(root: root)
        #expect(vault.files.map(\.path) == ["Alias.md", "Notes/Inside.md"])
        #expect(Set(vault.skipped.map(\.reason)) == [
            "symbolic link leads outside the vault", "folder already read (symbolic link loop)", "broken symbolic link",
        ])
    }

    @Test func missingVaultFolderIsAUserFacingError() {
        #expect(throws: VaultError.self) { try Vault.load(root: "/nonexistent/tend-vault") }
    }

    /// Files are listed in byte order of their paths, whatever order folders are read in: a
    /// folder's `/` sorts after a space and a hyphen, capitals before small letters.
    @Test func filesAreListedInByteOrderOfTheirPaths() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let names = ["a b.md", "a/x.md", "A.md", "B/c.md", "é.md", "z.md", "a-b.md", "a/B/y.md", "a/b.md", "Z/é/1.md", "ab.md"]
        let root = try folder.write(Dictionary(uniqueKeysWithValues: names.map { ($0, "text\n") }), under: "vault")
        #expect(try Vault.load(root: root).files.map(\.path)
                == ["A.md", "B/c.md", "Z/é/1.md", "a b.md", "a-b.md", "a/B/y.md", "a/b.md", "a/x.md", "ab.md", "z.md", "é.md"])
    }

    @Test func ignoreGlobsExcludeFoldersAndFiles() throws {
        let vault = try Vault.load(root: Support.fixture("mixed"), ignore: [GlobPattern("Obsidian Publish/**"), GlobPattern("*.png")])
        #expect(!vault.files.contains { $0.path.hasPrefix("Obsidian Publish/") || $0.path.hasSuffix(".png") })
        #expect(vault.files.contains { $0.path == "Obsidian Sync/Headless Sync.md" })
    }

    @Test func readingSomethingThatIsNotAFileFailsWithAReason() {
        // Root can read every file, so a directory stands in for an unreadable note (EISDIR).
        guard case .failure(let reason) = readFile(Support.fixture("mixed")) else {
            Issue.record("reading a folder as a file should fail")
            return
        }
        #expect(reason.lowercased().contains("directory"))
    }
}
