import TendMarkdown
import TendVault

/// `sitemap.xml`, the Atom feed and `robots.txt`. Absolute URLs need the site's origin
/// (`site.base-url: https://…` or `--base-url`); without one they are root-relative.
struct Feeds: Sendable {
    let plan: SitePlan
    let origin: String?
    let title: String
    /// Entries in the feed: the most recently reviewed pages.
    static let feedSize = 20

    private func absolute(_ sitePath: String) -> String {
        (origin ?? "") + HTMLEscaping.encodeURL(plan.link(sitePath))
    }

    func sitemap(extraPages: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for noteIndex in plan.publishedNotes {
            guard let path = plan.urls[plan.resolved.noteFiles[noteIndex]] else { continue }
            xml += "<url><loc>\(HTMLEscaping.escape(absolute(path)))</loc>"
            if let reviewed = plan.context.reviews[noteIndex].reviewed { xml += "<lastmod>\(reviewed)</lastmod>" }
            xml += "</url>\n"
        }
        for path in extraPages { xml += "<url><loc>\(HTMLEscaping.escape(absolute(path)))</loc></url>\n" }
        return xml + "</urlset>\n"
    }

    /// Pages by review date, newest first (the date a reader cares about in a handbook).
    func atom(html: [Int: String]) -> String {
        let reviewed = plan.publishedNotes.compactMap { index in plan.context.reviews[index].reviewed.map { (index, $0) } }
        let recent = reviewed.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(Self.feedSize)
        let updated = recent.first.map { "\($0.1)T00:00:00Z" } ?? "1970-01-01T00:00:00Z"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <title>\(HTMLEscaping.escape(title))</title>
            <id>\(HTMLEscaping.escape(absolute("/feed.xml")))</id>
            <link href="\(HTMLEscaping.escape(absolute("/")))"/>
            <link rel="self" href="\(HTMLEscaping.escape(absolute("/feed.xml")))"/>
            <updated>\(updated)</updated>
            <generator>Tend</generator>

            """
        for (noteIndex, date) in recent {
            let note = plan.vault.notes[noteIndex]
            let url = absolute(plan.urls[plan.resolved.noteFiles[noteIndex]] ?? "/")
            let owner = plan.context.reviews[noteIndex].owners.first ?? title
            let summary = note.frontmatter?["description"]?.scalarText ?? ""
            xml += "<entry><title>\(HTMLEscaping.escape(note.title))</title><id>\(HTMLEscaping.escape(url))</id>"
            xml += "<link href=\"\(HTMLEscaping.escape(url))\"/><updated>\(date)T00:00:00Z</updated>"
            xml += "<author><name>\(HTMLEscaping.escape(owner))</name></author>"
            if !summary.isEmpty { xml += "<summary>\(HTMLEscaping.escape(summary))</summary>" }
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }

    func robots() -> String {
        var text = "User-agent: *\nAllow: /\n"
        if origin != nil { text += "Sitemap: \(absolute("/sitemap.xml"))\n" }
        return text
    }
}
