/// One open folder's explorer, which its pages share.
struct SharedExplorer: Sendable {
    var html: [UInt8]
    /// How often each byte value occurs in `html`: a page's node is searched for by its rarest byte.
    var byteCounts: [Int]
    /// The open folder's "N more…" node, and the same with one fewer, as rendered.
    var more: (all: [UInt8], lessOne: [UInt8])?

    func replacingFirst(_ target: [UInt8], with replacement: [UInt8]) -> [UInt8]? {
        guard let offset = html.firstOffset(of: target, byteCounts: byteCounts) else { return nil }
        // Three appends into a buffer of the final size: a copy of `html` followed by
        // `replaceSubrange` made the array twice, the explorer being ~10 KB a page.
        var result: [UInt8] = []
        result.reserveCapacity(html.count - target.count + replacement.count)
        result.append(contentsOf: html[..<offset])
        result.append(contentsOf: replacement)
        result.append(contentsOf: html[(offset + target.count)...])
        return result
    }
}

/// The folder explorer of each page (`explorerHTML`, see `site-templates/README.md`).
extension PageContexts {
    /// The explorer for a page. Pages in one folder share it: it is rendered once per open
    /// folder, and the current note's node is rendered twice (plain and current) and swapped.
    func explorerHTML(openFolder: String, currentNote: Int?) -> [UInt8] {
        guard let templates = explorerTemplates else { return [] }
        // Folder pages share it too; their own folder is marked by the breadcrumbs, not here.
        let shared = explorerCache.value(for: openFolder) { sharedExplorer(openFolder, templates) }
        guard let currentNote else { return shared.html }
        let plain = templates.renderBytes("explorer-node", context: explorerNode(currentNote, isCurrent: false))
        let current = templates.renderBytes("explorer-node", context: explorerNode(currentNote, isCurrent: true))
        if let replaced = shared.replacingFirst(plain, with: current) { return replaced }
        // Past the folder's listing limit: list this page's note just before "N more…".
        guard let more = shared.more else { return shared.html }
        return shared.replacingFirst(more.all, with: current + more.lessOne) ?? shared.html
    }

    private func sharedExplorer(_ openFolder: String, _ templates: TemplateSet) -> SharedExplorer {
        let html = templates.renderBytes("explorer", context: ["explorer": .list(explorerNodes(folder: 0, openPath: openFolder, currentNote: nil))])
        var more: (all: [UInt8], lessOne: [UInt8])?
        if let folder = tree.folder(path: openFolder) {
            let hidden = tree.folders[folder].notes.count - Self.explorerLimit
            more = (templates.renderBytes("explorer-node", context: moreNode(count: hidden, url: folderURLs[folder])),
                    templates.renderBytes("explorer-node", context: moreNode(count: hidden - 1, url: folderURLs[folder])))
        }
        return SharedExplorer(html: html, byteCounts: html.byteCounts, more: more)
    }

    private func moreNode(count: Int, url: String) -> TemplateValue {
        ["title": "", "isFolder": false, "isCurrent": false, "isOpen": false, "children": [],
         "more": ["count": .int(count), "url": .string(url)]]
    }

    private func explorerNode(_ noteIndex: Int, isCurrent: Bool) -> TemplateValue {
        guard isCurrent else { return plainNodes[noteIndex] }
        return Self.explorerNode(title: titles[noteIndex], url: plan.href(note: noteIndex) ?? "", isCurrent: true)
    }

    static func explorerNode(title: String, url: String, isCurrent: Bool) -> TemplateValue {
        ["title": .string(title), "url": .string(url), "isFolder": false, "isCurrent": .bool(isCurrent), "isOpen": false, "children": []]
    }

    static func closedFolderNode(_ folder: FolderTree.Folder, url: String) -> TemplateValue {
        ["title": .string(folder.name), "url": .string(url), "isFolder": true, "isCurrent": false, "isOpen": false, "children": []]
    }

    private func explorerNodes(folder index: Int, openPath: String, currentNote: Int?) -> [TemplateValue] {
        let folder = tree.folders[index]
        var nodes: [TemplateValue] = []
        for subfolder in folder.subfolders {
            let child = tree.folders[subfolder]
            let isOpen = openPath == child.path || openPath.hasPrefix(child.path + "/")
            guard isOpen else {
                nodes.append(closedFolderNodes[subfolder])
                continue
            }
            nodes.append([
                "title": .string(child.name), "url": .string(folderURLs[subfolder]), "isFolder": true,
                "isCurrent": false, "isOpen": true,
                "children": .list(explorerNodes(folder: subfolder, openPath: openPath, currentNote: currentNote)),
            ])
        }
        let limit = Self.explorerLimit
        // The current note is always listed, also when it is past the limit.
        var listed = Array(folder.notes.prefix(limit))
        if let currentNote, folder.notes.count > limit, !listed.contains(currentNote), folder.notes.contains(currentNote) {
            listed.append(currentNote)
        }
        for noteIndex in listed {
            nodes.append(explorerNode(noteIndex, isCurrent: noteIndex == currentNote))
        }
        if folder.notes.count > listed.count {
            nodes.append(moreNode(count: folder.notes.count - listed.count, url: folderURLs[index]))
        }
        return nodes
    }
}
