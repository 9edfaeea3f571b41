import Foundation
import TendLint
import TendVault

/// Updates a live site after notes were added, removed or renamed, or changed their title or
/// URL (`tend serve`): what `SiteUpdate` cannot do in place, without rendering every page.
///
/// The plan, folder tree and tag pages are made again (they are cheap); pages are rendered
/// again only when what they show changed: a note read again, a link that now resolves
/// elsewhere, a backlinks list, an explorer listing, a folder or tag listing. Nil when the
/// change reaches every page (the vault root's listing, shown in every page's explorer) or
/// the attachments: the caller builds the whole site then.
public enum SiteRestructure {
    public static func apply(previous: SitePlan, context: LintContext, change: VaultChange, siteRoot: String,
                             options: SiteOptions, templates: TemplateSet? = nil,
                             cache: SiteUpdate.Cache = SiteUpdate.Cache()) throws(VaultError) -> SiteUpdate.Result? {
        var clock = PhaseClock(start: DispatchTime.now())
        let plan = SitePlan(context: context, basePath: previous.basePath)
        let attachmentPaths = { (plan: SitePlan) in Set(plan.attachments.map { plan.vault.files[$0].path }) }
        guard attachmentPaths(plan) == attachmentPaths(previous) else { return nil }
        clock.mark("restructure: plan")
        let oldTree = cache.tree ?? FolderTree(plan: previous), oldTags = cache.tags ?? TagPages(plan: previous)
        let templateSet: TemplateSet
        if let templates { templateSet = templates } else { templateSet = try SiteUpdate.loadTemplates(options, context) }
        // Note pages do not list tags: the tag pages are made again with the generated pages.
        let pages = SitePages(plan: plan, templates: templateSet, options: options, tags: oldTags)
        clock.mark("restructure: pages set-up")

        let diff = PlanDiff(previous: previous, plan: plan, change: change)
        let changedFolders = diff.changedFolders(old: oldTree, new: pages.tree)
        let explorerChanges = diff.changedFolders(old: oldTree, new: pages.tree, explorer: true)
        guard !explorerChanges.contains("") else { return nil }
        let notes = diff.affectedNotes(explorerChanges: explorerChanges)
        clock.mark("restructure: \(notes.count) affected notes")

        let rendered = ParallelMap.map(notes) { pages.note($0) }
        var documents: [Int: SearchIndex.Document] = [:]
        for (noteIndex, result) in zip(notes, rendered) { documents[noteIndex] = result.document }
        clock.mark("restructure: note pages")
        try SiteUpdate.writeInPlace(rendered.map(\.page), siteRoot: siteRoot)
        let gone = diff.notePagePaths(previous).subtracting(diff.notePagePaths(plan))
        for path in gone.sorted() { removePage(path, siteRoot: siteRoot) }
        clock.mark("restructure: write \(rendered.count), remove \(gone.count)")
        cache.tree = pages.tree

        // Folder, tag and list pages: after the reload, in `tend serve` (`Deferred`).
        let tree = pages.tree
        let deferred = SiteUpdate.Deferred { () throws(VaultError) -> [String] in
            var clock = PhaseClock(start: DispatchTime.now())
            let pages = SitePages(plan: plan, templates: templateSet, options: options, tree: tree)
            var written: [SitePages.Page] = []
            // Folder pages whose listing or explorer changed, and those a note's URL no longer hides.
            let freed = diff.noteURLs(previous).subtracting(pages.noteURLs)
            for (index, folder) in pages.tree.folders.enumerated()
            where changedFolders.contains(folder.path) || PlanDiff.inside(folder.path, explorerChanges) || freed.contains(folder.sitePath) {
                if let page = pages.folder(index) { written.append(page) }
            }
            let changedTags = diff.changedTags(old: oldTags, new: pages.tags)
            for entry in pages.tags.entries where changedTags.contains(entry.key) { written.append(pages.tag(entry)) }
            if !changedTags.isEmpty || freed.contains("/tags/"), let index = pages.tagIndex() { written.append(index) }
            if diff.listsChanged {
                written.append(pages.freshness())
                written += pages.feeds()
            }
            try SiteUpdate.writeInPlace(written, siteRoot: siteRoot)
            let stale = diff.pagePaths(previous, tree: oldTree, tags: oldTags)
                .subtracting(diff.pagePaths(plan, tree: pages.tree, tags: pages.tags))
            for path in stale.sorted() { removePage(path, siteRoot: siteRoot) }
            cache.tags = pages.tags
            clock.mark("restructure, after the reload: write \(written.count), remove \(stale.count)")
            return written.map(\.path)
        }
        return SiteUpdate.Result(pages: rendered.map(\.page.path), plan: plan, documents: documents, deferred: deferred)
    }

    /// Deletes a page that no longer exists, then its folders as far up as they are empty.
    private static func removePage(_ path: String, siteRoot: String) {
        var target = siteRoot + "/" + path
        try? FileManager.default.removeItem(atPath: target)
        while true {
            target = (target as NSString).deletingLastPathComponent
            guard target.count > siteRoot.count, rmdir(target) == 0 else { break }
        }
    }
}
