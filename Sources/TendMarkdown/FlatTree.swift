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

/// A cmark tree copied into two arrays: nodes by index, and the bytes of their literals,
/// URLs, titles and fence infos.
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

    /// Where a piece of text lies in `bytes`.
    struct ByteSpan: Sendable {
        var start: Int32 = 0
        var count: Int32 = 0
    }

    enum Flag {
        static let orderedList: UInt8 = 1
        static let tightList: UInt8 = 2
        static let headerRow: UInt8 = 4
    }

    var records: [Record]
    var bytes: [UInt8]

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

    /// Calls `body` with the node's literal bytes (empty when it has none).
    public func withLiteral<Result>(_ node: Node, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withBytes(records[Int(node)].literal, body)
    }

    public func literal(_ node: Node) -> String { string(records[Int(node)].literal) }
    public func url(_ node: Node) -> String { string(records[Int(node)].literal) }
    public func fenceInfo(_ node: Node) -> String { string(afterLiteral(node)) }
    public func title(_ node: Node) -> String { string(afterLiteral(node)) }

    /// A table's column alignments: `l`, `c`, `r` or 0 for each column.
    public func tableAlignments(_ node: Node) -> [UInt8] {
        withBytes(records[Int(node)].literal) { Array($0) }
    }

    /// The bytes right after the literal, `number` of them: a title after a URL, a fence
    /// info after a code block's content.
    private func afterLiteral(_ node: Node) -> ByteSpan {
        let record = records[Int(node)]
        return ByteSpan(start: record.literal.start + record.literal.count, count: record.number)
    }

    /// Where the node's literal lies in the bytes `withAllBytes` lends: for a reader of many
    /// literals, which borrows the bytes once instead of once for each literal.
    func literalRange(_ node: Node) -> Range<Int> {
        let span = records[Int(node)].literal
        return Int(span.start)..<Int(span.start + span.count)
    }

    /// Calls `body` with the bytes of every literal, URL, title and fence info of the tree.
    func withAllBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer(body)
    }

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

// MARK: Copying a cmark tree

extension FlatTree {
    /// Copies the tree under `document`, parsed from `parsed`. The cmark tree may be freed
    /// afterwards. `lineStarts` are those of `parsed` when the caller has found them already.
    public init(document: OpaquePointer, parsed: UnsafeBufferPointer<UInt8>, lineStarts: [Int]? = nil) {
        var builder = Builder(parsed: parsed, lineStarts: lineStarts)
        defer { builder.free() }
        // Depth-first with an explicit stack of (cmark node, its record): first children
        // are linked as they are met, later ones through the previous sibling's `next`.
        var pending: [(node: OpaquePointer, parent: Int32, previous: Int32)] = []
        _ = builder.append(document, parent: -1)
        var child = cmark_node_first_child(document)
        var parent: Int32 = 0
        var previous: Int32 = -1
        while true {
            if let current = child {
                let index = builder.append(current, parent: parent)
                if previous >= 0 {
                    builder.records[Int(previous)].next = index
                } else {
                    builder.records[Int(parent)].firstChild = index
                }
                if let inner = cmark_node_first_child(current) {
                    pending.append((current, parent, index))
                    parent = index
                    previous = -1
                    child = inner
                } else {
                    previous = index
                    child = cmark_node_next(current)
                }
            } else {
                guard let (node, outer, index) = pending.popLast() else { break }
                parent = outer
                previous = index
                child = cmark_node_next(node)
            }
        }
        records = Array(UnsafeBufferPointer(start: builder.records, count: builder.recordCount))
        bytes = Array(builder.bytes.bytes)
    }

    /// The copy's records and bytes while it is made, in memory it grows itself.
    ///
    /// Why: appending to the arrays went through Array's uniqueness and capacity checks for
    /// every node, link and literal, and its generic `append(contentsOf:)` for each text:
    /// half the cost of the copy. The arrays are made once at the end, at their exact size.
    private struct Builder {
        var records: UnsafeMutablePointer<Record>
        var recordCount = 0
        var recordCapacity = 256
        var bytes = HTMLBytes(capacity: 4096)
        /// The text the tree was parsed from, and where its lines start (made when needed).
        let parsed: UnsafeBufferPointer<UInt8>
        var lineStarts: [Int]?

        // Most notes: some hundreds of nodes and their text; reserved rather than grown.
        init(parsed: UnsafeBufferPointer<UInt8>, lineStarts: [Int]?) {
            self.parsed = parsed
            self.lineStarts = lineStarts
            records = .allocate(capacity: recordCapacity)
        }

        func free() {
            records.deallocate()
            bytes.free()
        }

