/// The lines of a note that one render covers: a page's body, an embedded section or block,
/// and, for an embed, the footnote definitions it brings from elsewhere in its note.
struct RenderedLines {
    private(set) var spans: [ClosedRange<Int>]

    init(_ spans: [ClosedRange<Int>]) {
        self.spans = spans
    }

    func contains(_ line: Int) -> Bool {
        spans.contains { $0.contains(line) }
    }
}
