/// A position in the parsed text: 1-based line, 1-based column counted in UTF-8 bytes.
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var line: Int32
    public var column: Int32

    public init(line: Int32, column: Int32) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        a.line != b.line ? a.line < b.line : a.column < b.column
    }
}

/// An inclusive range of source positions, as cmark reports them.
public struct SourceRange: Sendable, Hashable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }
}

/// The kinds of block that the vault model cares about.
public enum BlockKind: UInt8, Sendable {
    case document, paragraph, heading, codeBlock, htmlBlock, blockQuote, list, item
    case table, tableRow, tableCell, thematicBreak, footnoteDefinition, other
}

/// One block of the Markdown tree, flattened in document order.
public struct MarkdownBlock: Sendable {
    public var kind: BlockKind
    /// Index of the parent block in `MarkdownOutline.blocks`; -1 for the document itself.
    public var parent: Int32
    public var range: SourceRange
    /// Heading level 1–6; 0 for other blocks.
    public var headingLevel: UInt8
    /// Plain text of a heading (literal text and code of its inlines, markup dropped).
    public var plainText: String
    /// Info string of a fenced code block (`mermaid`, `query`, …); empty otherwise.
    public var info: String
    /// True for a fenced (not indented) code block.
    public var isFenced: Bool
}

/// What an inline node hides from Obsidian syntax scanning: code spans and raw HTML
/// (spec §0.3: nothing OFM is recognised inside them) and Markdown link syntax.
public enum InlineZoneKind: UInt8, Sendable {
    case code, html, link
}

/// A span of source that Obsidian syntax scanning must skip.
public struct InlineZone: Sendable {
    public var kind: InlineZoneKind
    public var range: SourceRange
}

/// A CommonMark link `[text](dest)` or image `![alt](dest)` as cmark parsed it.
public struct MarkdownLink: Sendable {
    /// Destination after CommonMark unescaping (backslash escapes, entities); not percent-decoded.
    public var destination: String
    public var isImage: Bool
    /// Literal text of the image's alt (or the link's text).
    public var text: String
    public var range: SourceRange
}

/// The block structure and inline zones of one Markdown document.
public struct MarkdownOutline: Sendable {
    public var blocks: [MarkdownBlock] = []
    public var zones: [InlineZone] = []
    public var links: [MarkdownLink] = []

    public init() {}

    /// Lines inside code blocks (1-based), for callers that must not look inside code.
    public var codeLines: Set<Int32> {
        var lines: Set<Int32> = []
        for block in blocks where block.kind == .codeBlock && block.range.start.line > 0 {
            for line in block.range.start.line...max(block.range.start.line, block.range.end.line) { lines.insert(line) }
        }
        return lines
    }

    /// Appends the outline of a later part of the same document: its document node is
    /// dropped and its top-level blocks become children of this outline's document.
    mutating func append(_ part: MarkdownOutline) {
        if blocks.isEmpty {
            self = part
            return
        }
        let offset = Int32(blocks.count) - 1
        for block in part.blocks.dropFirst() {
            var moved = block
            moved.parent = block.parent <= 0 ? 0 : block.parent + offset
            blocks.append(moved)
        }
        zones += part.zones
        links += part.links
    }
}
