import TendMarkdown
import TendVault

/// The HTML of links, tags and embeds, from the one resolution pass: a link that lint calls
/// broken is exactly one shown here as unresolved.
struct LinkHTML: Sendable {
    let plan: SitePlan
    /// `href(file:)` of every file, HTML-escaped, by file index (empty when unpublished):
    /// wikilinks append it read in place, where reading the `String` retained it.
    private let hrefHTML: PackedStrings
    /// Each file's note index, or -1: read for every link, and a `File` of the vault is a
    /// cache miss away (links point all over the vault).
    private let noteOfFile: [Int32]
    /// Every note's heading anchors, URL-encoded: note `n`'s heading `h` is
    /// `headingAnchors[firstHeading[n] + h]`. Read per link into a heading; from the vault it
    /// was three dependent cache misses (file, note, headings) and an encoding per link.
    private let headingAnchors: [String]
    private let firstHeading: [Int32]

    init(plan: SitePlan) {
        self.plan = plan
        hrefHTML = PackedStrings(plan.vault.files.indices.map { HTMLEscaping.escape(plan.href(file: $0) ?? "") })
        noteOfFile = plan.vault.files.map { Int32($0.noteIndex ?? -1) }
        var anchors: [String] = []
        var firsts: [Int32] = []
        firsts.reserveCapacity(plan.vault.notes.count)
        for note in plan.vault.notes {
            firsts.append(Int32(anchors.count))
            for heading in note.headings { anchors.append(HTMLEscaping.encodeURL(heading.anchor)) }
        }
        headingAnchors = anchors
        firstHeading = firsts
    }

    private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// `href` of a resolved link: the page, plus the heading's or block's anchor. A link into
    /// the page being rendered (`page`, a note index) is only the anchor; a same-note link
    /// inside an embedded part goes to that note's own page.
    func href(toFile target: Int, _ resolution: LinkResolution, page noteIndex: Int) -> String {
        guard let anchor = anchor(inFile: target, resolution) else { return plan.href(file: target) ?? "" }
        if target == plan.resolved.noteFiles[noteIndex] { return "#" + anchor }
        return (plan.href(file: target) ?? "") + "#" + anchor
    }

    /// The URL-encoded anchor of the heading or block a resolved link names, if it names one.
    private func anchor(inFile target: Int, _ resolution: LinkResolution) -> String? {
        guard resolution.heading != nil || resolution.block != nil else { return nil }
        let targetNote = Int(noteOfFile[target])
        guard targetNote >= 0 else { return nil }
        if let heading = resolution.heading {
            return headingAnchors[Int(firstHeading[targetNote]) + heading]
        }
        // Read in place from the vault: binding `plan.vault.notes` or a note's arrays to a
        // local retained them, an atomic count on arrays every page thread reads.
        guard let block = resolution.block else { return nil }
        let blockID = plan.vault.notes[targetNote].blockIDs[block]
        if blockID.attachment == .heading,
           let heading = plan.vault.notes[targetNote].headings.first(where: { $0.position.line == blockID.lines.lowerBound }) {
            return HTMLEscaping.encodeURL(heading.anchor)
        }
        return "%5E" + HTMLEscaping.encodeURL(blockID.id)  // `^` encoded
    }

