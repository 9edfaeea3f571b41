import TendLint
import TendMarkdown
import TendVault

/// Which files the site publishes and at which URL: decided once, before anything renders,
/// so every link, list and index agrees (and nothing unpublished can leak through one of them).
public struct SitePlan: Sendable {
    public let context: LintContext
    public let basePath: String
    /// Site URL path (`/engineering/x/`) of each published file, by file index; nil otherwise.
    public let urls: [String?]
    /// Note indices of published notes, in vault path order.
    public let publishedNotes: [Int]
    /// File indices of attachments that a published note links to or embeds.
    public let attachments: [Int]
    /// Note index of the home page's note, when published.
    public let homeNote: Int?
    /// `href(file:)` of every file, computed once: links ask for it on every page.
    private let hrefs: [String?]

    public var resolved: ResolvedVault { context.resolved }
    public var vault: Vault { context.vault }

    public init(context: LintContext, basePath: String) {
        self.context = context
        self.basePath = basePath
        let vault = context.vault
        var urls = [String?](repeating: nil, count: vault.files.count)
        var taken: Set<String> = []
        var published: [Int] = []
        let home = context.homeNote.flatMap { context.published[$0] ? $0 : nil }
        // The home note takes `/` first; reserved folders stay free for generated pages.
        let order = (home.map { [$0] } ?? []) + vault.notes.indices.filter { $0 != home }
        // Each note's own URL on all cores; taken URLs are then settled in order.
        let wanted = ParallelMap.map(order) { noteIndex in
            context.published[noteIndex] ? SiteURL.path(for: vault.notes[noteIndex], isHome: noteIndex == home) : ""
        }
        for (noteIndex, ownURL) in zip(order, wanted) where context.published[noteIndex] {
            var url = ownURL
            if taken.contains(url) || SitePlan.reserved.contains(where: { url.hasPrefix($0) }) {
                // duplicate-permalink reports this; the page still gets a URL of its own.
                var counter = 2
                let stem = url == "/" ? "/page" : String(url.dropLast())
                while taken.contains("\(stem)-\(counter)/") { counter += 1 }
                url = "\(stem)-\(counter)/"
            }
            taken.insert(url)
            urls[context.resolved.noteFiles[noteIndex]] = url
            published.append(noteIndex)
        }
        published.sort()
        var attachments: Set<Int> = []
        for noteIndex in published {
            for resolution in context.resolved.resolutions[noteIndex] {
                if let target = resolution.target, vault.files[target].kind != .note { attachments.insert(target) }
            }
        }
        for file in attachments { urls[file] = "/" + vault.files[file].path }
        self.urls = urls
        let base = basePath, finalURLs = urls
        hrefs = ParallelMap.map(Array(urls.indices)) { file in
            finalURLs[file].map { HTMLEscaping.encodeURL(base == "/" ? $0 : String(base.dropLast()) + $0) }
        }
        self.publishedNotes = published
        self.attachments = attachments.sorted()
        self.homeNote = home
    }

    /// The plan for `context` after some notes' contents changed, reusing `previous`'s URLs;
    /// nil when a changed note's URL, publish state or attachments differ (a full plan is
    /// needed then).
    public init?(updating previous: SitePlan, context: LintContext, changedNotes: [Int]) {
        let vault = context.vault
        for noteIndex in changedNotes {
            guard context.published[noteIndex] == previous.context.published[noteIndex] else { return nil }
            let file = context.resolved.noteFiles[noteIndex]
            if context.published[noteIndex] {
                let url = SiteURL.path(for: vault.notes[noteIndex], isHome: noteIndex == previous.homeNote)
                guard url == previous.urls[file] else { return nil }
            }
            func attachments(_ resolutions: [LinkResolution], _ files: [VaultFile]) -> Set<Int> {
                Set(resolutions.compactMap { $0.target }.filter { files[$0].kind != .note })
            }
            guard attachments(context.resolved.resolutions[noteIndex], vault.files)
                    == attachments(previous.resolved.resolutions[noteIndex], previous.vault.files) else { return nil }
        }
        self.context = context
        basePath = previous.basePath
        urls = previous.urls
        hrefs = previous.hrefs
        publishedNotes = previous.publishedNotes
        attachments = previous.attachments
        homeNote = previous.homeNote
    }

    /// Folders of generated pages that notes may not take.
    static let reserved = ["/assets/", "/search/", "/tags/", "/freshness/"]

    public func isPublished(note: Int) -> Bool { urls[resolved.noteFiles[note]] != nil }

    /// URL path of a published file, with the base path (`/handbook/engineering/x/`).
    public func href(file: Int) -> String? {
        hrefs[file]
    }

    public func href(note: Int) -> String? { href(file: resolved.noteFiles[note]) }

    /// A site path (`/tags/x/`) under the base path.
    public func link(_ sitePath: String) -> String {
        basePath == "/" ? sitePath : String(basePath.dropLast()) + sitePath
    }

    /// Output file (relative to the output folder) of a page URL path: `/a/b/` → `a/b/index.html`.
    static func outputPath(forPage sitePath: String) -> String {
        let trimmed = sitePath.hasPrefix("/") ? String(sitePath.dropFirst()) : sitePath
        if trimmed.isEmpty { return "index.html" }
        return trimmed.hasSuffix("/") ? trimmed + "index.html" : trimmed
    }
}
