import Foundation
import Testing
@testable import TendSite
import TendLint
import TendTestSupport
import TendVault

/// `tend serve` after notes are added, removed, renamed or retitled must leave the site
/// exactly as a full build of the changed vault would, with only the touched pages written.
struct SiteRestructureTests {
    /// A small vault with folders (a change at the root reaches every page's explorer).
    static let notes: [String: String] = [
        "Home.md": "# Home\n\nStart at [[Start]] or [[Runbook A]].\n",
        "Ops/Runbook A.md": "# Runbook A\n\nSee [[Runbook B]] and ![[Runbook B#Steps]]. #ops\n",
        "Ops/Runbook B.md": "---\ndescription: The second runbook\nreviewed: 2026-10-01\n---\n# Runbook B\n\n## Steps\n\nRestart it. ^blk\n\n#ops/db\n",
        "Ops/Deep/Checklist.md": "# Checklist\n\n- [[Runbook A]]\n- [[Runbook B#^blk]]\n",
        "Guides/Start.md": "# Start\n\nRead [[Runbook B]], [[Checklist]] and [[New Name]]. #guide\n",
        "Guides/Other.md": "---\ntitle: Other guide\n---\nBack to [[Start]].\n",
        "Guides/Zeta.md": "# Zeta\n\nNothing links here.\n",
    ]

    private func makeVault(_ notes: [String: String] = notes, in folder: TemporaryFolder) throws -> String {
        try folder.write(notes, under: "vault")
    }

    /// A change to the vault on disk, and the paths a watcher would report.
    struct Change: CustomTestStringConvertible, Sendable {
        let name: String
        let apply: @Sendable (String) throws -> [String]
        var testDescription: String { name }
    }

    static func move(_ from: String, _ to: String) -> @Sendable (String) throws -> [String] {
        { root in
            let target = root + "/" + to
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.moveItem(atPath: root + "/" + from, toPath: target)
            return [from, to]
        }
    }

    static func write(_ path: String, _ text: String) -> @Sendable (String) throws -> [String] {
        { root in
            let file = root + "/" + path
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            return [path]
        }
    }

    static let changes: [Change] = [
        Change(name: "rename in its folder", apply: move("Ops/Runbook B.md", "Ops/Runbook C.md")),
        Change(name: "move to another folder", apply: move("Ops/Runbook B.md", "Guides/Runbook B.md")),
        Change(name: "new note a broken link names", apply: write("Guides/New Name.md", "# New Name\n\n#guide #fresh\n")),
        Change(name: "new note that makes a link ambiguous", apply: write("Ops/Deep/Runbook A.md", "# Another A\n")),
        Change(name: "delete the only note of a folder", apply: { root in
            try FileManager.default.removeItem(atPath: root + "/Ops/Deep/Checklist.md")
            return ["Ops/Deep/Checklist.md"]
        }),
        Change(name: "retitle", apply: write("Guides/Other.md", "---\ntitle: A better title\n---\nBack to [[Start]].\n")),
        Change(name: "new folder", apply: write("Guides/More/Extra.md", "# Extra\n\n[[Zeta]]\n")),
        // `START!` slugs to `start` like `Start.md`: one of the two takes `/guides/start-2/`.
        Change(name: "new note with another note's URL", apply: write("Guides/START!.md", "# Shouting\n\n[[Runbook A]]\n")),
        Change(name: "delete an embedded note", apply: { root in
            try FileManager.default.removeItem(atPath: root + "/Ops/Runbook B.md")
            return ["Ops/Runbook B.md"]
        }),
    ]

