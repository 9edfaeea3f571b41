import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a node of a parsed Markdown tree is (cmark's node types, GFM's included).
public enum MarkdownNodeKind: UInt8, Sendable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading
    case thematicBreak, footnoteDefinition, table, tableRow, tableCell
    case text, softBreak, lineBreak, code, htmlInline, customInline, emphasis, strong, link, image
    case footnoteReference, strikethrough
    /// A block or inline type no extension Tend attaches makes.
    case otherBlock, otherInline

    public var isBlock: Bool {
        switch self {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock, .paragraph, .heading,
             .thematicBreak, .footnoteDefinition, .table, .tableRow, .tableCell, .otherBlock:
            return true
        default:
            return false
        }
    }
}

/// A cmark tree copied into arrays: nodes by index, and the bytes of their literals, URLs,
/// titles and fence infos, or for most text, the text the tree was parsed from (`source`).
///
/// Why: cmark's tree lives in the parse arena, which the next parse on the thread reuses,
/// so a tree cannot outlive its parse. Copied, the tree a note was parsed into when the vault
/// was loaded can be rendered later, when every link of the vault is resolved, instead of
/// parsing the note a second time. The HTML walker reads this form only.
public struct FlatTree: Sendable {
    /// A node's index in `nodes`; the document is node 0.
    public typealias Node = Int32

    struct Record: Sendable {
        var kind: MarkdownNodeKind
        /// `Flag` bits.
        var flags: UInt8 = 0
        /// Heading level, list start, a table's column count, an emphasis's delimiter, or the
        /// length of what follows the literal in `bytes`: a link's or image's title, a code
        /// block's fence info.
        var number: Int32 = 0
        var parent: Int32 = -1
        var firstChild: Int32 = -1
        var next: Int32 = -1
        var startLine: Int32 = 0
        var startColumn: Int32 = 0
        /// Text, code, HTML, a code block's content, a footnote reference's number; a link's
        /// or image's URL; a table's column alignments.
        ///
        /// One span, not three: a vault keeps every note's tree for the whole build (~88 nodes
        /// a note), and separate spans for URLs, titles and fence infos, which few nodes have,
        /// made a record 52 bytes instead of 36. Those follow the literal in `bytes`.
        var literal = ByteSpan()
    }

    /// Where a piece of text lies in `bytes`, or in `source` for a literal flagged
    /// `literalInSource`.
    struct ByteSpan: Sendable {
        var start: Int32 = 0
        var count: Int32 = 0
    }

    enum Flag {
        static let orderedList: UInt8 = 1
        static let tightList: UInt8 = 2
        static let headerRow: UInt8 = 4
        /// The literal lies in `source`, not in `bytes` (a text node written as it reads).
        static let literalInSource: UInt8 = 8
    }

    var records: [Record]
    var bytes: [UInt8]
    /// The text the tree was parsed from, when the parse was given it to share: a text node
    /// whose literal is exactly its source bytes points there instead of into `bytes`. Most
    /// text is, and a vault keeps every note's tree for the whole build: copied, the text was
    /// a second copy of the vault (9% of a 10,000-note build's heap).
    var source: [UInt8] = []

    public var root: Node { 0 }
    public var nodeCount: Int { records.count }

    public func kind(_ node: Node) -> MarkdownNodeKind { records[Int(node)].kind }
    public func firstChild(_ node: Node) -> Node? { Self.node(records[Int(node)].firstChild) }
    public func next(_ node: Node) -> Node? { Self.node(records[Int(node)].next) }
    public func parent(_ node: Node) -> Node? { Self.node(records[Int(node)].parent) }
    public func startLine(_ node: Node) -> Int32 { records[Int(node)].startLine }
    public func startColumn(_ node: Node) -> Int32 { records[Int(node)].startColumn }
    public func headingLevel(_ node: Node) -> Int { Int(records[Int(node)].number) }
    public func listStart(_ node: Node) -> Int { Int(records[Int(node)].number) }
    public func listIsOrdered(_ node: Node) -> Bool { records[Int(node)].flags & Flag.orderedList != 0 }
    public func listIsTight(_ node: Node) -> Bool { records[Int(node)].flags & Flag.tightList != 0 }
    public func rowIsHeader(_ node: Node) -> Bool { records[Int(node)].flags & Flag.headerRow != 0 }

