import Foundation
import TendLint
import TendVault

/// Re-renders only the pages that a change to some notes' contents can affect, in place in
/// a live site folder (`tend serve`). A change that moves pages, publishes or unpublishes a
/// note, or needs another attachment is not handled here: the caller builds the whole site.
public enum SiteUpdate {
    /// Folder tree and tag pages of the live site, kept between updates (neither changes
    /// unless a title, a publish state or a tag does).
    public final class Cache: @unchecked Sendable {
        var tree: FolderTree?
        var tags: TagPages?

        public init() {}
    }

    public struct Result: Sendable {
        public var pages: [String]
        /// The plan the site now matches (the `previous` of the next update).
        public var plan: SitePlan
        /// Search documents of the re-rendered notes, by note index.
        public var documents: [Int: SearchIndex.Document]
        /// Pages that can wait until the reader's page is back (lists, folders, tags).
        public var deferred: Deferred? = nil
    }

    /// Work that `tend serve` runs after the reload, in order with later updates; the site
    /// equals a full build only once it has run.
    public struct Deferred: Sendable {
        let work: @Sendable () throws(VaultError) -> [String]

        init(_ work: @escaping @Sendable () throws(VaultError) -> [String]) {
            self.work = work
        }

        /// Writes the pages; returns their paths.
        @discardableResult
        public func run() throws(VaultError) -> [String] {
            try work()
        }
    }