    /// As UTF-8: the renderer takes token HTML as bytes, and this runs for every wikilink.
    /// Inlined into `NoteRenderer.addLinks`, which reads links in place: called, it was handed
    /// a copy of each link and resolution (an atomic retain and release per string).
    @inline(__always)
    func wikilink(_ link: Link, _ resolution: LinkResolution, page noteIndex: Int) -> [UInt8] {
        guard let target = resolution.target else {
            let text = Self.displayText(of: link)
            return Array("<span class=\"internal-link is-unresolved\" title=\"\(escape(Self.reason(link, resolution, plan.vault)))\">\(escape(text))</span>".utf8)
        }
        if !resolution.isResolved {
            // The note exists but not the heading or block: Obsidian still opens the note (§1.5).
            guard let page = plan.href(file: target) else { return Array(unpublished(link, embed: false).utf8) }
            let reason = escape(Self.reason(link, resolution, plan.vault))
            return Array("<a class=\"internal-link is-unresolved\" href=\"\(escape(page))\" title=\"\(reason)\">\(escape(Self.displayText(of: link)))</a>".utf8)
        }
        if noteOfFile[target] >= 0, !plan.isPublished(note: Int(noteOfFile[target])) {
            return Array(unpublished(link, embed: false).utf8)
        }
        // Bytes appended into one buffer: this runs for every wikilink of the vault, and
        // appending to a String cost several times more per piece.
        var html: [UInt8] = []
        html.reserveCapacity(128 + 2 * (link.path.utf8.count + (link.subpath?.utf8.count ?? 0) + (link.alias?.utf8.count ?? 0)))
        html.appendLiteral("<a class=\"internal-link\" href=\"")
        // `href(toFile:)`, written in place.
        let anchor = anchor(inFile: target, resolution)
        if anchor == nil || target != plan.resolved.noteFiles[noteIndex] {
            hrefHTML.append(target, to: &html)
        }
        if let anchor {
            html.append(UInt8(ascii: "#"))
            HTMLEscaping.appendEscaped(anchor, to: &html)
        }
        html.appendLiteral("\" data-href=\"")
        Self.appendTarget(of: link, escapedTo: &html)
        html.appendLiteral("\">")
        Self.appendDisplayText(of: link, escapedTo: &html)
        html.appendLiteral("</a>")
        return html
    }

    /// Text only: the page it names is not on the site, and its name must not leak as a URL.
    func unpublished(_ link: Link, embed: Bool) -> String {
        let text = escape(embed ? (link.alias ?? link.path) : Self.displayText(of: link))
        return "<span class=\"internal-link is-unpublished\" title=\"Not published\">\(text)</span>"
    }

    func unresolvedEmbed(_ link: Link, _ resolution: LinkResolution) -> String {
        "<span class=\"internal-embed is-unresolved\" title=\"\(escape(Self.reason(link, resolution, plan.vault)))\">\(escape(Self.displayText(of: link)))</span>"
    }

    /// Why a link does not resolve, in the words a reader's tooltip shows.
    static func reason(_ link: Link, _ resolution: LinkResolution, _ vault: Vault) -> String {
        switch resolution.status {
        case .resolved: return ""
        case .noSuchNote: return "No note named “\(link.path)”"
        case .noSuchFile: return "No file named “\(link.path)”"
        case .noSuchHeading: return "“\(link.path)” has no heading “\(link.subpath ?? "")”"
        case .noSuchBlock: return "“\(link.path)” has no block “\(link.subpath ?? "")”"
        }
    }

    /// As UTF-8, like `wikilink`.
    func tag(_ tag: Tag) -> [UInt8] {
        let isTodo = tag.key == "todo" || tag.key.hasPrefix("todo/")
        let url = plan.link(Self.tagPath(tag.key))
        // Bytes appended into one buffer, as for wikilinks: a note has several tags.
        var html: [UInt8] = []
        html.reserveCapacity(64 + 2 * url.utf8.count + 2 * tag.name.utf8.count)
        html.appendLiteral(isTodo ? "<a class=\"tag tag-todo\" href=\"" : "<a class=\"tag\" href=\"")
        HTMLEscaping.appendEscaped(HTMLEscaping.encodeURL(url), to: &html)
        html.appendLiteral("\">#")
        HTMLEscaping.appendEscaped(tag.name, to: &html)
        html.appendLiteral("</a>")
        return html
    }

    /// `TagPages.path(forTag:)`, without splitting a key that has no empty segment (a `/` at
    /// either end or twice in a row): for those, splitting and joining gives the key back.
    static func tagPath(_ key: String) -> String {
        guard !key.isEmpty, !TagPages.hasEmptySegment(key) else { return TagPages.path(forTag: key) }
        return "/tags/" + key + "/"
    }

