import Foundation
import TendMarkdown
import TendVault

/// Builds the Mustache context of every kind of page (keys documented in
/// `site-templates/README.md`). All URLs carry the base path already.
///
/// A class: its caches and per-note tables are shared, and pages pass it around a lot.
final class PageContexts: Sendable {
    let plan: SitePlan
    let tree: FolderTree
    let siteTitle: String
    let siteDescription: String
    let language: String
    let origin: String?
    let editURL: String?
    let assetVersion: String
    /// Templates for the explorer (nil in tests that only look at contexts).
    let explorerTemplates: TemplateSet?
    /// The explorer of each open folder, as bytes (see `PageExplorer.swift`).
    let explorerCache = SharedCache<String, SharedExplorer>()
    /// Entries listed per folder in the explorer; the rest are on the folder's page.
    static let explorerLimit = 50

    /// Per note index, computed once: a `Note` is a large value, and pages ask for these often.
    let titles: [String]
    let descriptions: [String]
    /// Each note's place in the order by title (then index), for sorting backlinks: the
    /// explorer's order (`NaturalSortKey`), so "Step 2" comes before "Step 10" in both.
    let titleRanks: [Int]
    /// The inverse of `titleRanks`: the note of each rank.
    let notesByTitleRank: [Int]
    /// Each note's explorer node when it is not the current page, by note index. Made up
    /// front: every explorer lists them, and a locked cache cost more than making them all.
    let plainNodes: [TemplateValue]
    /// Each folder's explorer node when it is closed, by folder index: most folders of
    /// every explorer are closed, and these are the same in all of them.
    let closedFolderNodes: [TemplateValue]
    /// Each note's entry in the backlinks of the notes it links to, by note index: shared
    /// entries are not built and freed again on every page that lists them.
    let backlinkEntries: [TemplateValue]
    /// Tag page URLs by tag key: slugging a tag costs more than looking it up.
    let tagURLs = SharedCache<String, String>()
    /// The breadcrumbs of note pages, by the note's folder.
    let noteCrumbs = SharedCache<String, TemplateValue>()
    /// The URL of each folder of `tree`, by folder index.
    let folderURLs: [String]
    /// `site` and `assets`, the same on every page.
    let siteValue: TemplateValue
    let assetsValue: TemplateValue

    init(plan: SitePlan, tree: FolderTree, siteTitle: String, siteDescription: String, language: String,
         origin: String?, editURL: String?, assetVersion: String, templates: TemplateSet? = nil) {
        self.plan = plan
        self.tree = tree
        self.siteTitle = siteTitle
        self.siteDescription = siteDescription
        self.language = language
        self.origin = origin
        self.editURL = editURL
        self.assetVersion = assetVersion
        self.explorerTemplates = templates
        titles = plan.vault.notes.map(\.title)
        descriptions = plan.vault.notes.map { $0.frontmatter?["description"]?.scalarText ?? "" }
        let sortKeys = titles.map(NaturalSortKey.of)
        let byRank = sortKeys.indices.sorted(by: { (sortKeys[$0], $0) < (sortKeys[$1], $1) })
        var ranks = [Int](repeating: 0, count: sortKeys.count)
        for (rank, noteIndex) in byRank.enumerated() {
            ranks[noteIndex] = rank
        }
        titleRanks = ranks
        notesByTitleRank = byRank
        let folderURLs = tree.folders.map { URLEncoding.encode(plan.link($0.sitePath)) }
        self.folderURLs = folderURLs
        let titles = self.titles
        plainNodes = plan.vault.notes.indices.map { noteIndex in
            Self.explorerNode(title: titles[noteIndex], url: plan.href(note: noteIndex) ?? "", isCurrent: false)
        }
        closedFolderNodes = tree.folders.indices.map { Self.closedFolderNode(tree.folders[$0], url: folderURLs[$0]) }
        // Each entry's strings are copied next to its fields: a page reads some thirty entries
        // of notes anywhere in the vault, and the strings the vault model holds lie scattered.
        backlinkEntries = plan.vault.notes.indices.map { noteIndex in
            let title = Self.adjacentCopy(titles[noteIndex])
            let url = Self.adjacentCopy(plan.href(note: noteIndex) ?? "")
            let path = Self.adjacentCopy(plan.vault.notes[noteIndex].path)
            return ["title": .string(title), "url": .string(url), "path": .string(path)]
        }
        siteValue = [
            "title": .string(siteTitle), "description": .string(siteDescription), "language": .string(language),
            "home": .string(plan.basePath), "tagsURL": .string(plan.link("/tags/")), "freshnessURL": .string(plan.link("/freshness/")),
            "feedURL": .string(plan.link("/feed.xml")), "searchURL": .string(plan.link("/search/")),
        ]
        assetsValue = ["css": .string(plan.link("/assets/style.css") + "?v=" + assetVersion),
                       "js": .string(plan.link("/assets/site.js") + "?v=" + assetVersion)]
    }

