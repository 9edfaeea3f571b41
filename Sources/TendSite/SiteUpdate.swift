import Foundation
import TendLint
import TendVault

/// Re-renders only the pages that a change to some notes' contents can affect, in place in
/// a live site folder (`tend serve`). A change that moves pages, publishes or unpublishes a
/// note, or needs another attachment is not handled here: the caller builds the whole site.
public enum SiteUpdate {
    public struct Result: Sendable {
        public var pages: [String]
        /// The plan the site now matches (the `previous` of the next update).
        public var plan: SitePlan
        /// Search documents of the re-rendered notes, by note index.
        public var documents: [Int: SearchIndex.Document]
    }

    /// Nil when a full build is needed. `previous` is the plan the live site was built from.
    public static func apply(previous: SitePlan, context: LintContext, changedNotes: [Int], siteRoot: String,
                             options: SiteOptions) throws(VaultError) -> Result? {
        let plan = SitePlan(context: context, basePath: options.basePath)
        // Same URLs, attachments and titles, or the whole site must be rebuilt: a title shows in
        // the explorer of many pages (of every page, for a note at the vault's top level).
        guard plan.urls == previous.urls, plan.attachments == previous.attachments, plan.homeNote == previous.homeNote,
              changedNotes.allSatisfy({ previous.vault.notes[$0].title == plan.vault.notes[$0].title }) else {
            return nil
        }
        let templates = try TemplateSet(overrides: options.templateOverrides ?? context.vault.root + "/.tend/site-templates")
        let pages = SitePages(plan: plan, templates: templates, options: options)
        let affected = affectedNotes(previous: previous, plan: plan, changed: changedNotes)
        var written: [SitePages.Page] = []
        let published = affected.filter { plan.isPublished(note: $0) }
        let rendered = ParallelMap.map(published) { pages.note($0) }
        written += rendered.map(\.page)
        var documents: [Int: SearchIndex.Document] = [:]
        for (noteIndex, result) in zip(published, rendered) { documents[noteIndex] = result.document }
        // The folder pages that list a changed note, the tag pages of its old and new tags,
        // the tag index and the dashboard.
        var folders: Set<Int> = []
        var tagKeys: Set<String> = []
        for noteIndex in changedNotes {
            for note in [previous.vault.notes[noteIndex], plan.vault.notes[noteIndex]] {
                for path in [""] + FolderTree.ancestry(note.folder) {
                    if let folder = pages.tree.folder(path: path) { folders.insert(folder) }
                }
                for tag in note.tags {
                    let parts = tag.key.split(separator: "/")
                    for depth in parts.indices { tagKeys.insert(parts[...depth].joined(separator: "/")) }
                }
            }
        }
        for folder in folders.sorted() { if let page = pages.folder(folder) { written.append(page) } }
        for entry in pages.tags.entries where tagKeys.contains(entry.key) { written.append(pages.tag(entry)) }
        if let index = pages.tagIndex() { written.append(index) }
        written.append(pages.freshness())
        written.append(pages.notFound())
        written += pages.feeds()
        for page in written { try writeInPlace(page, siteRoot: siteRoot) }
        return Result(pages: written.map(\.path), plan: plan, documents: documents)
    }

    /// Notes whose page shows something of a changed note: the note itself; notes that link
    /// to it (a heading they name may be gone) and, through embeds, transitively; the notes
    /// it links to, before and after (their backlinks list it).
    static func affectedNotes(previous: SitePlan, plan: SitePlan, changed: [Int]) -> [Int] {
        var affected = Set(changed)
        let resolved = plan.resolved
        // Embedders, transitively.
        var queue = changed
        while let noteIndex = queue.popLast() {
            let file = resolved.noteFiles[noteIndex]
            for reference in resolved.incoming[file] + previous.resolved.incoming[file] {
                let link = resolved.vault.notes[reference.note].links[safe: reference.link]
                // Every linking note: a heading or block it names may be gone or new.
                let isNew = affected.insert(reference.note).inserted
                if isNew && link?.syntax.isEmbed == true { queue.append(reference.note) }
            }
        }
        for noteIndex in changed {
            for resolutions in [previous.resolved.resolutions[noteIndex], resolved.resolutions[noteIndex]] {
                for resolution in resolutions {
                    if let target = resolution.target, let targetNote = plan.vault.files[target].noteIndex { affected.insert(targetNote) }
                }
            }
        }
        return affected.sorted()
    }

    /// Rewrites the search index of a live site from every page's search document.
    public static func writeSearchIndex(_ documents: [SearchIndex.Document], siteRoot: String) throws(VaultError) {
        for (name, text) in SearchIndex.files(for: documents) {
            try writeInPlace((name, Array(text.utf8)), siteRoot: siteRoot)
        }
    }

    /// Replaces one file of a live site: write beside it, then rename over it, so a reader
    /// never gets half a page.
    static func writeInPlace(_ page: SitePages.Page, siteRoot: String) throws(VaultError) {
        let target = siteRoot + "/" + page.path
        let temporary = target + ".tend-new"
        try? FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: temporary, contents: Data(page.bytes)), rename(temporary, target) == 0 else {
            throw VaultError(step: .write, file: target, reason: "the page cannot be written", fix: "check free space and permissions")
        }
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
