import Foundation
import TendLint
import TendMarkdown
import TendVault

/// What a build did, for the command's summary line.
public struct SiteBuildSummary: Sendable {
    public var pages: Int
    public var files: Int
    public var written: Int
    public var unchanged: Int
    public var attachments: Int
    public var output: String
    /// Each published note's search document, in page order (kept by `tend serve`).
    public var documents: [SearchIndex.Document] = []
    /// Note pages rendered from the tree their note was parsed into when the vault was
    /// loaded; the others were parsed again (`NoteRenderer.parsedTree`).
    public var pagesFromKeptTrees = 0
    /// Embeds rendered, and those of them rendered from their note's kept tree.
    public var embedsRendered = 0
    public var embedsFromKeptTrees = 0
    public var plan: SitePlan?
    /// The folder tree and tag pages of this build, for `tend serve`'s first update.
    public var cache = SiteUpdate.Cache()
}

/// `tend build`: renders every published note and the generated pages into a staging
/// folder, then swaps it into place.
public struct SiteBuilder: Sendable {
    public let context: LintContext
    public let options: SiteOptions

    public init(context: LintContext, options: SiteOptions) {
        self.context = context
        self.options = options
    }

    public func build() throws(VaultError) -> SiteBuildSummary {
        let started = PhaseClock(start: DispatchTime.now())
        let vaultRoot = context.vault.root
        let templates = try TemplateSet(overrides: options.templateOverrides ?? vaultRoot + "/.tend/site-templates")
        let plan = SitePlan(context: context, basePath: options.basePath)
        let output = try SiteOutput(output: options.output, vaultRoot: vaultRoot)
        do {
            let summary = try write(plan: plan, templates: templates, output: output, started: started)
            var clock = PhaseClock(start: DispatchTime.now())
            try output.commit()
            clock.mark("swap into place")
            return summary
        } catch {
            output.abandon()
            throw error
        }
    }

    private func write(plan: SitePlan, templates: TemplateSet, output: SiteOutput, started: PhaseClock) throws(VaultError) -> SiteBuildSummary {
        let pages = SitePages(plan: plan, templates: templates, options: options)
        var pageCount = 0
        var profile = started
        profile.mark("plan")

        // Every page in one parallel pass, the long pages first so that none is left running
        // alone at the end: the freshness dashboard and index pages list many notes.
        var jobs: [PageJob] = [.freshness, .notFound, .tagIndex]
        jobs += pages.tree.folders.indices.map(PageJob.folder) + pages.tags.entries.indices.map(PageJob.tag)
        jobs += plan.publishedNotes.map(PageJob.note)
        let failure = FirstError()
        var results = ParallelMap.map(jobs) { job -> (page: Bool, document: SearchIndex.Document?) in
            let (page, document) = pages.render(job)
            guard let page else { return (false, nil) }
            do {
                try output.write(page.path, page.bytes)
            } catch let error as VaultError {
                failure.record(error)
            } catch {}
            return (true, document)
        }
        if let error = failure.error { throw error }
        // Each document moved out of the results: `compactMap(\.document)` copied every one
        // (four strings and two arrays, an atomic retain and release each).
        var documents: [SearchIndex.Document] = []
        documents.reserveCapacity(results.count)
        for index in results.indices {
            if let document = results[index].document.take() { documents.append(document) }
        }
        pageCount += results.count { $0.page }
        profile.mark("pages")
        let renderer = pages.renderer
        profile.note("from kept parse trees: \(renderer.pagesFromKeptTrees.value) of \(plan.publishedNotes.count) notes, "
                     + "\(renderer.embedsFromKeptTrees.value) of \(renderer.embedsRendered.value) embeds")
        // Feeds, assets and attachments need nothing the search index makes: they are written
        // beside it, which otherwise runs partly on one core.
        let vaultRoot = context.vault.root
        let rest = BackgroundWork { () -> VaultError? in
            do throws(VaultError) {
                try Self.writeFeedsAssetsAttachments(pages: pages, templates: templates, plan: plan, vaultRoot: vaultRoot, output: output)
                return nil
            } catch {
                return error
            }
        }
        let searchFiles = SearchIndex.fileBytes(for: documents)
        _ = ParallelMap.map(searchFiles) { (name, bytes) -> Bool in
            do throws(VaultError) { try output.write(name, bytes) } catch { failure.record(error) }
            return true
        }
        if let error = rest.wait() ?? failure.error { throw error }
        profile.mark("search, feeds, assets, attachments")
        let cache = SiteUpdate.Cache()
        cache.tree = pages.tree
        cache.tags = pages.tags
        return SiteBuildSummary(pages: pageCount, files: output.written + output.unchanged, written: output.written,
                                unchanged: output.unchanged, attachments: plan.attachments.count, output: output.output,
                                documents: documents, pagesFromKeptTrees: renderer.pagesFromKeptTrees.value,
                                embedsRendered: renderer.embedsRendered.value,
                                embedsFromKeptTrees: renderer.embedsFromKeptTrees.value, plan: plan, cache: cache)
    }

    private static func writeFeedsAssetsAttachments(pages: SitePages, templates: TemplateSet, plan: SitePlan, vaultRoot: String,
                                                    output: SiteOutput) throws(VaultError) {
        for page in pages.feeds() { try output.write(page.path, page.bytes) }
        for (name, bytes) in templates.assets.sorted(by: { $0.key < $1.key }) {
            try output.write("assets/" + name, bytes)
        }
        for file in plan.attachments {
            let path = plan.vault.files[file].path
            guard let data = FileManager.default.contents(atPath: vaultRoot + "/" + path) else {
                throw VaultError(step: .read, file: path, reason: "the attachment cannot be read", fix: "check that the file exists and is readable")
            }
            try output.write(path, Array(data))
        }
    }

    /// One page of the site to render.
    enum PageJob: Sendable {
        case note(Int)
        case folder(Int)
        case tag(Int)
        case tagIndex, freshness, notFound
    }

    /// A short content hash of the assets, for cache-busting `?v=` query strings.
    static func version(of assets: [String: [UInt8]]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for (name, bytes) in assets.sorted(by: { $0.key < $1.key }) {
            for byte in Array(name.utf8) + bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100000001b3
            }
        }
        return String(hash & 0xffff_ffff, radix: 16)
    }
}

extension SitePages {
    /// A job's page (nil when a note took its URL) and, for a note, its search document.
    func render(_ job: SiteBuilder.PageJob) -> (page: Page?, document: SearchIndex.Document?) {
        switch job {
        case .note(let index):
            let (page, document) = note(index)
            return (page, document)
        case .folder(let index): return (folder(index), nil)
        case .tag(let index): return (tag(tags.entries[index]), nil)
        case .tagIndex: return (tagIndex(), nil)
        case .freshness: return (freshness(), nil)
        case .notFound: return (notFound(), nil)
        }
    }
}