        mutating func append(_ node: OpaquePointer, parent: Int32) -> Int32 {
            let type = cmark_node_get_type(node)
            var record = Record(kind: FlatTree.kind(of: type))
            record.parent = parent
            record.startLine = cmark_node_get_start_line(node)
            record.startColumn = cmark_node_get_start_column(node)
            switch record.kind {
            case .text, .code, .htmlInline, .htmlBlock, .codeBlock, .footnoteReference:
                record.literal = copy(cmark_node_get_literal(node))
                // The fence info right after the content (`afterLiteral`).
                if record.kind == .codeBlock { record.number = copy(cmark_node_get_fence_info(node)).count }
            case .heading:
                record.number = cmark_node_get_heading_level(node)
            case .list:
                record.number = cmark_node_get_list_start(node)
                if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST { record.flags |= Flag.orderedList }
                if cmark_node_get_list_tight(node) != 0 { record.flags |= Flag.tightList }
            case .link, .image:
                // The title right after the URL (`afterLiteral`).
                record.literal = copy(cmark_node_get_url(node))
                record.number = copy(cmark_node_get_title(node)).count
            case .table:
                let columns = Int(cmark_gfm_extensions_get_table_columns(node))
                record.number = Int32(columns)
                record.literal = ByteSpan(start: Int32(bytes.count), count: Int32(columns))
                let alignments = cmark_gfm_extensions_get_table_alignments(node)
                for column in 0..<columns { bytes.append(alignments.map { $0[column] } ?? 0) }
            case .tableRow:
                if cmark_gfm_extensions_get_table_row_is_header(node) != 0 { record.flags |= Flag.headerRow }
            case .emphasis, .strong, .strikethrough:
                if lineStarts == nil { lineStarts = FlatTree.lineStarts(of: parsed) }
                record.number = FlatTree.delimiter(at: record.startLine, record.startColumn, in: parsed, lineStarts: lineStarts!)
            default:
                break
            }
            if recordCount == recordCapacity {
                recordCapacity *= 2
                let grown = UnsafeMutablePointer<Record>.allocate(capacity: recordCapacity)
                grown.moveInitialize(from: records, count: recordCount)
                records.deallocate()
                records = grown
            }
            (records + recordCount).initialize(to: record)
            recordCount += 1
            return Int32(recordCount - 1)
        }

        private mutating func copy(_ pointer: UnsafePointer<CChar>?) -> ByteSpan {
            let start = Int32(bytes.count)
            guard let pointer else { return ByteSpan(start: start, count: 0) }
            let length = strlen(pointer)
            pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
                bytes.append(UnsafeBufferPointer(start: $0, count: length))
            }
            return ByteSpan(start: start, count: Int32(length))
        }
    }

    /// The byte at a node's start (1-based line and byte column) when it is `*`, `_` or `~`,
    /// plus 0x100 when the next byte is the same: the delimiter run the node was written with.
    static func delimiter(at line: Int32, _ column: Int32, in parsed: UnsafeBufferPointer<UInt8>, lineStarts: [Int]) -> Int32 {
        guard line >= 1, Int(line) <= lineStarts.count, column >= 1 else { return 0 }
        let offset = lineStarts[Int(line) - 1] + Int(column) - 1
        guard offset < parsed.count else { return 0 }
        let byte = parsed[offset]
        guard byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~") else { return 0 }
        let doubled = offset + 1 < parsed.count && parsed[offset + 1] == byte
        return Int32(byte) | (doubled ? 0x100 : 0)
    }

    /// Where each line of `bytes` starts; the line breaks are found by `memchr`.
    static func lineStarts(of bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        guard let base = bytes.baseAddress else { return starts }
        starts.reserveCapacity(bytes.count / 32 + 1)
        var index = 0
        while index < bytes.count, let found = memchr(base + index, 10, bytes.count - index) {
            index = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
            starts.append(index)
        }
        return starts
    }

    /// Extension types are numbers assigned when the extensions register: compared, not named.
    static func kind(of type: cmark_node_type) -> MarkdownNodeKind {
        switch type {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: return .customBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: return .customInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference
        default:
            switch type {
            case ExtensionTypes.table: return .table
            case ExtensionTypes.tableRow: return .tableRow
            case ExtensionTypes.tableCell: return .tableCell
            case ExtensionTypes.strikethrough: return .strikethrough
            default:
                return (type.rawValue & UInt32(CMARK_NODE_TYPE_MASK)) == UInt32(CMARK_NODE_TYPE_INLINE) ? .otherInline : .otherBlock
            }
        }
    }

    /// The GFM extensions' node types (the outline compares them too).
    enum ExtensionTypes {
        static let table: cmark_node_type = { _ = CmarkExtensions.registered; return tend_node_type_table() }()
        static let tableRow: cmark_node_type = { _ = CmarkExtensions.registered; return tend_node_type_table_row() }()
        static let tableCell: cmark_node_type = { _ = CmarkExtensions.registered; return tend_node_type_table_cell() }()
        static let strikethrough: cmark_node_type = { _ = CmarkExtensions.registered; return tend_node_type_strikethrough() }()
    }
}
