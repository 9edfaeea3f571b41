import TendMarkdown
import TendVault

/// Builds the Mustache context of every kind of page (keys documented in
/// `site-templates/README.md`). All URLs carry the base path already.
struct PageContexts: Sendable {
    let plan: SitePlan
    let tree: FolderTree
    let siteTitle: String
    let siteDescription: String
    let language: String
    let origin: String?
    let editURL: String?
    let assetVersion: String
    /// Entries listed per folder in the explorer; the rest are on the folder's page.
    static let explorerLimit = 50

    var notes: [Note] { plan.vault.notes }

    // MARK: Common keys

    func common(kind: String, title: String, description: String, sitePath: String,
                currentNote: Int? = nil, folderPath: String? = nil) -> [String: Any] {
        let url = plan.link(sitePath)
        var context: [String: Any] = [
            "site": [
                "title": siteTitle, "description": siteDescription, "language": language,
                "home": plan.basePath, "tagsURL": plan.link("/tags/"), "freshnessURL": plan.link("/freshness/"),
                "feedURL": plan.link("/feed.xml"), "searchURL": plan.link("/search/"),
            ] as [String: Any],
            "assets": ["css": plan.link("/assets/style.css") + "?v=" + assetVersion,
                       "js": plan.link("/assets/site.js") + "?v=" + assetVersion],
            "page": ["kind": kind, "title": title, "description": description, "url": HTMLEscaping.encodeURL(url),
                     "canonical": origin.map { $0 + HTMLEscaping.encodeURL(url) } ?? ""],
            "generator": "Tend",
        ]
        let openFolder = currentNote.map { notes[$0].folder } ?? folderPath ?? ""
        context["explorer"] = explorerNodes(folder: 0, openPath: openFolder, currentNote: currentNote, currentFolder: folderPath)
        var crumbs: [[String: Any]] = []
        if kind != "home" {
            crumbs.append(["title": "Home", "url": plan.basePath])
            let ancestry = FolderTree.ancestry(openFolder)
            for path in ancestry.dropLast(folderPath != nil ? 1 : 0) {
                crumbs.append(["title": path.split(separator: "/").last.map(String.init) ?? path, "url": folderURL(path)])
            }
        }
        context["breadcrumbs"] = crumbs
        return context
    }

    func folderURL(_ path: String) -> String {
        HTMLEscaping.encodeURL(plan.link(FolderTree.sitePath(ofFolder: path)))
    }

    private func explorerNodes(folder index: Int, openPath: String, currentNote: Int?, currentFolder: String?) -> [[String: Any]] {
        let folder = tree.folders[index]
        var nodes: [[String: Any]] = []
        for subfolder in folder.subfolders {
            let child = tree.folders[subfolder]
            let isOpen = openPath == child.path || openPath.hasPrefix(child.path + "/")
            nodes.append([
                "title": child.name, "url": folderURL(child.path), "isFolder": true,
                "isCurrent": currentFolder == child.path, "isOpen": isOpen,
                "children": isOpen ? explorerNodes(folder: subfolder, openPath: openPath, currentNote: currentNote, currentFolder: currentFolder) : [],
            ])
        }
        let limit = Self.explorerLimit
        var listed = Array(folder.notes.prefix(limit))
        if let currentNote, folder.notes.count > limit, !listed.contains(currentNote), folder.notes.contains(currentNote) {
            listed.append(currentNote)
        }
        for noteIndex in listed {
            nodes.append([
                "title": notes[noteIndex].title, "url": plan.href(note: noteIndex) ?? "", "isFolder": false,
                "isCurrent": noteIndex == currentNote, "isOpen": false, "children": [] as [Any],
            ])
        }
        if folder.notes.count > listed.count {
            nodes.append(["title": "", "isFolder": false, "isCurrent": false, "isOpen": false, "children": [] as [Any],
                          "more": ["count": folder.notes.count - listed.count, "url": folderURL(folder.path)]])
        }
        return nodes
    }

    // MARK: Notes

    func notePage(_ noteIndex: Int, html: String, isHome: Bool) -> [String: Any] {
        let note = notes[noteIndex]
        let description = note.frontmatter?["description"]?.scalarText ?? ""
        var context = common(kind: isHome ? "home" : "note", title: note.title, description: description,
                             sitePath: plan.urls[plan.resolved.noteFiles[noteIndex]] ?? "/", currentNote: noteIndex)
        let toc: [[String: Any]] = note.headings.filter { $0.isLinkable && $0.level >= 2 }.map {
            ["level": $0.level, "text": $0.plainText, "anchor": HTMLEscaping.encodeURL($0.anchor), "indent": $0.level - 2]
        }
        context["toc"] = toc
        context["hasToc"] = toc.count >= 2
        let backlinks = self.backlinks(noteIndex)
        context["backlinks"] = backlinks
        context["hasBacklinks"] = !backlinks.isEmpty
        var seenTags: Set<String> = []
        let tags: [[String: Any]] = note.tags.filter { !$0.inComment && seenTags.insert($0.key).inserted }.map {
            ["name": $0.name, "url": HTMLEscaping.encodeURL(plan.link(TagPages.path(forTag: $0.key))),
             "isTodo": $0.key == "todo" || $0.key.hasPrefix("todo/")]
        }
        context["tags"] = tags
        context["hasTags"] = !tags.isEmpty
        context["review"] = review(noteIndex)
        context["editURL"] = editURL.map { $0 + HTMLEscaping.encodeURL(note.path) } ?? ""
        context["note"] = ["title": note.title, "description": description, "path": note.path, "html": html,
                           "aliases": note.aliases]
        return context
    }