    /// Nil when a full build is needed. `previous` is the plan the live site was built from.
    public static func apply(previous: SitePlan, context: LintContext, changedNotes: [Int], siteRoot: String,
                             options: SiteOptions, templates: TemplateSet? = nil, cache: Cache = Cache()) throws(VaultError) -> Result? {
        var clock = PhaseClock(start: DispatchTime.now())
        // Same URLs, attachments and titles, or the whole site must be rebuilt: a title shows in
        // the explorer of many pages (of every page, for a note at the vault's top level).
        guard changedNotes.allSatisfy({ previous.vault.notes[$0].title == context.vault.notes[$0].title }),
              let plan = SitePlan(updating: previous, context: context, changedNotes: changedNotes) else {
            return nil
        }
        clock.mark("update: plan")
        let templateSet: TemplateSet
        if let templates { templateSet = templates } else { templateSet = try loadTemplates(options, context) }
        let tagsChanged = changedNotes.contains { !sameTags(previous.vault.notes[$0], context.vault.notes[$0]) }
        if tagsChanged { cache.tags = nil }
        let pages = SitePages(plan: plan, templates: templateSet, options: options, tree: cache.tree, tags: cache.tags)
        cache.tree = pages.tree
        cache.tags = pages.tags
        clock.mark("update: templates and page set-up")
        let affected = affectedNotes(previous: previous, plan: plan, changed: changedNotes)
        var written: [SitePages.Page] = []
        let published = affected.filter { plan.isPublished(note: $0) }
        let rendered = ParallelMap.map(published) { pages.note($0) }
        written += rendered.map(\.page)
        var documents: [Int: SearchIndex.Document] = [:]
        for (noteIndex, result) in zip(published, rendered) { documents[noteIndex] = result.document }
        clock.mark("update: \(published.count) note pages")
        // Generated pages show of a note its title (unchanged here), description, tags and
        // review facts: they are written again only when one of those changed.
        var folders: Set<Int> = []
        var tagKeys: Set<String> = []
        var reviewChanged = false
        for noteIndex in changedNotes {
            let before = previous.vault.notes[noteIndex], after = plan.vault.notes[noteIndex]
            let sameDescription = before.frontmatter?["description"]?.scalarText == after.frontmatter?["description"]?.scalarText
            let oldReview = previous.context.reviews[noteIndex], newReview = context.reviews[noteIndex]
            let sameReview = oldReview.reviewed == newReview.reviewed && oldReview.owners == newReview.owners
                && oldReview.interval == newReview.interval
            reviewChanged = reviewChanged || !sameReview
            guard !(sameDescription && sameReview && sameTags(before, after)) else { continue }
            for note in [before, after] {
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
        clock.mark("update: \(folders.count) folder pages")
        for entry in pages.tags.entries where tagKeys.contains(entry.key) { written.append(pages.tag(entry)) }
        clock.mark("update: tag pages")
        if tagsChanged, let index = pages.tagIndex() { written.append(index) }
        if reviewChanged { written.append(pages.freshness()) }
        clock.mark("update: tag index, dashboard")
        if reviewChanged || !folders.isEmpty { written += pages.feeds() }
        clock.mark("update: feeds")
        try writeInPlace(written, siteRoot: siteRoot)
        clock.mark("update: write")
        return Result(pages: written.map(\.path), plan: plan, documents: documents)
    }

    /// The same tags, as written and whether in a comment (tag pages show all of that).
    private static func sameTags(_ before: Note, _ after: Note) -> Bool {
        before.tags.map(\.key) == after.tags.map(\.key) && before.tags.map(\.name) == after.tags.map(\.name)
            && before.tags.map(\.inComment) == after.tags.map(\.inComment)
    }

    static func loadTemplates(_ options: SiteOptions, _ context: LintContext) throws(VaultError) -> TemplateSet {
        try TemplateSet(overrides: options.templateOverrides ?? context.vault.root + "/.tend/site-templates")
    }

    /// Notes whose page shows something of a changed note: the note itself; notes that embed
    /// it, transitively; notes that link to it when its headings or block ids changed; and the
    /// notes it started or stopped linking to (their backlinks list it).
    static func affectedNotes(previous: SitePlan, plan: SitePlan, changed: [Int]) -> [Int] {
        var affected = Set(changed)
        let resolved = plan.resolved
        // Embedders, transitively; and every linking note when the note's anchors changed
        // (a heading or block it names may be gone or new).
        var queue = changed
        while let noteIndex = queue.popLast() {
            let file = resolved.noteFiles[noteIndex]
            let before = previous.vault.notes[noteIndex], after = plan.vault.notes[noteIndex]
            let sameAnchors = changed.contains(noteIndex)
                ? before.headings.map(\.anchor) == after.headings.map(\.anchor) && before.blockIDs.map(\.key) == after.blockIDs.map(\.key)
                : true
            for reference in resolved.incoming[file] + previous.resolved.incoming[file] {
                let isEmbed = resolved.vault.notes[reference.note].links[safe: reference.link]?.syntax.isEmbed == true
                guard isEmbed || !sameAnchors, affected.insert(reference.note).inserted, isEmbed else { continue }
                queue.append(reference.note)
            }
        }
        // The notes it links to list it among their backlinks: they change only when the set
        // of notes it links to changes (its title, shown there, is the same on this path).
        for noteIndex in changed {
            let before = Set(previous.resolved.resolutions[noteIndex].compactMap(\.target))
            let after = Set(resolved.resolutions[noteIndex].compactMap(\.target))
            for target in before.symmetricDifference(after) {
                if let targetNote = plan.vault.files[target].noteIndex { affected.insert(targetNote) }
            }
        }
        return affected.sorted()
    }

    /// Rewrites the search index of a live site from every page's search document.
    public static func writeSearchIndex(_ documents: [SearchIndex.Document], siteRoot: String) throws(VaultError) {
        let files = SearchIndex.fileBytes(for: documents)
        for file in files {
            try writeInPlace(file, siteRoot: siteRoot)
        }
        // A term shard no document needs any more goes: a full build would not have it.
        let kept = Set(files.map(\.0))
        let folder = siteRoot + "/search/terms"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasSuffix(".json") && !kept.contains("search/terms/" + name) {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    /// Replaces one file of a live site: write beside it, then rename over it, so a reader
    /// never gets half a page. A file that already holds these bytes is left alone.
    static func writeInPlace(_ page: SitePages.Page, siteRoot: String) throws(VaultError) {
        let target = siteRoot + "/" + page.path
        if FileBytes.equal(target, page.bytes) { return }
        let temporary = target + ".tend-new"
        var written = FileBytes.write(temporary, page.bytes)
        if !written {
            // The page's folder is new (a new note or tag): make it, then try once more.
            try? FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            written = FileBytes.write(temporary, page.bytes)
        }
        guard written, rename(temporary, target) == 0 else {
            unlink(temporary)
            throw VaultError(step: .write, file: target, reason: "the page cannot be written", fix: "check free space and permissions")
        }
    }

    /// `writeInPlace` for many pages, on all cores; the first failure is thrown.
    static func writeInPlace(_ pages: [SitePages.Page], siteRoot: String) throws(VaultError) {
        let failure = FirstError()
        _ = ParallelMap.map(pages) { page -> Bool in
            do throws(VaultError) { try writeInPlace(page, siteRoot: siteRoot) } catch { failure.record(error) }
            return true
        }
        if let error = failure.error { throw error }
    }
}
