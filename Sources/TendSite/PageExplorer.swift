/// The folder explorer of each page (`explorerHTML`, see `site-templates/README.md`).
extension PageContexts {
    /// The explorer for a page. Pages in one folder share it: it is rendered once per open
    /// folder, and the current note's node is rendered twice (plain and current) and swapped.
    func explorerHTML(openFolder: String, currentNote: Int?) -> [UInt8] {
        guard let templates = explorerTemplates else { return [] }
        // Folder pages share it too; their own folder is marked by the breadcrumbs, not here.
        let shared = explorerCache.value(for: openFolder) {
            templates.renderBytes("explorer", context: ["explorer": .list(explorerNodes(folder: 0, openPath: openFolder, currentNote: nil))])
        }
        guard let currentNote else { return shared }
        let plain = templates.renderBytes("explorer-node", context: explorerNode(currentNote, isCurrent: false))
        let current = templates.renderBytes("explorer-node", context: explorerNode(currentNote, isCurrent: true))
        if let replaced = shared.replacingFirst(plain, with: current) { return replaced }
        // Past the folder's listing limit: list this page's note just before "N more…".
        guard let folder = tree.folder(path: openFolder) else { return shared }
        let hidden = tree.folders[folder].notes.count - Self.explorerLimit
        let more = templates.renderBytes("explorer-node", context: moreNode(count: hidden, url: folderURLs[folder]))
        let fewer = templates.renderBytes("explorer-node", context: moreNode(count: hidden - 1, url: folderURLs[folder]))
        return shared.replacingFirst(more, with: current + fewer) ?? shared
    }

    private func moreNode(count: Int, url: String) -> TemplateValue {
        ["title": "", "isFolder": false, "isCurrent": false, "isOpen": false, "children": [],
         "more": ["count": .int(count), "url": .string(url)]]
    }

    private func explorerNode(_ noteIndex: Int, isCurrent: Bool) -> TemplateValue {
        isCurrent ? makeExplorerNode(noteIndex, isCurrent: true) : plainNodes.value(for: noteIndex) { makeExplorerNode(noteIndex, isCurrent: false) }
    }

    private func makeExplorerNode(_ noteIndex: Int, isCurrent: Bool) -> TemplateValue {
        ["title": .string(titles[noteIndex]), "url": .string(plan.href(note: noteIndex) ?? ""), "isFolder": false,
         "isCurrent": .bool(isCurrent), "isOpen": false, "children": []]
    }

    private func explorerNodes(folder index: Int, openPath: String, currentNote: Int?) -> [TemplateValue] {
        let folder = tree.folders[index]
        var nodes: [TemplateValue] = []
        for subfolder in folder.subfolders {
            let child = tree.folders[subfolder]
            let isOpen = openPath == child.path || openPath.hasPrefix(child.path + "/")
            nodes.append([
                "title": .string(child.name), "url": .string(folderURLs[subfolder]), "isFolder": true,
                "isCurrent": false, "isOpen": .bool(isOpen),
                "children": .list(isOpen ? explorerNodes(folder: subfolder, openPath: openPath, currentNote: currentNote) : []),
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