    /// An image, PDF, audio or video file (spec §4.3, §4.4); other files become a link.
    func attachmentEmbed(_ link: Link, file: Int) -> String {
        let path = plan.vault.files[file].path
        let src = escape(plan.href(file: file) ?? "")
        let name = escape(PathParts.fileName(path))
        switch plan.vault.files[file].kind {
        case .image:
            var attributes = ""
            if let size = link.size {
                attributes += " width=\"\(size.width)\""
                if let height = size.height, height > 0 { attributes += " height=\"\(height)\"" }
            }
            let alt = escape(link.alias ?? link.path)
            return "<img src=\"\(src)\" alt=\"\(alt)\"\(attributes) loading=\"lazy\">"
        case .pdf:
            var fragment = ""
            var height = ""
            if let subpath = link.subpath {
                if subpath.hasPrefix("page=") { fragment = "#" + escape(subpath) }
                if subpath.hasPrefix("height="), let value = Int(subpath.dropFirst(7)) { height = " height=\"\(value)\"" }
            }
            return "<iframe class=\"pdf-embed\" src=\"\(src)\(fragment)\" title=\"\(name)\"\(height) loading=\"lazy\"></iframe>"
        case .audio:
            return "<audio class=\"audio-embed\" controls preload=\"metadata\" src=\"\(src)\" title=\"\(name)\"></audio>"
        case .video:
            return "<video class=\"video-embed\" controls preload=\"metadata\" src=\"\(src)\" title=\"\(name)\"></video>"
        default:
            return "<a class=\"internal-link file-embed\" href=\"\(src)\">\(escape(link.alias ?? name))</a>"
        }
    }

    /// A transcluded note, section or block inside a wrapper like Obsidian's. Bytes, as the
    /// rendered `content` is: an embedded section can be as long as a page.
    ///
    /// Appended piece by piece, escaped into the buffer: built as interpolated, escaped and
    /// concatenated Strings, the wrapper cost ~14,000 instructions per embed.
    func noteEmbed(_ link: Link, title: String, href: String, content: [UInt8]) -> [UInt8] {
        var html: [UInt8] = []
        html.reserveCapacity(content.count + 256)
        html.appendLiteral("<div class=\"internal-embed markdown-embed\" data-src=\"")
        Self.appendTarget(of: link, escapedTo: &html)
        html.appendLiteral("\">\n<div class=\"markdown-embed-title\"><a class=\"markdown-embed-link\" href=\"")
        HTMLEscaping.appendEscaped(href, to: &html)
        html.appendLiteral("\">")
        HTMLEscaping.appendEscaped(title, to: &html)
        if let subpath = link.subpath, !subpath.isEmpty {
            html.appendLiteral(" › ")
            HTMLEscaping.appendEscaped(WikilinkSyntax.defaultDisplayText(subpath).replacingAll(" > ", with: " › "), to: &html)
        }
        html.appendLiteral("</a></div>\n<div class=\"markdown-embed-content\">\n")
        html += content
        html.appendLiteral("</div>\n</div>\n")
        return html
    }

    /// An embed where a block cannot stand (inside emphasis or a heading): a link to it.
    /// Bytes appended in place: every note embed makes this fallback, used or not.
    func embedLink(_ link: Link, href: String) -> [UInt8] {
        var html: [UInt8] = []
        html.reserveCapacity(64 + 2 * (href.utf8.count + link.path.utf8.count))
        html.appendLiteral("<a class=\"internal-link embed-link\" href=\"")
        HTMLEscaping.appendEscaped(href, to: &html)
        html.appendLiteral("\">")
        Self.appendDisplayText(of: link, escapedTo: &html)
        html.appendLiteral("</a>")
        return html
    }