    /// Published notes that link to or embed this one, once each, by title.
    func backlinks(_ noteIndex: Int) -> [[String: Any]] {
        let file = plan.resolved.noteFiles[noteIndex]
        var sources = Set(plan.resolved.backlinks(toFile: file).map(\.note))
        sources = sources.filter { plan.isPublished(note: $0) }
        return sources.sorted { (notes[$0].title.lowercased(), $0) < (notes[$1].title.lowercased(), $1) }.map {
            ["title": notes[$0].title, "url": plan.href(note: $0) ?? "", "path": notes[$0].path]
        }
    }

    func review(_ noteIndex: Int) -> [String: Any] {
        let review = plan.context.reviews[noteIndex]
        let state = review.state(asOf: plan.context.asOf, dueSoon: plan.context.config.freshness.dueSoon)
        let summary = ReviewSummary(state: state)
        return [
            "state": summary.state, "label": summary.label,
            "reviewed": review.reviewed?.description ?? "", "hasDate": review.reviewed != nil,
            "owner": review.owners.joined(separator: ", "), "hasOwner": !review.owners.isEmpty,
            "due": review.due?.description ?? "", "daysOverdue": summary.daysOverdue,
            "isStale": summary.state == "stale", "isDueSoon": summary.state == "due-soon", "isFuture": summary.state == "future",
        ]
    }

    // MARK: Folders, tags, freshness

    func folderPage(_ folderIndex: Int) -> [String: Any] {
        let folder = tree.folders[folderIndex]
        var context = common(kind: "folder", title: folder.name, description: "Pages in \(folder.path)",
                             sitePath: FolderTree.sitePath(ofFolder: folder.path), folderPath: folder.path)
        var entries: [[String: Any]] = folder.subfolders.map {
            ["title": tree.folders[$0].name, "url": folderURL(tree.folders[$0].path), "isFolder": true, "description": "", "reviewState": ""]
        }
        for noteIndex in folder.notes {
            entries.append(["title": notes[noteIndex].title, "url": plan.href(note: noteIndex) ?? "", "isFolder": false,
                            "description": notes[noteIndex].frontmatter?["description"]?.scalarText ?? "",
                            "reviewState": review(noteIndex)["state"] ?? ""])
        }
        context["folder"] = ["title": folder.name, "path": folder.path]
        context["entries"] = entries
        context["hasEntries"] = !entries.isEmpty
        return context
    }

    func tagsPage(_ tags: TagPages) -> [String: Any] {
        var context = common(kind: "tags", title: "Tags", description: "Every tag in the handbook", sitePath: "/tags/")
        context["tags"] = tags.entries.map {
            ["name": $0.name, "url": HTMLEscaping.encodeURL(plan.link(TagPages.path(forTag: $0.key))), "count": $0.notes.count,
             "depth": $0.key.split(separator: "/").count - 1] as [String: Any]
        }
        return context
    }

    func tagPage(_ entry: TagPages.Entry, all: TagPages) -> [String: Any] {
        var context = common(kind: "tag", title: "#" + entry.name, description: "Pages tagged #\(entry.name)",
                             sitePath: TagPages.path(forTag: entry.key))
        let url = { (key: String) in HTMLEscaping.encodeURL(self.plan.link(TagPages.path(forTag: key))) }
        context["tag"] = ["name": entry.name, "url": url(entry.key)]
        context["notes"] = entry.notes.map {
            ["title": notes[$0].title, "url": plan.href(note: $0) ?? "", "path": notes[$0].path,
             "description": notes[$0].frontmatter?["description"]?.scalarText ?? ""]
        }
        let depth = entry.key.split(separator: "/").count
        context["children"] = all.entries.filter { $0.key.hasPrefix(entry.key + "/") && $0.key.split(separator: "/").count == depth + 1 }.map {
            ["name": $0.name, "url": url($0.key), "count": $0.notes.count] as [String: Any]
        }
        if let slash = entry.key.lastIndex(of: "/") {
            let parent = String(entry.key[..<slash])
            context["parent"] = ["name": all.entries.first { $0.key == parent }?.name ?? parent, "url": url(parent)]
        }
        return context
    }

    func notFoundPage() -> [String: Any] {
        common(kind: "404", title: "Page not found", description: "", sitePath: "/404.html")
    }
}

/// A review state as the site words it.
struct ReviewSummary {
    var state: String
    var label: String
    var daysOverdue: Int = 0
    var daysLeft: Int = 0

    init(state: ReviewState) {
        switch state {
        case .fresh(let due):
            self.state = "fresh"
            label = "Next review by \(due)"
        case .dueSoon(let due, let days):
            self.state = "due-soon"
            label = days == 0 ? "Review due today" : "Review due in \(days) day\(days == 1 ? "" : "s") (\(due))"
            daysLeft = days
        case .overdue(_, let days):
            self.state = "stale"
            label = "Overdue by \(days) day\(days == 1 ? "" : "s")"
            daysOverdue = days
        case .missingDate:
            self.state = "unknown"
            label = "No review date"
        case .inFuture:
            self.state = "future"
            label = "Review date is in the future"
        }
    }
}
