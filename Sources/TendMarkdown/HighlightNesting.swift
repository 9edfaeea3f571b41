import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How `==highlight==` tokens nest with the emphasis, strikethrough and links around them.
///
/// The site layer turns each `==` of a highlight into a token before cmark parses, so cmark
/// pairs `*`, `_` and `~` across those tokens: `==a *b== c*` would be written
/// `<mark>a <em>b</mark> c</em>`, which is not well-formed. Obsidian reads inline markup left
/// to right and parses a span's content on its own (spec §7.2): `==a *b==` is a highlight
/// whose content `a *b` holds a lone `*`, and the `*` after `c` is lone too. So what opens
/// first keeps its element, and the other's markers are written as text:
/// - emphasis or strikethrough that opens inside a highlight and is still open where the
///   highlight closes keeps its delimiters as text: `<mark>a *b</mark> c*`;
/// - a highlight that opens inside emphasis, strikethrough or a link that ends first is
///   `==` text at both ends: `*a ==b* c==` → `<em>a ==b</em> c==`;
/// - a link always keeps its element, even when the highlight opened first: lint resolved
///   that link, and the site shows every link lint saw, so the highlight yields instead;
/// - a highlight still open at the end of its block, and a close with nothing open, are text.
struct HighlightNesting {
    /// A highlight token: the text node that holds it and the offset of its opener there.
    struct TokenSite: Hashable {
        var node: OpaquePointer
        var offset: Int
    }

    /// Highlight tokens written as `==`.
    private(set) var literalTokens: Set<TokenSite> = []
    /// Emphasis, strong and strikethrough nodes written with their delimiters as text.
    private(set) var literalContainers: Set<OpaquePointer> = []

    init() {}

    /// Decides every highlight of `document`; `tokens` tells which placeholders are highlights.
    init(document: OpaquePointer, tokens: [RenderInput.Token]) {
        var planner = Planner(tokens: tokens)
        planner.walk(document)
        literalTokens = planner.literalTokens
        literalContainers = planner.literalContainers
    }

    private struct Planner {
        let tokens: [RenderInput.Token]
        var literalTokens: Set<TokenSite> = []
        var literalContainers: Set<OpaquePointer> = []
        /// Open inline elements (emphasis, strong, strikethrough, links), outermost first.
        var containers: [(node: OpaquePointer, isLink: Bool)] = []
        /// The open highlight, and how many containers were open when it opened.
        var open: (site: TokenSite, depth: Int)?
        /// Image text is alt text: no elements, so no highlight, inside it.
        var imageDepth = 0

        init(tokens: [RenderInput.Token]) {
            self.tokens = tokens
        }

        mutating func walk(_ document: OpaquePointer) {
            CmarkTree.walk(document) { node, entering in
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_IMAGE {
                    imageDepth += entering ? 1 : -1
                    return
                }
                guard imageDepth == 0 else { return }
                switch type {
                case CMARK_NODE_TEXT:
                    scan(node)  // a leaf: entered only
                case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK:
                    if entering { containers.append((node, type == CMARK_NODE_LINK)) } else { exitContainer() }
                default:
                    if type == HTMLWalker.NodeTypes.strikethrough {
                        if entering { containers.append((node, false)) } else { exitContainer() }
                    } else if (type.rawValue & UInt32(CMARK_NODE_TYPE_MASK)) != UInt32(CMARK_NODE_TYPE_INLINE) {
                        endBlock()  // a highlight never spans blocks (the scanner keeps it on one line)
                    }
                }
            }
            endBlock()
        }

        private mutating func scan(_ node: OpaquePointer) {
            guard let pointer = cmark_node_get_literal(node) else { return }
            let length = strlen(pointer)
            pointer.withMemoryRebound(to: UInt8.self, capacity: length) { start in
                let bytes = UnsafeBufferPointer(start: start, count: length)
                var index = 0
                while true {
                    index = PlaceholderToken.nextOpenerByte(in: bytes, from: index)
                    guard index < length else { break }
                    guard let (number, end) = PlaceholderToken.read(bytes, at: index) else {
                        index += 1
                        continue
                    }
                    if number < tokens.count, case .highlight(let opens) = tokens[number] {
                        let site = TokenSite(node: node, offset: index)
                        if opens { opening(site) } else { closing(site) }
                    }
                    index = end
                }
            }
        }

        private mutating func opening(_ site: TokenSite) {
            if open != nil {
                literalTokens.insert(site)  // highlights do not nest
            } else {
                open = (site, containers.count)
            }
        }

        private mutating func closing(_ site: TokenSite) {
            guard let highlight = open else {
                literalTokens.insert(site)
                return
            }
            open = nil
            // Elements opened inside the highlight and still open: the highlight came first.
            let inside = highlight.depth < containers.count
                ? containers[highlight.depth...].filter { !literalContainers.contains($0.node) } : []
            if inside.contains(where: \.isLink) {
                literalTokens.insert(highlight.site)
                literalTokens.insert(site)
            } else {
                for element in inside { literalContainers.insert(element.node) }
            }
        }

        private mutating func exitContainer() {
            guard let element = containers.popLast() else { return }
            // A highlight opened inside this element is still open: the element came first.
            if !literalContainers.contains(element.node), let highlight = open, highlight.depth > containers.count {
                literalTokens.insert(highlight.site)
                open = nil
            }
        }

        private mutating func endBlock() {
            if let highlight = open { literalTokens.insert(highlight.site) }
            open = nil
            containers.removeAll()
        }
    }
}

extension HTMLWalker {
    mutating func writeHighlight(opens: Bool, at site: HighlightNesting.TokenSite) {
        if highlightNesting.literalTokens.contains(site) {
            write("==")
        } else {
            write(opens ? "<mark>" : "</mark>")
        }
    }

    /// Emphasis, strong or strikethrough: the element, or its delimiters as text where a
    /// highlight owns them.
    mutating func wrapFormatting(_ node: OpaquePointer, open: String, close: String) {
        guard highlightNesting.literalContainers.contains(node) else {
            wrapInline(node, open: open, close: close)
            return
        }
        let delimiter = writtenDelimiter(node)
        write(delimiter)
        renderInlineChildren(node)
        write(delimiter)
    }

    /// The delimiter run as written (`*`, `__`, `~~` …), read at the node's source position;
    /// CommonMark closes a run with the same character and, here, the same length.
    private func writtenDelimiter(_ node: OpaquePointer) -> String {
        let type = cmark_node_get_type(node)
        let isStrikethrough = type == NodeTypes.strikethrough
        let fallback = isStrikethrough ? "~~" : type == CMARK_NODE_EMPH ? "*" : "**"
        guard let start = markdownOffset(line: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node)) else {
            return fallback
        }
        let markdown = input.markdown
        let byte = markdown[start]
        if isStrikethrough {
            guard byte == UInt8(ascii: "~") else { return fallback }
            return start + 1 < markdown.count && markdown[start + 1] == byte ? "~~" : "~"
        }
        guard byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") else { return fallback }
        return String(repeating: String(UnicodeScalar(byte)), count: type == CMARK_NODE_EMPH ? 1 : 2)
    }

    /// The byte offset in the Markdown of a cmark position (1-based line and byte column).
    private func markdownOffset(line: Int32, column: Int32) -> Int? {
        guard line >= 1, column >= 1 else { return nil }
        let markdown = input.markdown
        var index = 0
        for _ in 1..<line {
            guard let newline = markdown[index...].firstIndex(of: 10) else { return nil }
            index = newline + 1
        }
        let offset = index + Int(column) - 1
        return offset < markdown.count ? offset : nil
    }
}