    // MARK: Common keys

    func common(kind: String, title: String, description: String, sitePath: String,
                currentNote: Int? = nil, folderPath: String? = nil) -> TemplateValue {
        let url = URLEncoding.encode(plan.link(sitePath))
        var context: TemplateValue = [
            "site": siteValue,
            "assets": assetsValue,
            "page": ["kind": .string(kind), "isHome": .bool(kind == "home"), "title": .string(title),
                     "description": .string(description), "url": .string(url),
                     "canonical": .string(origin.map { $0 + url } ?? "")],
            "generator": "Tend",
        ]
        // `plan.vault.notes[…]` in one expression: `notes` returns the array retained, an
        // atomic count on the one array every page thread reads.
        let openFolder = currentNote.map { PathParts.folder(of: plan.vault.notes[$0].path) } ?? folderPath ?? ""
        context.set("explorerHTML", .utf8(explorerHTML(openFolder: openFolder, currentNote: currentNote)))
        if kind == "home" {
            context.set("breadcrumbs", .list([]))
        } else if folderPath == nil {
            context.set("breadcrumbs", noteCrumbs.value(for: openFolder) { breadcrumbs(openFolder, dropLast: 0) })
        } else {
            context.set("breadcrumbs", breadcrumbs(openFolder, dropLast: 1))
        }
        return context
    }

    /// Home, then the folders from the top down to `folder`, less the last `dropLast`.
    private func breadcrumbs(_ folder: String, dropLast: Int) -> TemplateValue {
        var crumbs: [TemplateValue] = [["title": "Home", "url": .string(plan.basePath)]]
        for path in FolderTree.ancestry(folder).dropLast(dropLast) {
            crumbs.append(["title": .string(PathParts.fileName(path)), "url": .string(folderURL(path))])
        }
        return .list(crumbs)
    }

    func folderURL(_ path: String) -> String {
        if let folder = tree.folder(path: path) { return folderURLs[folder] }
        return URLEncoding.encode(plan.link(FolderTree.sitePath(ofFolder: path)))
    }

    // MARK: Notes

    /// `html` is the rendered body as UTF-8, appended to the page as it is.
    func notePage(_ noteIndex: Int, html: [UInt8], isHome: Bool) -> TemplateValue {
        let note = plan.vault.notes[noteIndex]
        let description = descriptions[noteIndex]
        var context = common(kind: isHome ? "home" : "note", title: titles[noteIndex], description: description,
                             sitePath: plan.urls[plan.resolved.noteFiles[noteIndex]] ?? "/", currentNote: noteIndex)
        // Headings and tags read by index, field by field: `filter` and `map` copied each
        // whole element (several strings, an atomic retain and release each).
        let headings = note.headings
        var toc: [TemplateValue] = []
        for index in headings.indices where headings[index].isLinkable && headings[index].level >= 2 {
            let level = headings[index].level
            toc.append(["level": .int(level), "text": .string(HeadingLabel.text(headings[index].plainText)),
                        "anchor": .string(URLEncoding.encode(headings[index].anchor)), "indent": .int(level - 2)])
        }
        context.set("toc", .list(toc))
        context.set("hasToc", .bool(toc.count >= 2))
        let backlinks = self.backlinks(noteIndex)
        context.set("backlinks", .list(backlinks))
        context.set("hasBacklinks", .bool(!backlinks.isEmpty))
        // A list, not a Set: a note has a handful of tags, and hashing each key (SipHash) and
        // growing a Set cost ~1,300 instructions a tag.
        var seenTags: [String] = []
        let noteTags = note.tags
        var tags: [TemplateValue] = []
        for index in noteTags.indices where !noteTags[index].inComment && !seenTags.contains(noteTags[index].key) {
            let key = noteTags[index].key
            seenTags.append(key)
            tags.append(["name": .string(noteTags[index].name), "url": .string(tagURL(key)),
                         "isTodo": .bool(key == "todo" || key.hasPrefix("todo/"))])
        }
        context.set("tags", .list(tags))
        context.set("hasTags", .bool(!tags.isEmpty))
        context.set("review", review(noteIndex))
        context.set("editURL", .string(editURL.map { $0 + URLEncoding.encode(note.path) } ?? ""))
        // No description is null, not "": a vault's template written for the earlier default
        // (`{{#note.description}}…`) shows nothing for null, where "" made an empty paragraph.
        context.set("note", ["title": .string(titles[noteIndex]), "description": description.isEmpty ? .null : .string(description),
                             "path": .string(note.path),
                             "html": .utf8(html), "aliases": .list(note.aliases.map { .string($0) })])
        return context
    }

