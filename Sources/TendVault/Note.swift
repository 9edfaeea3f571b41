/// One Markdown note, read and parsed: everything lint and site need from its text.
public struct Note: Sendable {
    /// Vault-relative path with `/` separators, NFC-normalised (`Engineering/Ops/Day 0.md`).
    public let path: String
    public let source: SourceText
    public var frontmatter: Frontmatter?
    public var links: [Link] = []
    public var headings: [Heading] = []
    public var blockIDs: [BlockID] = []
    public var tags: [Tag] = []
    public var aliases: [String] = []
    public var comments: [Comment] = []
    public var highlights: [Highlight] = []
    public var callouts: [Callout] = []
    /// Byte ranges of `$…$` and `$$…$$` math (spec §7.4), outside comments.
    public var math: [Range<Int>] = []
    /// Lines of each footnote definition (`[^label]: …`, spec §7.5) that the note refers to,
    /// in line order: an embedded part of the note brings along those it refers to.
    public var footnoteDefinitions: [ClosedRange<Int>] = []
    public var problems: [ParseProblem] = []

    init(path: String, source: SourceText) {
        self.path = path
        self.source = source
    }

    /// File name without `.md`.
    public var name: String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.lowercased().hasSuffix(".md") ? String(file.dropLast(3)) : file
    }

    /// Folder part of the path, without a trailing `/` ("" at the vault root).
    public var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Frontmatter `title`, else the first level-1 heading, else the file name.
    public var title: String {
        if let title = frontmatter?["title"]?.scalarText, !title.isEmpty { return title }
        if let heading = headings.first(where: { $0.level == 1 && $0.isLinkable }) { return heading.plainText }
        return name
    }

    /// Headings that links can target (top-level only, spec §2.1).
    public var linkableHeadings: [Heading] { headings.filter(\.isLinkable) }
}
