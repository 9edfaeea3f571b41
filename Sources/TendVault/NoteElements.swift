/// How a link was written.
public enum LinkSyntax: String, Sendable, Codable {
    /// `[[target]]`
    case wikilink
    /// `![[target]]`
    case wikiEmbed
    /// `[text](target)`
    case markdownLink
    /// `![alt](target)`: an image or, when the target is a note, a note embed (spec §1.2).
    case markdownEmbed
    /// A quoted `"[[target]]"` string in frontmatter (spec §1.6).
    case frontmatter

    public var isEmbed: Bool { self == .wikiEmbed || self == .markdownEmbed }
}

/// A requested image size, `|300` or `|300x200` (spec §4.3).
public struct EmbedSize: Sendable, Hashable, Codable {
    public var width: Int
    public var height: Int?
}

/// One internal link or embed, as written in a note.
public struct Link: Sendable {
    public var syntax: LinkSyntax
    /// Where the link starts (`!` or `[`), and where it ends (one past the last character).
    public var position: Position
    public var endPosition: Position
    /// The bytes `raw` is read from, and where in them: the note's source, shared (a
    /// frontmatter link's text has bytes of its own). Kept as a String, the source text of
    /// every link was a copy on the heap (~13 MiB at 10,000 notes) that few readers ask for.
    private let rawBytes: [UInt8]
    private let rawStart: Int32
    private let rawEnd: Int32

    /// The link's source text exactly as written.
    public var raw: String {
        String(decoding: rawBytes[Int(rawStart)..<Int(rawEnd)], as: UTF8.self)
    }

    /// Whether the source text holds `byte` (read in place, no String made).
    public func rawContains(_ byte: UInt8) -> Bool {
        rawBytes[Int(rawStart)..<Int(rawEnd)].contains(byte)
    }
    /// Normalised link path: the part before the first `#` (spec §1.1, §1.2).
    public var path: String
    /// The part after the first `#`, without that `#`; nil when there is none.
    public var subpath: String?
    /// The alias (`[[a|alias]]`) or Markdown link text; nil for a wikilink without alias.
    public var alias: String?
    /// Image size from the last `|` part of an embed (spec §4.3).
    public var size: EmbedSize?
    /// True when the link sits inside a `%%comment%%` (spec §7.1: indexed, never rendered).
    public var inComment: Bool
    /// True when the link sits in a GFM table row.
    public var inTable: Bool
    /// True when the wikilink was written `[[target\|alias]]` (the table escape).
    public var escapedPipe: Bool

    /// A link whose source text is `source[rawRange]`.
    init(syntax: LinkSyntax, position: Position, endPosition: Position, source: SourceText, rawRange: Range<Int>,
         path: String, subpath: String?, alias: String?, size: EmbedSize?, inComment: Bool, inTable: Bool, escapedPipe: Bool) {
        let range = rawRange.clamped(to: 0..<source.bytes.count)
        guard range.upperBound <= Int(Int32.max) else {
            // Past 2 GiB into a note the offsets do not fit: such a link keeps a copy.
            self.init(syntax: syntax, position: position, endPosition: endPosition, raw: source.string(range), path: path,
                      subpath: subpath, alias: alias, size: size, inComment: inComment, inTable: inTable, escapedPipe: escapedPipe)
            return
        }
        self.init(syntax: syntax, position: position, endPosition: endPosition, rawBytes: source.bytes,
                  rawStart: Int32(range.lowerBound), rawEnd: Int32(range.upperBound), path: path, subpath: subpath,
                  alias: alias, size: size, inComment: inComment, inTable: inTable, escapedPipe: escapedPipe)
    }

    /// A link whose source text is `raw` (a frontmatter property's value).
    init(syntax: LinkSyntax, position: Position, endPosition: Position, raw: String,
         path: String, subpath: String?, alias: String?, size: EmbedSize?, inComment: Bool, inTable: Bool, escapedPipe: Bool) {
        let bytes = Array(raw.utf8)
        self.init(syntax: syntax, position: position, endPosition: endPosition, rawBytes: bytes,
                  rawStart: 0, rawEnd: Int32(bytes.count), path: path, subpath: subpath,
                  alias: alias, size: size, inComment: inComment, inTable: inTable, escapedPipe: escapedPipe)
    }

