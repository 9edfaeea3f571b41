import TendVault

/// The folders of the published notes, for the explorer, breadcrumbs and folder pages.
struct FolderTree: Sendable {
    struct Folder: Sendable {
        var name: String
        /// Vault path (`Engineering/Operations`); "" for the root.
        var path: String
        var subfolders: [Int] = []
        /// Site URL path of the folder's index page.
        var sitePath = "/"
        /// Published note indices, sorted by title as Obsidian's explorer sorts (`NaturalSortKey`).
        var notes: [Int] = []
    }

    /// Index 0 is the root.
    private(set) var folders: [Folder] = [Folder(name: "", path: "")]
    private var byPath: [String: Int] = ["": 0]

    init(plan: SitePlan) {
        for noteIndex in plan.publishedNotes where noteIndex != plan.homeNote {
            let folder = folderIndex(PathParts.folder(of: plan.vault.notes[noteIndex].path))
            folders[folder].notes.append(noteIndex)
        }
        // Sort keys computed once: a note's title is looked up in its frontmatter and headings.
        // Numbers in names sort by value, as in Obsidian's file explorer ("Step 2" before
        // "Step 10"); ties (names that differ in case or leading zeros) by note index and name.
        var keys: [Int: String] = [:]
        for folder in folders { for note in folder.notes { keys[note] = NaturalSortKey.of(plan.vault.notes[note].title) } }
        let names = folders.map { (NaturalSortKey.of($0.name), $0.name) }
        for index in folders.indices {
            folders[index].notes.sort { (keys[$0]!, $0) < (keys[$1]!, $1) }
            folders[index].subfolders.sort { names[$0] < names[$1] }
        }
    }

    private mutating func folderIndex(_ path: String) -> Int {
        if let known = byPath[path] { return known }
        let parentPath = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        let parent = folderIndex(parentPath)
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        folders.append(Folder(name: name, path: path, sitePath: Self.sitePath(ofFolder: path)))
        let index = folders.count - 1
        folders[parent].subfolders.append(index)
        byPath[path] = index
        return index
    }

    func folder(path: String) -> Int? { byPath[path] }

    /// Site URL path of a folder's index page: its path slugged like a note's (`/engineering/operations/`).
    static func sitePath(ofFolder path: String) -> String {
        guard !path.isEmpty else { return "/" }
        return "/" + PathParts.components(path).map { SiteURL.slug(String($0)) }.joined(separator: "/") + "/"
    }

    /// Folder paths from the root down to `path`, excluding the root: `a/b` → [`a`, `a/b`].
    static func ancestry(_ path: String) -> [String] {
        guard !path.isEmpty else { return [] }
        var result: [String] = []
        var current = ""
        for segment in PathParts.components(path) {
            current = current.isEmpty ? String(segment) : current + "/" + segment
            result.append(current)
        }
        return result
    }
}
