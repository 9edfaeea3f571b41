import Foundation
import Testing
@testable import TendSite
import TendLint
import TendTestSupport
import TendVault

/// `tend serve`'s incremental update must leave the site exactly as a full build would.
struct SiteUpdateTests {
    /// A copy of the fixture vault to edit, in `folder`.
    private func copyOfFixture(in folder: TemporaryFolder) throws -> String {
        let copy = folder.path("vault")
        try FileManager.default.copyItem(atPath: SiteFixture.root, toPath: copy)
        return copy
    }

    private func edit(_ vault: String, _ path: String, _ transform: (String) -> String) throws {
        let file = vault + "/" + path
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try Data(transform(text).utf8).write(to: URL(fileURLWithPath: file))
    }

    @Test(arguments: [
        ("Target.md", "content"), ("Target.md", "heading and tag"), ("Guide.md", "description"), ("Embedder.md", "content"),
        ("Notes/Deep/Deep Note.md", "content"), ("Embedder.md", "new link"), ("Target.md", "block id"),
    ])
    func incrementalEqualsFull(note: String, change: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let vault = try copyOfFixture(in: folder)
        let options = { (output: String) in SiteOptions(output: output, baseURL: "/") }
        // The live site, built before the edit.
        let live = folder.path("live")
        let before = try SiteFixture.context(root: vault)
        let first = try SiteBuilder(context: before, options: options(live)).build()
        try edit(vault, note) { text in
            switch change {
            case "heading and tag": return text.replacingOccurrences(of: "## Section", with: "## Part #fresh-tag")
            case "new link": return text + "\nSee [[Home]] and [[Guide#Table]].\n"
            case "block id": return text.replacingOccurrences(of: "^para", with: "^para2")
            case "description": return text.replacingOccurrences(of: "description: One of each", with: "description: Exactly one of each")
            default: return text + "\nA new closing paragraph.\n"
            }
        }
        // Incremental update of the live site.
        let (vaultAfter, notes) = try #require(before.vault.reloadingNotes(atDiskPaths: [note]))
        let resolved = before.resolved.updated(with: vaultAfter, changedNotes: notes)
        let context = LintContext(updating: before, resolved: resolved, changedNotes: notes)
        let full = LintContext(resolved: resolved, config: before.config, asOf: before.asOf)
        #expect(context.published == full.published)
        #expect(context.reviews.map(\.reviewed) == full.reviews.map(\.reviewed))
        let firstPlan = try #require(first.plan)
        let applied = try SiteUpdate.apply(previous: firstPlan, context: context, changedNotes: notes, siteRoot: live, options: options(live))
        let update = try #require(applied)
        var documents: [Int: SearchIndex.Document] = [:]
        for (index, document) in zip(firstPlan.publishedNotes, first.documents) { documents[index] = document }
        for (index, document) in update.documents { documents[index] = document }
        try SiteUpdate.writeSearchIndex(update.plan.publishedNotes.compactMap { documents[$0] }, siteRoot: live)
        // A full build of the edited vault.
        let fullSite = folder.path("full")
        _ = try SiteBuilder(context: try SiteFixture.context(root: vault), options: options(fullSite)).build()
        let liveFiles = SiteFixture.files(in: live).filter { !$0.key.hasSuffix(".tend-new") }
        let fullFiles = SiteFixture.files(in: fullSite)
        #expect(Set(liveFiles.keys).subtracting(fullFiles.keys).isEmpty)
        #expect(Set(fullFiles.keys).subtracting(liveFiles.keys).isEmpty, "missing: \(Set(fullFiles.keys).subtracting(liveFiles.keys).sorted())")
        for (path, data) in fullFiles where liveFiles[path] != data {
            Issue.record("\(path) differs after an incremental update (\(change) of \(note))")
        }
        #expect(update.pages.count < fullFiles.count / 2)
    }

    /// Two updates in a row share a cache (as `tend serve` does): a tag added by the second
    /// must not be lost to the tag pages cached by the first.
    @Test func successiveUpdatesWithOneCache() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let vault = try copyOfFixture(in: folder)
        let live = folder.path("live")
        var context = try SiteFixture.context(root: vault)
        var plan = try #require(try SiteBuilder(context: context, options: SiteOptions(output: live)).build().plan)
        let cache = SiteUpdate.Cache()
        for (note, transform) in [("Target.md", { (text: String) in text + "\nMore.\n" }),
                                  ("Embedder.md", { (text: String) in text + "\n#late-tag\n" })] {
            try edit(vault, note, transform)
            let (vaultAfter, notes) = try #require(context.vault.reloadingNotes(atDiskPaths: [note]))
            let resolved = context.resolved.updated(with: vaultAfter, changedNotes: notes)
            context = LintContext(updating: context, resolved: resolved, changedNotes: notes)
            let applied = try SiteUpdate.apply(previous: plan, context: context, changedNotes: notes, siteRoot: live,
                                               options: SiteOptions(output: live), cache: cache)
            plan = try #require(applied).plan
        }
        let fullSite = folder.path("full")
        _ = try SiteBuilder(context: try SiteFixture.context(root: vault), options: SiteOptions(output: fullSite)).build()
        let liveFiles = SiteFixture.files(in: live)
        for (path, data) in SiteFixture.files(in: fullSite) where !path.hasPrefix("search/") && liveFiles[path] != data {
            Issue.record("\(path) differs after two updates")
        }
        #expect(liveFiles["tags/late-tag/index.html"] != nil)
    }

    @Test func titleChangesNeedAFullBuild() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let vault = try copyOfFixture(in: folder)
        let live = folder.path("live")
        let before = try SiteFixture.context(root: vault)
        let first = try SiteBuilder(context: before, options: SiteOptions(output: live)).build()
        try edit(vault, "Guide.md") { $0.replacingOccurrences(of: "title: Guide to Every Construct", with: "title: Renamed") }
        let (vaultAfter, notes) = try #require(before.vault.reloadingNotes(atDiskPaths: ["Guide.md"]))
        let context = LintContext(resolved: before.resolved.updated(with: vaultAfter, changedNotes: notes), config: before.config, asOf: before.asOf)
        let applied = try SiteUpdate.apply(previous: try #require(first.plan), context: context, changedNotes: notes,
                                           siteRoot: live, options: SiteOptions(output: live))
        #expect(applied == nil)
        #expect(before.vault.reloadingNotes(atDiskPaths: ["New Note.md"]) == nil)
    }
}
