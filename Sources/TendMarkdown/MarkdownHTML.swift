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
    nonisolated(unsafe) static let extensions = [CmarkExtensions.table, CmarkExtensions.strikethrough, CmarkExtensions.autolink]

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
        tree.withAllBytes { treeText in
            withoutActuallyEscaping(rewrite) { rewrite in
                // Sized by the tree's text: a tree kept from the vault's parse comes with no Markdown.
                HTMLBytes.collect(capacity: treeText.count * 2 + 256) { out in
                    var walker = HTMLWalker(input: input, tree: tree, treeText: treeText, rewrite: rewrite, out: out)
                    walker.renderDocument()
                    out = walker.out
                }
            }
        }
    }

    /// Parses `input.markdown` into the thread's parse arena and copies the tree out of it;
    /// the arena is dropped before the walk, so `rewrite` may render Markdown of its own.
    static func parse(_ input: RenderInput) -> FlatTree? {
        defer { ParseArena.reset() }
        return input.markdown.withUnsafeBufferPointer { bytes in
            CmarkExtensions.parse(bytes, options: CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES, extensions: extensions)
                .map { FlatTree(document: $0, parsed: bytes) }
        }
    }
}