    @Test(arguments: changes)
    func restructureEqualsFullBuild(change: Change) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let update = try restructuredEqualsFull(try makeVault(in: folder), change)
        // Only what the change touched: never the whole site.
        #expect(update.pages.count < 20, "\(update.pages.count) pages written")
    }

    /// A folder longer than the explorer's listing: a change past the listed notes leaves the
    /// other pages of the folder alone; one that changes the listing rewrites them.
    @Test func explorerListingLimit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var notes: [String: String] = ["Home.md": "# Home\n"]
        for number in 0..<60 { notes["Big/Note \(String(format: "%02d", number)).md"] = "# Note \(String(format: "%02d", number))\n" }
        let past = try restructuredEqualsFull(try makeVault(notes, in: folder), Change(name: "past the limit", apply: Self.move("Big/Note 59.md", "Big/Note 59b.md")))
        #expect(past.pages.contains("big/note-59b/index.html"))
        #expect(!past.pages.contains("big/note-10/index.html"))
        let listed = try restructuredEqualsFull(try makeVault(notes, in: folder), Change(name: "listed", apply: Self.move("Big/Note 01.md", "Big/Note 99.md")))
        #expect(listed.pages.contains("big/note-10/index.html"))
    }

    /// An embed shows a section of a note: only the section with the changed link matters.
    @Test func embedsOfAnotherSectionAreLeftAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var notes = Self.notes
        notes["Ops/Embedded.md"] = "# Embedded\n\n## Kept\n\nNothing here.\n\n## Moving\n\nSee [[Guides/Zeta]].\n"
        notes["Other/Shows kept.md"] = "# Shows kept\n\n![[Embedded#Kept]]\n"
        notes["Other/Shows moving.md"] = "# Shows moving\n\n![[Embedded#Moving]]\n"
        notes["Other/Shows it all.md"] = "# Shows it all\n\n![[Shows moving]]\n"
        let update = try restructuredEqualsFull(try makeVault(notes, in: folder), Change(name: "rename", apply: Self.move("Guides/Zeta.md", "Guides/Omega.md")))
        #expect(update.pages.contains("ops/embedded/index.html"))
        #expect(update.pages.contains("other/shows-moving/index.html"))
        #expect(update.pages.contains("other/shows-it-all/index.html"))
        #expect(!update.pages.contains("other/shows-kept/index.html"))
    }

    /// Builds `vault`, applies `change`, updates the live site, and checks it against a full
    /// build of the changed vault, file by file.
    @discardableResult
    private func restructuredEqualsFull(_ vault: String, _ change: Change) throws -> SiteUpdate.Result {
        let sites = try TemporaryFolder()
        defer { sites.remove() }
        let live = sites.path("live")
        let before = try SiteFixture.context(root: vault)
        let first = try SiteBuilder(context: before, options: SiteOptions(output: live)).build()
        let firstPlan = try #require(first.plan)
        let changed = try change.apply(vault)

        let vaultChange = try before.vault.reloading(changedPaths: changed, ignore: before.config.ignore)
        let resolved = before.resolved.updated(with: vaultChange)
        // The resolution pass kept in step equals a fresh one.
        let fresh = ResolvedVault(vault: vaultChange.vault)
        #expect(resolved.resolutions == fresh.resolutions)
        #expect(resolved.incoming == fresh.incoming)
        let context = LintContext(renumbering: before, resolved: resolved, oldNotes: vaultChange.oldNoteIndices(previous: before.vault),
                                  rereadNotes: vaultChange.rereadNotes)
        let fullContext = LintContext(resolved: resolved, config: before.config, asOf: before.asOf)
        #expect(context.published == fullContext.published)
        #expect(context.reviews.map(\.reviewed) == fullContext.reviews.map(\.reviewed))
        #expect(context.homeNote == fullContext.homeNote)
        let applied = try SiteRestructure.apply(previous: firstPlan, context: context, change: vaultChange,
                                                siteRoot: live, options: SiteOptions(output: live))
        var update = try #require(applied)
        // What `tend serve` writes after the reload belongs to the update too.
        update.pages += try update.deferred?.run() ?? []
        var documents: [Int: SearchIndex.Document] = [:]
        let newNotes = vaultChange.oldNoteIndices(previous: before.vault)
        var oldToNew: [Int: Int] = [:]
        for (new, old) in newNotes.enumerated() { if let old { oldToNew[old] = new } }
        for (old, document) in zip(firstPlan.publishedNotes, first.documents) {
            if let new = oldToNew[old] { documents[new] = document }
        }
        for (index, document) in update.documents { documents[index] = document }
        try SiteUpdate.writeSearchIndex(update.plan.publishedNotes.compactMap { documents[$0] }, siteRoot: live)

        let fullSite = sites.path("full")
        _ = try SiteBuilder(context: try SiteFixture.context(root: vault), options: SiteOptions(output: fullSite)).build()
        let liveFiles = SiteFixture.files(in: live), fullFiles = SiteFixture.files(in: fullSite)
        #expect(Set(liveFiles.keys).subtracting(fullFiles.keys).isEmpty, "left behind: \(Set(liveFiles.keys).subtracting(fullFiles.keys).sorted())")
        #expect(Set(fullFiles.keys).subtracting(liveFiles.keys).isEmpty, "missing: \(Set(fullFiles.keys).subtracting(liveFiles.keys).sorted())")
        for (path, data) in fullFiles where liveFiles[path] != nil && liveFiles[path] != data {
            Issue.record("\(path) differs after \(change.name)")
        }
        // No folder is left empty where a page was removed.
        let folders = (FileManager.default.subpaths(atPath: live) ?? []).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: live + "/" + path, isDirectory: &isDirectory) && isDirectory.boolValue
                && (try? FileManager.default.contentsOfDirectory(atPath: live + "/" + path))?.isEmpty == true
        }
        #expect(folders.isEmpty, "empty folders: \(folders)")
        return update
    }

    /// Builds the small vault in `folder`, applies `change`, and restructures the live site.
    private func restructured(in folder: TemporaryFolder, _ change: @Sendable (String) throws -> [String]) throws -> (SiteUpdate.Result?, live: String) {
        let vault = try makeVault(in: folder)
        let live = folder.path("live")
        let before = try SiteFixture.context(root: vault)
        let first = try SiteBuilder(context: before, options: SiteOptions(output: live)).build()
        let changed = try change(vault)
        let vaultChange = try before.vault.reloading(changedPaths: changed, ignore: before.config.ignore)
        let context = LintContext(resolved: before.resolved.updated(with: vaultChange), config: before.config, asOf: before.asOf)
        let firstPlan = try #require(first.plan)
        let applied = try SiteRestructure.apply(previous: firstPlan, context: context, change: vaultChange,
                                                siteRoot: live, options: SiteOptions(output: live))
        return (applied, live)
    }

    /// The untouched folder's pages are not written again.
    @Test func renameLeavesOtherFoldersAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (applied, live) = try restructured(in: folder, Self.move("Guides/Zeta.md", "Guides/Omega.md"))
        let update = try #require(applied)
        #expect(update.pages.contains("guides/omega/index.html"))
        #expect(update.pages.contains("guides/start/index.html"))  // its explorer lists the folder
        #expect(!update.pages.contains { $0.hasPrefix("ops/") })
        #expect(!FileManager.default.fileExists(atPath: live + "/guides/zeta/index.html"))
    }

    /// A change in the vault root's listing shows in every page's explorer: a full build.
    @Test func rootChangesNeedAFullBuild() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (applied, _) = try restructured(in: folder, Self.write("Top.md", "# Top\n"))
        #expect(applied == nil)
    }
}
