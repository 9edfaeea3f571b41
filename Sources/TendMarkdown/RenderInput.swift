#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything the HTML renderer needs besides the Markdown: what each placeholder stands for
/// and which ids and callouts sit on which source lines.
///
/// The site layer replaces Obsidian's inline forms (wikilinks, embeds, tags, highlights,
/// comments, math, callout markers, block ids) with placeholder tokens *before* cmark sees
/// the text, so cmark can neither mangle them (a `|` splitting a table cell, `_` in math
/// turning into emphasis) nor see Markdown inside a comment. Tokens never span a line
/// break, so cmark's line numbers stay those of the note.
public struct RenderInput {
    /// What one placeholder renders as.
    public enum Token {
        /// Nothing (a comment, a trailing `^block-id`, the inner lines of a block comment).
        case empty
        /// Inline HTML (a link, a tag, an image, inline math), as UTF-8: the site builds most
        /// of it as bytes, and a page has many of them.
        case inline([UInt8])
        /// The `==` that opens or closes a highlight: `<mark>` or `</mark>`, or the `==` itself
        /// where the highlight cannot nest with the emphasis around it (`HighlightNesting`).
        case highlight(opens: Bool)
        /// Block HTML (a note embed, display math): written between paragraphs when it stands
        /// at a paragraph's top level; inside emphasis, a link or a heading, where a block is
        /// not allowed, the `inline` form is written instead.
        case block([UInt8], inline: [UInt8])
        /// A callout's first line: its HTML comes from `callouts`, so it renders as nothing here.
        case calloutTitle
    }

    /// The Markdown with placeholders, as UTF-8.
    public var markdown: [UInt8]
    public var tokens: [Token]
    /// Heading ids by the heading's source line.
    public var headingIDs: [Int32: String] = [:]
    /// Block ids by the first source line of the block they name.
    public var blockIDs: [Int32: BlockAnchor] = [:]
    /// Callouts by the first line of their blockquote.
    public var callouts: [Int32: RenderCallout] = [:]
    /// Obsidian's default: a single newline in a paragraph is a `<br>` (spec §0.4).
    public var hardLineBreaks = true
    /// Adds a self-link to each heading.
    public var headingAnchors = true
    /// Prefix for footnote ids (`fn-PREFIX1`), so an embedded part's footnotes do not collide
    /// with the page's.
    public var footnotePrefix = ""

    public init(markdown: [UInt8], tokens: [Token]) {
        self.markdown = markdown
        self.tokens = tokens
    }
}

/// A `^block-id` to be written as the `id` of the block it names.
public struct BlockAnchor: Sendable {
    public enum Target: Sendable {
        case paragraph, listItem, anyBlock
    }

    public var id: String
    public var target: Target

    public init(id: String, target: Target) {
        self.id = id
        self.target = target
    }
}

/// A callout as the renderer writes it (spec §7.3).
public struct RenderCallout {
    /// Lower-cased type as written; goes into `data-callout`.
    public var type: String
    public var metadata: String?
    /// `+` open, `-` closed, nil when it cannot fold.
    public var fold: Character?
    /// Title HTML (already rendered inline Markdown).
    public var titleHTML: String
    /// Icon markup (an inline SVG).
    public var iconHTML: String

    public init(type: String, metadata: String?, fold: Character?, titleHTML: String, iconHTML: String) {
        self.type = type
        self.metadata = metadata
        self.fold = fold
        self.titleHTML = titleHTML
        self.iconHTML = iconHTML
    }
}

/// What a CommonMark link or image in the note becomes, decided by the site layer.
public enum LinkRewrite {
    /// An external URL (or one the site layer leaves alone): a plain link or image.
    case external(url: String)
    /// A link to a page of the site.
    case internalLink(href: String, dataHref: String)
    /// A link whose target does not resolve: shown, but with no href.
    case unresolved(reason: String)
    /// A link to a note that is not published: its text only.
    case unpublished
    /// Replace the whole link or image with this HTML (an attachment embed).
    case html(String)
}

/// Placeholder tokens: U+E000, the token's index in decimal, U+E001. Private-use characters
/// that cmark treats as ordinary text, and that never occur next to digits in real notes.
public enum PlaceholderToken {
    public static let open: [UInt8] = [0xEE, 0x80, 0x80]
    public static let close: [UInt8] = [0xEE, 0x80, 0x81]

    public static func append(_ index: Int, to bytes: inout [UInt8]) {
        precondition(index >= 0, "a token's index is an array index")
        // Opener and closer byte by byte: `bytes += open` took Array's general append, which
        // cost more than the rest of the token.
        bytes.append(open[0])
        bytes.append(open[1])
        bytes.append(open[2])
        bytes.appendDecimal(index)
        bytes.append(close[0])
        bytes.append(close[1])
        bytes.append(close[2])
    }

    /// `text` without its tokens: for plain-text places (an image's alt text), where a token's
    /// HTML has no place and its bytes must not show.
    static func removing(from text: String) -> String {
        guard text.utf8.contains(open[0]) else { return text }
        var kept: [UInt8] = []
        var copy = text
        copy.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if let (_, end) = read(bytes, at: index) {
                    index = end
                } else {
                    kept.append(bytes[index])
                    index += 1
                }
            }
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// Where the next token may start: the next byte from `start` that begins an opener, or
    /// `bytes.count`. Found by `memchr`: most text holds no token.
    static func nextOpenerByte(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(open[0]), bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Where the first whole token of `bytes` starts, if any.
    static func firstToken(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = nextOpenerByte(in: bytes, from: 0)
        while index < bytes.count {
            if read(bytes, at: index) != nil { return index }
            index = nextOpenerByte(in: bytes, from: index + 1)
        }
        return nil
    }

    /// The index of the token whose opener starts at `start`, and where the token ends.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (index: Int, end: Int)? {
        guard start + 2 < bytes.count, bytes[start] == open[0], bytes[start + 1] == open[1], bytes[start + 2] == open[2] else {
            return nil
        }
        var cursor = start + 3
        var number = 0
        var digits = 0
        while cursor < bytes.count, (48...57).contains(bytes[cursor]), digits < 9 {
            number = number * 10 + Int(bytes[cursor] - 48)
            cursor += 1
            digits += 1
        }
        guard digits > 0, cursor + 2 < bytes.count, bytes[cursor] == close[0], bytes[cursor + 1] == close[1],
              bytes[cursor + 2] == close[2] else { return nil }
        return (number, cursor + 3)
    }
}
