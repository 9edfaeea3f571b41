import Foundation
import TendMarkdown
import TendVault

/// Every kind of page of one site, rendered on demand: `tend build` asks for all of them,
/// `tend serve` after a save only for those the change touches.
struct SitePages: Sendable {
    typealias Page = (path: String, bytes: [UInt8])

    let plan: SitePlan
    let templates: TemplateSet
    let tree: FolderTree
    let tags: TagPages
    let renderer: NoteRenderer
    let contexts: PageContexts
    let siteTitle: String
    let siteDescription: String
    let injectedScript: String?
    /// URLs that notes took (a folder or the tag index with the same URL yields to the note).
    let noteURLs: Set<String>

    /// `tree` and `tags` may come from an earlier set of pages when titles, publish states and
    /// tags are the same (`tend serve` after a content edit).
    init(plan: SitePlan, templates: TemplateSet, options: SiteOptions, tree reusedTree: FolderTree? = nil, tags reusedTags: TagPages? = nil) {
        let settings = plan.context.config.site
        self.plan = plan
        self.templates = templates
        // The folder tree, the tag pages and the renderer's tables do not depend on one
        // another, and each is made mostly on one core: the tree is made beside the others.
        let treeWork = reusedTree == nil ? BackgroundWork { FolderTree(plan: plan) } : nil
        tags = reusedTags ?? TagPages(plan: plan)
        renderer = NoteRenderer(plan: plan, strictLineBreaks: ObsidianSettings.strictLineBreaks(vaultRoot: plan.vault.root))
        tree = reusedTree ?? treeWork!.wait()
        siteTitle = settings.title ?? "Handbook"
        siteDescription = settings.description ?? ""
        contexts = PageContexts(
            plan: plan, tree: tree, siteTitle: siteTitle, siteDescription: siteDescription,
            language: settings.language ?? "en", origin: options.origin ?? settings.baseURL.flatMap { SiteOptions.split($0).origin },
            editURL: settings.editURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" },
            assetVersion: SiteBuilder.version(of: templates.assets), templates: templates)
        injectedScript = options.injectedScript
        noteURLs = Set(plan.urls.compactMap { $0 })
    }

    func page(_ template: String, _ context: consuming TemplateValue) -> [UInt8] {
        var html = templates.renderPage(template, context: consume context)
        if let injectedScript, let close = html.lastOffset(of: Array("</body>".utf8)) {
            html.insert(contentsOf: injectedScript.utf8, at: close)
        }
        return html
    }

    /// A note's page and what search needs of it. The body stays UTF-8 bytes throughout.
    func note(_ noteIndex: Int) -> (page: Page, document: SearchIndex.Document) {
        let note = plan.vault.notes[noteIndex]
        let sitePath = plan.urls[plan.resolved.noteFiles[noteIndex]] ?? "/"
        let html = renderer.renderPage(note: noteIndex)
        let isHome = noteIndex == plan.homeNote
        let bytes = page(isHome ? "home" : "note", contexts.notePage(noteIndex, html: html, isHome: isHome))
        // The title PageContexts worked out once: `note.title` looks it up in the frontmatter again.
        let document = SearchIndex.Document(url: String(sitePath.dropFirst()), title: contexts.titles[noteIndex], path: note.path,
                                            headings: note.headings.map(\.plainText), bodyHTML: html)
        return ((SitePlan.outputPath(forPage: sitePath), bytes), document)
    }

    /// A folder's index page, unless a note has its URL. The root folder is the home page
    /// when the vault has no home note.
    func folder(_ index: Int) -> Page? {
        let folder = tree.folders[index]
        let sitePath = FolderTree.sitePath(ofFolder: folder.path)
        guard !noteURLs.contains(sitePath) else { return nil }
        var pageContext = contexts.folderPage(index)
        if folder.path.isEmpty {
            pageContext.set("page", ["kind": "home", "isHome": true, "title": .string(siteTitle),
                                     "description": .string(siteDescription), "url": .string(plan.basePath), "canonical": ""])
            pageContext.set("folder", ["title": .string(siteTitle), "path": ""])
        }
        return (SitePlan.outputPath(forPage: sitePath), page("folder", pageContext))
    }

    func tagIndex() -> Page? {
        guard !noteURLs.contains("/tags/") else { return nil }
        return ("tags/index.html", page("tags", contexts.tagsPage(tags)))
    }

    func tag(_ entry: TagPages.Entry) -> Page {
        (SitePlan.outputPath(forPage: TagPages.path(forTag: entry.key)), page("tag", contexts.tagPage(entry, all: tags)))
    }

    func freshness() -> Page {
        ("freshness/index.html", page("freshness", contexts.freshnessPage()))
    }

    func notFound() -> Page {
        ("404.html", page("404", contexts.notFoundPage()))
    }

    /// Generated pages other than notes, by site URL path, for the sitemap.
    func extraPages() -> [String] {
        var paths: [String] = []
        for folder in tree.folders {
            let sitePath = FolderTree.sitePath(ofFolder: folder.path)
            if !noteURLs.contains(sitePath) { paths.append(sitePath) }
        }
        if !noteURLs.contains("/tags/") { paths.append("/tags/") }
        paths += tags.entries.map { TagPages.path(forTag: $0.key) }
        paths.append("/freshness/")
        return paths
    }

    /// `sitemap.xml`, `feed.xml` and `robots.txt`.
    func feeds() -> [Page] {
        let feeds = Feeds(plan: plan, origin: contexts.origin, title: siteTitle)
        return [("sitemap.xml", Array(feeds.sitemap(extraPages: extraPages()).utf8)),
                ("feed.xml", Array(feeds.atom(html: [:]).utf8)),
                ("robots.txt", Array(feeds.robots().utf8))]
    }
}
