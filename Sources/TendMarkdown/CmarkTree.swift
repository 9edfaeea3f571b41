import CCmarkGFM

/// Walks a cmark tree in document order with cmark's iterator: `visit(node, entering)` for
/// every event (leaf nodes are entered only). Used by the parser's outline; inlined, so the
/// per-node closure costs nothing on the parse's hot path.
enum CmarkTree {
    @inline(__always)
    static func walk(_ document: OpaquePointer, _ visit: (_ node: OpaquePointer, _ entering: Bool) -> Void) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(node, event == CMARK_EVENT_ENTER)
        }
    }
}
