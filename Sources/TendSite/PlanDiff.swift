import TendVault

/// What differs between the plan a live site was built from and the plan after notes were
/// added, removed, renamed or read again: which pages show something else now.
struct PlanDiff {
    let previous: SitePlan
    let plan: SitePlan
    let fileMap: [Int?]
    /// New note index of each old note; nil when it is gone.
    let newNote: [Int?]
    /// Old note index of each new note; nil for a new file.
    let oldNote: [Int?]
    /// New notes whose facts shown elsewhere (title, URL, description, tags, review) may have
    /// changed: read again, new, or at another URL.
    let changedFacts: Set<Int>
    /// Old notes that are gone.
    let removed: [Int]

    init(previous: SitePlan, plan: SitePlan, change: VaultChange) {
        self.previous = previous
        self.plan = plan
        fileMap = change.fileMap
        oldNote = change.oldNoteIndices(previous: previous.vault)
        var newNote = [Int?](repeating: nil, count: previous.vault.notes.count)
        var facts = Set(change.rereadNotes)
        for (new, old) in oldNote.enumerated() {
            guard let old else {
                facts.insert(new)
                continue
            }
            newNote[old] = new
            if previous.href(note: old) != plan.href(note: new) { facts.insert(new) }
        }
        self.newNote = newNote
        changedFacts = facts
        removed = newNote.indices.filter { newNote[$0] == nil }
    }

    /// Whether note lists (the freshness dashboard, feeds, sitemap) change.
    var listsChanged: Bool { !changedFacts.isEmpty || !removed.isEmpty }

    /// Folders (by vault path) whose listing changed: subfolders, notes, or a note's facts.
    /// A folder that appeared or went counts as changed, and so does its parent. With
    /// `explorer`, only what an explorer shows counts: the first `PageContexts.explorerLimit`
    /// notes and how many more there are.
    func changedFolders(old: FolderTree, new: FolderTree, explorer: Bool = false) -> Set<String> {
        var changed: Set<String> = []
        for path in Set(old.folders.map(\.path)).union(new.folders.map(\.path)) {
            guard let before = old.folder(path: path), let after = new.folder(path: path) else {
                changed.insert(path)
                continue
            }
            let oldFolder = old.folders[before], newFolder = new.folders[after]
            let limit = explorer ? PageContexts.explorerLimit : Int.max
            let oldNotes = oldFolder.notes.prefix(limit).map { newNote[$0] ?? -1 }, newNotes = newFolder.notes.prefix(limit)
            if oldFolder.subfolders.map({ old.folders[$0].path }) != newFolder.subfolders.map({ new.folders[$0].path })
                || oldFolder.notes.count != newFolder.notes.count || !oldNotes.elementsEqual(newNotes)
                || newNotes.contains(where: changedFacts.contains) {
                changed.insert(path)
            }
        }
        return changed
    }

    /// Published notes whose page shows something that changed, in note order.
    func affectedNotes(explorerChanges: Set<String>) -> [Int] {
        let resolved = plan.resolved, before = previous.resolved
        // Links that resolve differently now (another file, heading or block, or none).
        let relinkedLinks = ParallelMap.map(Array(plan.vault.notes.indices)) { noteIndex -> [Int] in
            guard let old = oldNote[noteIndex], !changedFacts.contains(noteIndex) else { return [] }
            let now = resolved.resolutions[noteIndex], then = before.resolutions[old]
            guard now.count == then.count else { return Array(now.indices) }
            return now.indices.filter { !then[$0].matches(now[$0], through: fileMap) }
        }
        let relinked = plan.vault.notes.indices.filter { !relinkedLinks[$0].isEmpty }
        // Lines whose rendering changed, by note: every line of a note read again or moved; the
        // line of a link that resolves elsewhere or points at a note with another URL or title;
        // and, following embeds, the line of an embed that shows one of those lines.
        var changed = BodyChanges()
        for noteIndex in changedFacts { changed.addAll(noteIndex) }
        for noteIndex in relinked {
            for link in relinkedLinks[noteIndex] { changed.add(noteIndex, line: plan.vault.notes[noteIndex].links[link].position.line) }
        }
        for noteIndex in changedFacts {
            for reference in resolved.incoming[resolved.noteFiles[noteIndex]] {
                changed.add(reference.note, line: plan.vault.notes[reference.note].links[reference.link].position.line)
            }
        }
        var queue = Array(changed.notes)
        while let noteIndex = queue.popLast() {
            let note = plan.vault.notes[noteIndex]
            for reference in resolved.incoming[resolved.noteFiles[noteIndex]] {
                let link = plan.vault.notes[reference.note].links[reference.link]
                guard link.syntax.isEmbed else { continue }
                let resolution = resolved.resolutions[reference.note][reference.link]
                let shown = note.embeddedLines(heading: resolution.heading, block: resolution.block)
                if changed.touches(noteIndex, shown), changed.add(reference.note, line: link.position.line) { queue.append(reference.note) }
            }
        }
        var affected = Set(changed.notes)
        // Backlinks lists show a note's title and URL: every target of a note whose facts
        // changed or that is gone, before and after; of other notes, the targets a changed link
        // left or reached.
        let noteOfFile = { (file: Int?) in file.flatMap { plan.vault.files[$0].noteIndex } }
        for noteIndex in changedFacts {
            affected.formUnion(resolved.resolutions[noteIndex].compactMap { noteOfFile($0.target) })
            if let old = oldNote[noteIndex] { affected.formUnion(oldTargets(old)) }
        }
        for old in removed { affected.formUnion(oldTargets(old)) }
        for noteIndex in relinked {
            guard let old = oldNote[noteIndex] else { continue }
            for link in relinkedLinks[noteIndex] {
                if let target = noteOfFile(resolved.resolutions[noteIndex][link].target) { affected.insert(target) }
                if let target = noteOfFile(before.resolutions[old][safe: link]?.target.flatMap { fileMap[$0] }) { affected.insert(target) }
            }
        }
        // Explorers that list a changed folder: pages in it or below it.
        for noteIndex in plan.publishedNotes where Self.inside(plan.vault.notes[noteIndex].folder, explorerChanges) {
            affected.insert(noteIndex)
        }
        return affected.filter { plan.isPublished(note: $0) }.sorted()
    }

