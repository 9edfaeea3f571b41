import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FlatTree {
    /// Copies the tree under `document`, parsed from `parsed`. The cmark tree may be freed
    /// afterwards. `lineStarts` are those of `parsed` when the caller has found them already.
    /// `source`: bytes with `parsed`'s lines and columns (`parsed` itself, or the text it was
    /// made from by blanking parts) that text nodes may point into instead of copying.
    public init(document: OpaquePointer, parsed: UnsafeBufferPointer<UInt8>, lineStarts: [Int]? = nil, source: [UInt8]? = nil) {
        var builder = Builder(parsed: parsed, lineStarts: lineStarts, source: source)
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
        if builder.sourceTextCount > 0, let source {
            self.source = source
            sourceTextCount = builder.sourceTextCount
        }
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
        /// Where text nodes may point (`FlatTree.source`), and how many of their bytes do.
        let source: [UInt8]?
        var sourceTextCount = 0

        // Most notes: some hundreds of nodes and their text; reserved rather than grown.
        init(parsed: UnsafeBufferPointer<UInt8>, lineStarts: [Int]?, source: [UInt8]?) {
            self.parsed = parsed
            self.lineStarts = lineStarts
            self.source = source
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
            case .text where source != nil:
                if let span = spanInSource(cmark_node_get_literal(node), line: record.startLine, column: record.startColumn) {
                    record.literal = span
                    record.flags |= Flag.literalInSource
                } else {
                    record.literal = copy(cmark_node_get_literal(node))
                }
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

        /// Where in `source` the literal of a text node starting at `line`, `column` lies, if
        /// the bytes there are the literal's (cmark drops backslash escapes and decodes entities,
        /// so some text nodes differ from what was written; those are copied).
        private mutating func spanInSource(_ pointer: UnsafePointer<CChar>?, line: Int32, column: Int32) -> ByteSpan? {
            guard let pointer, let source, line >= 1, column >= 1 else { return nil }
            if lineStarts == nil { lineStarts = FlatTree.lineStarts(of: parsed) }
            guard Int(line) <= lineStarts!.count else { return nil }
            let offset = lineStarts![Int(line) - 1] + Int(column) - 1
            let length = strlen(pointer)
            guard length > 0, offset + length <= source.count, offset + length <= Int(Int32.max) else { return nil }
            let same = source.withUnsafeBufferPointer { memcmp($0.baseAddress! + offset, pointer, length) == 0 }
            guard same else { return nil }
            sourceTextCount += length
            return ByteSpan(start: Int32(offset), count: Int32(length))
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