    /// The page has embedded as much as it may: the rest become links.
    func embedLimit(_ link: Link, href: String) -> String {
        """
        <div class="internal-embed embed-limit" role="note">Not embedded (this page already embeds \(NoteRenderer.EmbedBudget.limit) notes): <a class="internal-link" href="\(escape(href))">\(escape(Self.displayText(of: link)))</a></div>

        """
    }

    /// The embed that would repeat one already open: a link and a visible marker (spec §4.1).
    func embedCycle(_ link: Link, href: String) -> String {
        """
        <div class="internal-embed embed-cycle" role="note">Embed cycle: <a class="internal-link" href="\(escape(href))">\(escape(Self.displayText(of: link)))</a> is already shown above, so it is not embedded again.</div>

        """
    }
}

/// The note's CommonMark links in source order: the renderer meets them in the same order,
/// so each gets the resolution lint computed for it.
struct MarkdownLinkQueue {
    private let noteLinks: [Link]
    private let resolutions: [LinkResolution]
    /// Indices into `noteLinks` (not copies: a `Link` holds several strings).
    private let pending: [Int]
    private var next = 0

    init(note: Note, resolutions: [LinkResolution]) {
        let links = note.links
        noteLinks = links
        self.resolutions = resolutions
        pending = links.indices.filter { index in
            let syntax = links[index].syntax
            return index < resolutions.count && (syntax == .markdownLink || syntax == .markdownEmbed) && !links[index].inComment
        }
    }

    mutating func rewrite(_ request: LinkRequest, page noteIndex: Int, links: LinkHTML) -> LinkRewrite {
        if request.destination.isEmpty || URIDecoding.isExternal(request.destination) {
            return external(request)
        }
        // Find this link among those lint saw on the same line (in order).
        guard let found = pending[next...].firstIndex(where: {
            Int32(noteLinks[$0].position.line) == request.line || (request.line <= 0)
        }) else {
            return external(request)
        }
        next = found + 1
        // The link's fields are read where they are needed: a `let link` copied the whole
        // `Link` (four strings, an atomic retain and release each) for every Markdown link.
        let linkIndex = pending[found]
        let resolution = resolutions[linkIndex]
        guard resolution.isResolved, let target = resolution.target else {
            return .unresolved(reason: LinkHTML.reason(noteLinks[linkIndex], resolution, links.plan.vault))
        }
        if let targetNote = links.plan.vault.files[target].noteIndex {
            guard links.plan.isPublished(note: targetNote) else { return .unpublished }
            let path = noteLinks[linkIndex].path
            return .internalLink(href: links.href(toFile: target, resolution, page: noteIndex),
                                 dataHref: noteLinks[linkIndex].subpath.map { path + "#" + $0 } ?? path)
        }
        if request.isImage || noteLinks[linkIndex].syntax == .markdownEmbed {
            return .html(links.attachmentEmbed(noteLinks[linkIndex], file: target))
        }
        return .internalLink(href: links.plan.href(file: target) ?? "", dataHref: noteLinks[linkIndex].path)
    }

    /// External images may carry a size in their alt text: `![alt|100x145](https://…)` (§4.3).
    private func external(_ request: LinkRequest) -> LinkRewrite {
        guard request.isImage, let bar = request.text.lastIndex(of: "|"),
              let size = WikilinkSyntax.parseSize(request.text[request.text.index(after: bar)...]) else {
            return .external(url: request.destination)
        }
        guard !HTMLEscaping.isDangerousURL(request.destination) else { return .external(url: request.destination) }
        var attributes = " width=\"\(size.width)\""
        if let height = size.height, height > 0 { attributes += " height=\"\(height)\"" }
        let alt = HTMLEscaping.escape(String(request.text[..<bar]))
        return .html("<img src=\"\(HTMLEscaping.escape(HTMLEscaping.encodeURL(request.destination)))\" alt=\"\(alt)\"\(attributes) loading=\"lazy\">")
    }
}