    /// Lines of notes whose rendering changed; a note may have changed everywhere.
    private struct BodyChanges {
        private var lines: [Int: Set<Int>] = [:]
        private var everywhere: Set<Int> = []

        var notes: [Int] { Array(Set(lines.keys).union(everywhere)) }

        mutating func addAll(_ note: Int) { everywhere.insert(note) }

        /// Records a changed line; true when it is new (the note's embedders must be looked at again).
        @discardableResult
        mutating func add(_ note: Int, line: Int) -> Bool {
            guard !everywhere.contains(note) else { return false }
            return lines[note, default: []].insert(line).inserted
        }

        func touches(_ note: Int, _ shown: ClosedRange<Int>) -> Bool {
            everywhere.contains(note) || lines[note]?.contains(where: shown.contains) == true
        }
    }

    /// New note indices of the notes an old note linked to.
    private func oldTargets(_ old: Int) -> [Int] {
        previous.resolved.resolutions[old].compactMap { resolution in
            resolution.target.flatMap { fileMap[$0] }.flatMap { plan.vault.files[$0].noteIndex }
        }
    }

    /// Tag keys whose page changed (notes, their facts, the name as written, child tags),
    /// including tags that are gone.
    func changedTags(old: TagPages, new: TagPages) -> Set<String> {
        var oldEntries = Dictionary(old.entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var changed: Set<String> = []
        for entry in new.entries {
            guard let before = oldEntries.removeValue(forKey: entry.key) else {
                changed.insert(entry.key)
                continue
            }
            if before.name != entry.name || before.notes.map({ newNote[$0] ?? -1 }) != entry.notes
                || entry.notes.contains(where: changedFacts.contains) {
                changed.insert(entry.key)
            }
        }
        changed.formUnion(oldEntries.keys)
        // A tag's page lists its child tags with their counts.
        for key in changed {
            var parts = key.split(separator: "/")
            while parts.count > 1 {
                parts.removeLast()
                changed.insert(parts.joined(separator: "/"))
            }
        }
        return changed
    }

    /// URLs that notes (and attachments) take in `plan`: a folder page or the tag index yields to them.
    func noteURLs(_ plan: SitePlan) -> Set<String> {
        Set(plan.urls.compactMap { $0 })
    }

    /// Output paths of the note pages of `plan`.
    func notePagePaths(_ plan: SitePlan) -> Set<String> {
        Set(plan.publishedNotes.compactMap { plan.urls[plan.resolved.noteFiles[$0]] }.map(SitePlan.outputPath(forPage:)))
    }

    /// Output paths of every page of `plan` that a restructure may add or remove: notes,
    /// folders, tags and the tag index.
    func pagePaths(_ plan: SitePlan, tree: FolderTree, tags: TagPages) -> Set<String> {
        let taken = noteURLs(plan)
        var paths = notePagePaths(plan)
        for folder in tree.folders where !taken.contains(folder.sitePath) { paths.insert(SitePlan.outputPath(forPage: folder.sitePath)) }
        for entry in tags.entries { paths.insert(SitePlan.outputPath(forPage: TagPages.path(forTag: entry.key))) }
        if !taken.contains("/tags/") { paths.insert("tags/index.html") }
        return paths
    }

    /// Whether vault folder `path` is one of `folders` or lies inside one (the root aside).
    static func inside(_ path: String, _ folders: Set<String>) -> Bool {
        if folders.contains(path) { return true }
        var rest = Substring(path)
        while let slash = rest.lastIndex(of: "/") {
            rest = rest[..<slash]
            if folders.contains(String(rest)) { return true }
        }
        return false
    }
}