    private init(syntax: LinkSyntax, position: Position, endPosition: Position, rawBytes: [UInt8], rawStart: Int32, rawEnd: Int32,
                 path: String, subpath: String?, alias: String?, size: EmbedSize?, inComment: Bool, inTable: Bool, escapedPipe: Bool) {
        self.syntax = syntax
        self.position = position
        self.endPosition = endPosition
        self.rawBytes = rawBytes
        self.rawStart = rawStart
        self.rawEnd = rawEnd
        self.path = path
        self.subpath = subpath
        self.alias = alias
        self.size = size
        self.inComment = inComment
        self.inTable = inTable
        self.escapedPipe = escapedPipe
    }

    /// Text shown for the link: the alias, or the target with empty `#` pieces dropped and
    /// the rest joined by ` > ` (spec §1.1). Computed on demand: most callers never ask.
    public var displayText: String {
        if let alias { return alias }
        return WikilinkSyntax.defaultDisplayText(subpath.map { path + "#" + $0 } ?? path)
    }
}

/// A heading and the anchor id Tend gives it.
public struct Heading: Sendable {
    public var level: Int
    /// Raw source text after the `#` marks (closing `#`s stripped): what links match against (§2.2).
    public var text: String
    /// Text with Markdown markup removed, as a reader sees it.
    public var plainText: String
    /// GitHub-style slug, de-duplicated within the note with `-1`, `-2`, … (spec §2.3).
    public var anchor: String
    public var position: Position
    /// Only headings that are direct children of the document can be link targets (§2.1).
    public var isLinkable: Bool
    /// `stripHeading` normalisation of `text`, lower-cased, for matching link pieces.
    public var matchKey: String
}

/// What a block id is attached to.
public enum BlockAttachment: String, Sendable, Codable {
    case paragraph, listItem, heading, block, orphan
}

/// A `^block-id` and the extent of the block it names (spec §3).
public struct BlockID: Sendable {
    /// The id as written, without `^`.
    public var id: String
    /// Lower-cased id: block ids are looked up case-insensitively (spec §3.1).
    public var key: String
    public var position: Position
    public var attachment: BlockAttachment
    /// First and last line of the block the id names.
    public var lines: ClosedRange<Int>
    /// `![[img.png]]^id` written without the space the syntax requires (spec §3.2, [V]).
    public var missingSpace: Bool
}

/// A tag, inline or from frontmatter.
public struct Tag: Sendable {
    /// The tag without `#`, as written (case kept).
    public let name: String
    public var position: Position
    public var fromFrontmatter: Bool
    public var inComment: Bool
    /// Lower-cased name: tags compare case-insensitively (spec §5.1). Stored: rules ask often.
    public let key: String

    public init(name: String, position: Position, fromFrontmatter: Bool, inComment: Bool) {
        self.name = name
        self.position = position
        self.fromFrontmatter = fromFrontmatter
        self.inComment = inComment
        self.key = lowercase(name)
    }
}

/// A `%%comment%%`, inline or block.
public struct Comment: Sendable {
    public var position: Position
    /// The text between the `%%` delimiters.
    public var text: String
    /// False when the block comment runs to the end of the file (spec §7.1).
    public var isClosed: Bool
    public var isBlock: Bool
}

/// An `==highlight==` span.
public struct Highlight: Sendable {
    public var position: Position
    public var text: String
}

/// A callout: a blockquote whose first line starts with `[!type]` (spec §7.3).
public struct Callout: Sendable {
    /// Type as written, lower-cased (`faq`, `my-type`).
    public var type: String
    public var metadata: String?
    /// `+` open, `-` closed, nil when the callout cannot fold.
    public var fold: Character?
    public var title: String
    public var position: Position
    public var lines: ClosedRange<Int>
}

/// Something in a note that Tend could not read as its author meant.
public struct ParseProblem: Sendable {
    public enum Kind: String, Sendable, Codable {
        case invalidFrontmatter = "invalid-frontmatter"
        case frontmatterNotMapping = "frontmatter-not-mapping"
        case unreadableFile = "unreadable-file"
        case invalidUTF8 = "invalid-utf8"
        case invalidProperty = "invalid-property"
    }

    public var kind: Kind
    public var position: Position
    public var message: String
    public var fix: String
}