    /// A copy of `text` in storage of its own, allocated now.
    static func adjacentCopy(_ text: String) -> String {
        let count = text.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            _ = buffer.initialize(fromContentsOf: text.utf8)
            return count
        }
    }

    /// Published notes that link to or embed this one, once each, by title.
    func backlinks(_ noteIndex: Int) -> [TemplateValue] {
        // Through `plan.resolved.…` each time, not a local copy of it: copying the resolved vault
        // retains each of its arrays, atomic counts that every page thread shares.
        let file = plan.resolved.noteFiles[noteIndex]
        // The sources' title ranks, sorted as plain Ints and mapped back to notes: one pass and
        // an Int sort, where mapping, filtering and sorting with a closure cost ~8,000
        // instructions a page. `backlinks(toFile:)` leaves out the note's links to itself.
        var ranks: [Int] = []
        for reference in plan.resolved.backlinks(toFile: file) where plan.isPublished(note: reference.note) {
            ranks.append(titleRanks[reference.note])
        }
        ranks.sort()
        var entries: [TemplateValue] = []
        entries.reserveCapacity(ranks.count)
        var previous = -1
        for rank in ranks where rank != previous {
            entries.append(backlinkEntries[notesByTitleRank[rank]])
            previous = rank
        }
        return entries
    }

    /// The note's review state on the build's date.
    private func state(of noteIndex: Int) -> ReviewState {
        plan.context.reviews[noteIndex].state(asOf: plan.context.asOf, dueSoon: plan.context.config.freshness.dueSoon)
    }

    func review(_ noteIndex: Int) -> TemplateValue {
        let review = plan.context.reviews[noteIndex]
        let summary = ReviewSummary(state: state(of: noteIndex), asOf: plan.context.asOf)
        return [
            "state": .string(summary.state), "label": .string(summary.label),
            "reviewed": .string(review.reviewed?.description ?? ""), "hasDate": .bool(review.reviewed != nil),
            "owner": .string(review.owners.joined(separator: ", ")), "hasOwner": .bool(!review.owners.isEmpty),
            "due": .string(review.due?.description ?? ""), "daysOverdue": .int(summary.daysOverdue),
            "isStale": .bool(summary.state == "stale"), "isDueSoon": .bool(summary.state == "due-soon"),
            "isFuture": .bool(summary.state == "future"),
        ]
    }

    // MARK: Folders, tags, freshness

    func folderPage(_ folderIndex: Int) -> TemplateValue {
        let folder = tree.folders[folderIndex]
        var context = common(kind: "folder", title: folder.name, description: "Pages in \(folder.path)",
                             sitePath: FolderTree.sitePath(ofFolder: folder.path), folderPath: folder.path)
        var entries: [TemplateValue] = folder.subfolders.map {
            ["title": .string(tree.folders[$0].name), "url": .string(folderURLs[$0]), "isFolder": true,
             "description": "", "reviewState": "", "reviewLabel": ""]
        }
        for noteIndex in folder.notes {
            let state = state(of: noteIndex)
            entries.append(["title": .string(titles[noteIndex]), "url": .string(plan.href(note: noteIndex) ?? ""), "isFolder": false,
                            "description": .string(descriptions[noteIndex]),
                            "reviewState": .string(ReviewSummary.stateName(state)),
                            "reviewLabel": .string(ReviewSummary.shortLabel(state))])
        }
        context.set("folder", ["title": .string(folder.name), "path": .string(folder.path)])
        context.set("entries", .list(entries))
        context.set("hasEntries", .bool(!entries.isEmpty))
        return context
    }

    func tagsPage(_ tags: TagPages) -> TemplateValue {
        var context = common(kind: "tags", title: "Tags", description: "Every tag in the handbook", sitePath: "/tags/")
        context.set("tags", .list(tags.entries.map {
            ["name": .string($0.name), "url": .string(tagURL($0.key)), "count": .int($0.notes.count),
             "depth": .int($0.key.split(separator: "/").count - 1)]
        }))
        return context
    }

    func tagURL(_ key: String) -> String {
        tagURLs.value(for: key) { URLEncoding.encode(plan.link(TagPages.path(forTag: key))) }
    }

    func tagPage(_ entry: TagPages.Entry, all: TagPages) -> TemplateValue {
        var context = common(kind: "tag", title: "#" + entry.name, description: "Pages tagged #\(entry.name)",
                             sitePath: TagPages.path(forTag: entry.key))
        context.set("tag", ["name": .string(entry.name), "url": .string(tagURL(entry.key))])
        // By title in the explorer's order (numbers by value, case ignored), as folder pages
        // and backlinks list notes; `entry.notes` is in vault order.
        context.set("notes", .list(entry.notes.sorted { titleRanks[$0] < titleRanks[$1] }.map {
            ["title": .string(titles[$0]), "url": .string(plan.href(note: $0) ?? ""), "path": .string(plan.vault.notes[$0].path),
             "description": .string(descriptions[$0])]
        }))
        let depth = entry.key.split(separator: "/").count
        context.set("children", .list(all.entries.filter { $0.key.hasPrefix(entry.key + "/") && $0.key.split(separator: "/").count == depth + 1 }.map {
            ["name": .string($0.name), "url": .string(tagURL($0.key)), "count": .int($0.notes.count)]
        }))
        if let slash = entry.key.lastIndex(of: "/") {
            let parent = String(entry.key[..<slash])
            context.set("parent", ["name": .string(all.entries.first { $0.key == parent }?.name ?? parent), "url": .string(tagURL(parent))])
        }
        return context
    }

    func notFoundPage() -> TemplateValue {
        common(kind: "404", title: "Page not found", description: "", sitePath: "/404.html")
    }
}