    /// The delimiter emphasis, strong or strikethrough was written with, read where the node
    /// starts in the parsed text: `*`, `_` or `~`, and whether the next byte is the same; nil
    /// when the node's position does not show one.
    public func delimiter(_ node: Node) -> (byte: UInt8, doubled: Bool)? {
        let number = records[Int(node)].number
        guard number != 0 else { return nil }
        return (UInt8(number & 0xFF), number & 0x100 != 0)
    }

    /// Calls `body` with the node's literal bytes (empty when it has none: a link's, an
    /// image's or a table's span holds its URL or alignments).
    public func withLiteral<Result>(_ node: Node, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let record = records[Int(node)]
        guard Self.hasTextLiteral(record) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let range = Int(record.literal.start)..<Int(record.literal.start + record.literal.count)
        // Only the array that holds it is borrowed.
        if record.flags & Flag.literalInSource != 0 {
            return source.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Whether the record's span is its text (a link's, an image's or a table's holds a URL
    /// or alignments).
    static func hasTextLiteral(_ record: Record) -> Bool {
        record.kind != .link && record.kind != .image && record.kind != .table
    }

    public func literal(_ node: Node) -> String { withLiteral(node) { String(decoding: $0, as: UTF8.self) } }
    // Empty for nodes of other kinds, whose `literal` and `number` mean something else.
    public func url(_ node: Node) -> String { isLinkOrImage(node) ? string(records[Int(node)].literal) : "" }
    public func title(_ node: Node) -> String { isLinkOrImage(node) ? string(afterLiteral(node)) : "" }
    public func fenceInfo(_ node: Node) -> String { kind(node) == .codeBlock ? string(afterLiteral(node)) : "" }

    /// A table's column alignments: `l`, `c`, `r` or 0 for each column.
    public func tableAlignments(_ node: Node) -> [UInt8] {
        kind(node) == .table ? withBytes(records[Int(node)].literal) { Array($0) } : []
    }

    private func isLinkOrImage(_ node: Node) -> Bool {
        let kind = kind(node)
        return kind == .link || kind == .image
    }

    /// The bytes right after the literal, `number` of them: a title after a URL, a fence
    /// info after a code block's content.
    private func afterLiteral(_ node: Node) -> ByteSpan {
        let record = records[Int(node)]
        return ByteSpan(start: record.literal.start + record.literal.count, count: record.number)
    }

    /// The tree's two stores of text, borrowed: for a reader of many literals, which borrows
    /// them once instead of once for each literal.
    struct BorrowedText {
        let tree: FlatTree
        let bytes: UnsafeBufferPointer<UInt8>
        let source: UnsafeBufferPointer<UInt8>

        func literal(_ node: Node) -> UnsafeBufferPointer<UInt8> {
            let record = tree.records[Int(node)]
            guard FlatTree.hasTextLiteral(record) else { return UnsafeBufferPointer(start: nil, count: 0) }
            let span = record.literal
            let store = record.flags & Flag.literalInSource != 0 ? source : bytes
            return UnsafeBufferPointer(rebasing: store[Int(span.start)..<Int(span.start + span.count)])
        }

        /// About as many bytes as the tree's text.
        var count: Int { bytes.count + tree.sourceTextCount }
    }

    /// Calls `body` with the tree's text: every literal, URL, title and fence info.
    func withAllBytes<Result>(_ body: (BorrowedText) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            source.withUnsafeBufferPointer { source in body(BorrowedText(tree: self, bytes: bytes, source: source)) }
        }
    }

    /// Bytes of text that lie in `source` (for sizing output).
    var sourceTextCount = 0

    private static func node(_ index: Int32) -> Node? { index >= 0 ? index : nil }

    private func withBytes<Result>(_ span: ByteSpan, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(span.start)..<Int(span.start + span.count)]))
        }
    }

    private func string(_ span: ByteSpan) -> String {
        withBytes(span) { String(decoding: $0, as: UTF8.self) }
    }
}
