#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing placeholder tokens into a tree parsed from the original text, so that a note
/// parsed once (when the vault was loaded) renders without parsing its replaced text again.
///
/// The site replaces Obsidian's inline forms with placeholder tokens before cmark parses a
/// note (`RenderInput`). Where every replaced range is plain text in the original parse, the
/// parse of the replaced text is the same tree with those ranges swapped for their tokens in
/// the text nodes. `replacingText` makes that tree, or answers nil when it cannot show that
/// the two parses agree; the caller then parses the replaced text as before.
extension FlatTree {
    /// One range of source bytes and the token that stands for it.
    public struct TextReplacement: Sendable {
        public var range: Range<Int>
        public var token: Int

        public init(range: Range<Int>, token: Int) {
            self.range = range
            self.token = token
        }
    }

    /// The tree with each replacement's source bytes written as its placeholder; nil when a
    /// replacement is not provably plain text of one text node (see the checks below).
    /// `replacements` are sorted by start and do not overlap; `source` is the text this
    /// tree was parsed from, `lineStarts` the offset of each line's first byte.
    public func replacingText(_ replacements: [TextReplacement], source: UnsafeBufferPointer<UInt8>,
                              lineStarts: [Int]) -> FlatTree? {
        guard !replacements.isEmpty else { return self }
        // Text nodes by where they start in the source (cmark moves footnote definitions
        // to the end of the document, so document order is not source order).
        var starts: [(offset: Int, node: Node)] = []
        starts.reserveCapacity(records.count / 2)
        for index in records.indices where records[index].kind == .text {
            let line = Int(records[index].startLine)
            let column = Int(records[index].startColumn)
            guard line >= 1, line <= lineStarts.count, column >= 1 else { continue }
            starts.append((lineStarts[line - 1] + column - 1, Node(index)))
        }
        starts.sort { $0.offset < $1.offset }
        // New literals are gathered here and added to the tree's bytes once, at the end.
        var rewritten: [(node: Node, span: ByteSpan)] = []
        var added: [UInt8] = []
        var next = 0
        while next < replacements.count {
            let first = replacements[next]
            // The text node the replacement starts in: the last one starting at or before it.
            var low = 0, high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle].offset <= first.range.lowerBound { low = middle + 1 } else { high = middle }
            }
            guard low > 0 else { return nil }
            let (nodeStart, node) = starts[low - 1]
            guard let map = sourceMap(of: node, at: nodeStart, source: source), first.range.upperBound <= map.end,
                  !hasLinkAncestor(node) else { return nil }
            // Every replacement inside this node is made at once.
            let firstInNode = next
            while next < replacements.count, replacements[next].range.lowerBound < map.end {
                guard replacements[next].range.upperBound <= map.end,
                      Self.delimitersAgree(around: replacements[next].range, source: source) else { return nil }
                next += 1
            }
            let start = added.count
            appendLiteral(of: node, replacing: replacements[firstInNode..<next], map: map, to: &added)
            rewritten.append((node, ByteSpan(start: Int32(start), count: Int32(added.count - start))))
        }
        var tree = self
        let base = Int32(tree.bytes.count)
        tree.bytes.append(contentsOf: added)
        for (node, span) in rewritten {
            tree.records[Int(node)].literal = ByteSpan(start: base + span.start, count: span.count)
            tree.records[Int(node)].flags &= ~Flag.literalInSource
        }
        return tree
    }

    /// Where a text node's literal lies in the source: it must be the source's bytes, but
    /// for `\|` in a table cell, which GFM's table extension reads as `|`.
    struct SourceMap {
        var start: Int
        var end: Int
        /// Source offsets of the backslashes the literal does not have, in order.
        var droppedBackslashes: [Int]

        /// The literal's offset of source offset `offset` (not a dropped backslash).
        func literalOffset(_ offset: Int) -> Int {
            offset - start - droppedBackslashes.prefix { $0 < offset }.count
        }
    }

    func sourceMap(of node: Node, at start: Int, source: UnsafeBufferPointer<UInt8>) -> SourceMap? {
        withLiteral(node) { literal -> SourceMap? in
            // Nearly every literal is its source's bytes: one comparison, no walk.
            if let literalBase = literal.baseAddress, let sourceBase = source.baseAddress, start + literal.count <= source.count,
               memcmp(literalBase, sourceBase + start, literal.count) == 0 {
                return SourceMap(start: start, end: start + literal.count, droppedBackslashes: [])
            }
            var map = SourceMap(start: start, end: start, droppedBackslashes: [])
            var at = start
            var inCell: Bool?
            for byte in literal {
                guard at < source.count else { return nil }
                if source[at] != byte {
                    guard byte == UInt8(ascii: "|"), source[at] == UInt8(ascii: "\\"), at + 1 < source.count,
                          source[at + 1] == UInt8(ascii: "|") else { return nil }
                    if inCell == nil { inCell = hasAncestor(node, ofKind: .tableCell) }
                    guard inCell == true else { return nil }
                    map.droppedBackslashes.append(at)
                    at += 1
                }
                at += 1
            }
            map.end = at
            return map
        }
    }

    /// Appends the literal of `node` with each replacement written as its placeholder.
    private func appendLiteral(of node: Node, replacing replacements: ArraySlice<TextReplacement>, map: SourceMap,
                               to literal: inout [UInt8]) {
        withLiteral(node) { bytes in
            var copied = 0
            for replacement in replacements {
                let start = map.literalOffset(replacement.range.lowerBound)
                literal.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start]))
                PlaceholderToken.append(replacement.token, to: &literal)
                copied = map.literalOffset(replacement.range.upperBound)
            }
            literal.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
    }

    /// A link's text is its own parse in cmark-gfm's autolinks (a URL may run into the
    /// replaced text), and a link inside a link is not a link: the parses may differ there.
    private func hasLinkAncestor(_ node: Node) -> Bool {
        hasAncestor(node, ofKind: .link) || hasAncestor(node, ofKind: .image)
    }

    private func hasAncestor(_ node: Node, ofKind kind: MarkdownNodeKind) -> Bool {
        var current = parent(node)
        while let ancestor = current {
            if records[Int(ancestor)].kind == kind { return true }
            current = parent(ancestor)
        }
        return false
    }

    /// Whether emphasis and strikethrough delimiters next to `range` flank the same way
    /// beside the placeholder as beside the replaced text.
    ///
    /// A run of `*`, `_` or `~` is left- or right-flanking by the characters on its two
    /// sides (CommonMark §6.2). The replaced text begins and ends with punctuation (`[[`,
    /// `#`, `%%`, `^`, `$`), the placeholder with a character that is neither punctuation nor
    /// space; a run touching the range flanks the same way in both only when its other side
    /// is a space or the line's end. Words glued to the range that could be a URL (`www.`,
    /// `://`, `@`) are refused too: GFM's autolinks read up to the next space.
    static func delimitersAgree(around range: Range<Int>, source: UnsafeBufferPointer<UInt8>) -> Bool {
        func isDelimiter(_ byte: UInt8) -> Bool { byte == 42 || byte == 95 || byte == 126 }  // * _ ~
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
        // Before: back over a delimiter run, then the byte before it.
        var before = range.lowerBound
        if before > 0 && isDelimiter(source[before - 1]) {
            let delimiter = source[before - 1]
            while before > 0 && source[before - 1] == delimiter { before -= 1 }
            guard before == 0 || isSpace(source[before - 1]) else { return false }
        }
        var word = range.lowerBound
        while word > 0 && !isSpace(source[word - 1]) {
            let byte = source[word - 1]
            if byte == UInt8(ascii: "@") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") { return false }
            word -= 1
        }
        // After: over a delimiter run, then the byte after it.
        var after = range.upperBound
        if after < source.count && isDelimiter(source[after]) {
            let delimiter = source[after]
            while after < source.count && source[after] == delimiter { after += 1 }
            guard after == source.count || isSpace(source[after]) else { return false }
        }
        return true
    }
}