/// A review state as the site words it.
struct ReviewSummary {
    var state: String
    var label: String
    var daysOverdue: Int = 0
    var daysLeft: Int = 0

    /// The name of a state (`state`; the CSS classes and templates use it).
    static func stateName(_ state: ReviewState) -> String {
        switch state {
        case .fresh: return "fresh"
        case .dueSoon: return "due-soon"
        case .overdue: return "stale"
        case .missingDate: return "unknown"
        case .inFuture: return "future"
        }
    }

    /// The state in a word or two, for a badge beside a page's name in a list.
    static func shortLabel(_ state: ReviewState) -> String {
        switch state {
        case .fresh: return "Fresh"
        case .dueSoon: return "Due soon"
        case .overdue: return "Stale"
        case .missingDate: return "No review date"
        case .inFuture: return "Future date"
        }
    }

    /// `asOf` is the build's date: a fresh page's days left count from it.
    init(state: ReviewState, asOf: CivilDate) {
        self.state = Self.stateName(state)
        switch state {
        case .fresh(let due):
            label = "Next review by \(due)"
            daysLeft = asOf.days(until: due)
        case .dueSoon(let due, let days):
            label = days == 0 ? "Review due today" : "Review due in \(days) day\(days == 1 ? "" : "s") (\(due))"
            daysLeft = days
        case .overdue(_, let days):
            label = "Overdue by \(days) day\(days == 1 ? "" : "s")"
            daysOverdue = days
        case .missingDate:
            label = "No review date"
        case .inFuture:
            label = "Review date is in the future"
        }
    }
}
