/// One heading's section of a tree parsed from a whole note, for an embed (`![[Note#Heading]]`)
/// to render from the note's kept parse instead of parsing the section's lines again.
extension FlatTree {
    /// The tree with only the document's blocks that start on `lines`: the blocks from the
    /// heading that starts on `lines.lowerBound` to the one before the heading that starts on
    /// `lines.upperBound + 1`, or to the end of the document.
    ///
    /// Nil unless the tree shows that those blocks are exactly the section's lines: a heading
    /// (a top-level block, spec §2.1) starts the section and another heading, or the end,
    /// follows it. Top-level blocks never overlap, so a parse of those lines alone gives the
    /// same blocks, with two exceptions the caller rules out: link reference definitions and
    /// footnotes elsewhere in the note, which the whole parse sees and a parse of the section
    /// alone does not.
    public func section(lines: ClosedRange<Int>) -> FlatTree? {
        var first: Node?
        var last: Node?
        var child = firstChild(root)
        while let current = child, Int(startLine(current)) <= lines.upperBound {
            if Int(startLine(current)) >= lines.lowerBound {
                if first == nil { first = current }
                last = current
            }
            child = next(current)
        }
        guard let first, let last, Int(startLine(first)) == lines.lowerBound, kind(first) == .heading else { return nil }
        if let following = next(last) {
            guard Int(startLine(following)) == lines.upperBound + 1, kind(following) == .heading else { return nil }
        }
        var section = self
        section.records[Int(root)].firstChild = first
        section.records[Int(last)].next = -1
        return section
    }
}
