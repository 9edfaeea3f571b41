import CCmarkGFM

/// A CommonMark link or image the renderer met, for the site layer to decide on.
public struct LinkRequest {
    /// Destination after CommonMark unescaping, not percent-decoded.
    public var destination: String
    public var title: String
    public var isImage: Bool
    /// Plain text of the link text or image alt.
    public var text: String
    public var line: Int32
}

/// Renders Markdown (with Tend's placeholder tokens) to HTML through libcmark-gfm.
///
/// The walk is Tend's own rather than `cmark_render_html`, because Obsidian's output needs
/// things cmark's renderer cannot do: heading and block ids, callouts, `<br>` for single
/// newlines (spec §0.4), custom task states (§7.6), block embeds between paragraphs.
public enum MarkdownHTML {
    /// Tables, `~~strikethrough~~` and bare URLs. Task lists are recognised by the walker
    /// (GFM's extension only knows `[ ]` and `[x]`; Obsidian takes any character, §7.6),
    /// and raw HTML is filtered by `RawHTMLFilter` instead of GFM's tagfilter.
    static let extensionNames = ["table", "strikethrough", "autolink"]

    /// The extensions, found once: finding them by name for each render cost more than
    /// attaching them. They are registered for the whole process and never change.
    nonisolated(unsafe) private static let extensions = {
        _ = CmarkExtensions.registered
        return extensionNames.compactMap { cmark_find_syntax_extension($0) }
    }()

    /// Renders `input`; `rewrite` decides every CommonMark link and image.
    public static func render(_ input: RenderInput, rewrite: (LinkRequest) -> LinkRewrite) -> String {
        String(decoding: renderUTF8(input, rewrite: rewrite), as: UTF8.self)
    }

    /// `render` as UTF-8 bytes. The site keeps page bodies and embeds as bytes from here to
    /// the written page: turning them into a `String` validates every byte again.
    public static func renderUTF8(_ input: RenderInput, rewrite: (LinkRequest) -> LinkRewrite) -> [UInt8] {
        guard let tree = parse(input) else { return [] }
        return renderUTF8(input, tree: tree, rewrite: rewrite)
    }

    /// Renders `tree`, parsed from `input.markdown`, without parsing again. `input` gives the
    /// Markdown (for delimiters read at source positions) and everything around the tree:
    /// tokens, ids, callouts.
    public static func renderUTF8(_ input: RenderInput, tree: FlatTree, rewrite: (LinkRequest) -> LinkRewrite) -> [UInt8] {
        tree.withAllBytes { treeBytes in
            withoutActuallyEscaping(rewrite) { rewrite in
                var walker = HTMLWalker(input: input, tree: tree, treeBytes: treeBytes, rewrite: rewrite)
                defer { walker.out.free() }
                walker.renderDocument()
                return Array(walker.out.bytes)
            }
        }
    }

    /// Parses `input.markdown` into the thread's parse arena and copies the tree out of it;
    /// the arena is dropped before the walk, so `rewrite` may render Markdown of its own.
    static func parse(_ input: RenderInput) -> FlatTree? {
        _ = CmarkExtensions.registered
        defer { ParseArena.reset() }
        guard let parser = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES, ParseArena.memory) else {
            return nil
        }
        for ext in extensions { cmark_parser_attach_syntax_extension(parser, ext) }
        input.markdown.withUnsafeBufferPointer { bytes in
            if let base = bytes.baseAddress, bytes.count > 0 {
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return nil }
        return input.markdown.withUnsafeBufferPointer { FlatTree(document: document, parsed: $0) }
    }
}
