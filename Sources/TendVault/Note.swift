import TendMarkdown

/// One Markdown note, read and parsed: everything lint and site need from its text.
public struct Note: Sendable {
    /// The note's values live in one shared box, copied on write. Notes are passed around and
    /// read far more than changed (every rule, every page reads all of them), and a plain
    /// struct of a dozen arrays and strings cost a dozen atomic reference counts per copy:
    /// in `tend lint` at 10,000 notes those copies were ~4% of all CPU time.
    @usableFromInline final class Storage: @unchecked Sendable {
        // Safe to share across threads: it is only mutated while uniquely referenced.
        @usableFromInline let path: String
        @usableFromInline let source: SourceText
        @usableFromInline var frontmatter: Frontmatter? = nil
        @usableFromInline var links: [Link] = []
        @usableFromInline var headings: [Heading] = []
        @usableFromInline var blockIDs: [BlockID] = []
        @usableFromInline var tags: [Tag] = []
        @usableFromInline var aliases: [String] = []
        @usableFromInline var comments: [Comment] = []
        @usableFromInline var highlights: [Highlight] = []
        @usableFromInline var callouts: [Callout] = []
        @usableFromInline var math: [Range<Int>] = []
        @usableFromInline var footnoteDefinitions: [ClosedRange<Int>] = []
        @usableFromInline var problems: [ParseProblem] = []
        @usableFromInline var renderTree: FlatTree? = nil

        init(path: String, source: SourceText) {
            self.path = path
            self.source = source
        }

        func copy() -> Storage {
            let copy = Storage(path: path, source: source)
            copy.frontmatter = frontmatter
            copy.links = links
            copy.headings = headings
            copy.blockIDs = blockIDs
            copy.tags = tags
            copy.aliases = aliases
            copy.comments = comments
            copy.highlights = highlights
            copy.callouts = callouts
            copy.math = math
            copy.footnoteDefinitions = footnoteDefinitions
            copy.problems = problems
            copy.renderTree = renderTree
            return copy
        }
    }

    // Inlinable reads (`@usableFromInline` storage): called from another module, a getter
    // returned each array retained, an atomic increment on an array both page threads read.
    @usableFromInline var storage: Storage

    init(path: String, source: SourceText) {
        storage = Storage(path: path, source: source)
    }

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Vault-relative path with `/` separators, NFC-normalised (`Engineering/Ops/Day 0.md`).
    @inlinable public var path: String { storage.path }
    @inlinable public var source: SourceText { storage.source }
    public var frontmatter: Frontmatter? {
        @inlinable get { storage.frontmatter }
        _modify { yield &unique().frontmatter }
    }
    public var links: [Link] {
        @inlinable get { storage.links }
        _modify { yield &unique().links }
    }
    public var headings: [Heading] {
        @inlinable get { storage.headings }
        _modify { yield &unique().headings }
    }
    public var blockIDs: [BlockID] {
        @inlinable get { storage.blockIDs }
        _modify { yield &unique().blockIDs }
    }
    public var tags: [Tag] {
        @inlinable get { storage.tags }
        _modify { yield &unique().tags }
    }
    public var aliases: [String] {
        @inlinable get { storage.aliases }
        _modify { yield &unique().aliases }
    }
    public var comments: [Comment] {
        @inlinable get { storage.comments }
        _modify { yield &unique().comments }
    }
    public var highlights: [Highlight] {
        @inlinable get { storage.highlights }
        _modify { yield &unique().highlights }
    }
    public var callouts: [Callout] {
        @inlinable get { storage.callouts }
        _modify { yield &unique().callouts }
    }
    /// Byte ranges of `$…$` and `$$…$$` math (spec §7.4), outside comments.
    public var math: [Range<Int>] {
        @inlinable get { storage.math }
        _modify { yield &unique().math }
    }
    /// Lines of each footnote definition (`[^label]: …`, spec §7.5) that the note refers to,
    /// in line order: an embedded part of the note brings along those it refers to.
    public var footnoteDefinitions: [ClosedRange<Int>] {
        @inlinable get { storage.footnoteDefinitions }
        _modify { yield &unique().footnoteDefinitions }
    }
    public var problems: [ParseProblem] {
        @inlinable get { storage.problems }
        _modify { yield &unique().problems }
    }
    /// The tree the note was parsed into, kept when the vault was loaded for rendering
    /// (`tend build`, `tend serve`) and the site can render from it without parsing again
    /// (`NoteParser.parse`, `keepingRenderTree`); nil otherwise.
    public var renderTree: FlatTree? {
        @inlinable get { storage.renderTree }
        _modify { yield &unique().renderTree }
    }

    /// File name without `.md`.
    public var name: String {
        let file = path.utf8.allSatisfy({ $0 < 0x80 })
            ? asciiLastSegment(path) ?? path
            : path.split(separator: "/").last.map(String.init) ?? path
        return file.lowercased().hasSuffix(".md") ? String(file.dropLast(3)) : file
    }

    /// Folder part of the path, without a trailing `/` ("" at the vault root).
    public var folder: String {
        // Searched on bytes when the path is ASCII, where every byte is a Character; walking
        // Characters cost ~9k instructions a call, and pages ask for folders often. (In
        // other text a combining mark after `/` makes one Character that is not `/`.)
        if path.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
            return String(path[..<slash])
        }
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

/// The last non-empty `/`-separated segment of an ASCII path (what `split(separator: "/").last`
/// gives), or nil when there is none.
func asciiLastSegment(_ path: String) -> String? {
    let utf8 = path.utf8
    var end = utf8.endIndex
    while end > utf8.startIndex && utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
    var start = end
    while start > utf8.startIndex && utf8[utf8.index(before: start)] != UInt8(ascii: "/") { start = utf8.index(before: start) }
    return start < end ? String(path[start..<end]) : nil
}

extension Note {
    /// The lines of a heading's section: its own line up to the next linkable heading of the
    /// same or a higher level (spec §2.4). `headingLine` is the heading's line.
    public func sectionLines(headingLine: Int) -> ClosedRange<Int> {
        let headings = linkableHeadings
        guard let heading = headings.first(where: { $0.position.line == headingLine }) else {
            return headingLine...headingLine
        }
        let next = headings.first { $0.position.line > headingLine && $0.level <= heading.level }
        return headingLine...max(headingLine, (next?.position.line ?? source.lineCount + 1) - 1)
    }

    /// The lines an embed shows: a heading's section, a block (a heading's block id names its
    /// section), or every line.
    public func embeddedLines(heading: Int?, block: Int?) -> ClosedRange<Int> {
        if let heading { return sectionLines(headingLine: headings[heading].position.line) }
        if let block {
            let lines = blockIDs[block].lines
            return blockIDs[block].attachment == .heading ? sectionLines(headingLine: lines.lowerBound) : lines
        }
        return 1...max(1, source.lineCount)
    }
}
