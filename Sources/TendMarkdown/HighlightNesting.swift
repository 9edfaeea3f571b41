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
        var node: FlatTree.Node
        var offset: Int
    }

    /// Highlight tokens written as `==`.
    private(set) var literalTokens: Set<TokenSite> = []
    /// Emphasis, strong and strikethrough nodes written with their delimiters as text.
    private(set) var literalContainers: Set<FlatTree.Node> = []

    init() {}

    /// Decides every highlight of `tree`; `tokens` tells which placeholders are highlights.
    init(tree: FlatTree, tokens: [RenderInput.Token]) {
        var planner = Planner()
        planner.walk(tree, tokens)
        literalTokens = planner.literalTokens
        literalContainers = planner.literalContainers
    }

    /// The tree and tokens are parameters, not stored properties: a text node's scan reads the
    /// tree while it changes `self`, and read from `self` the tree was copied for each text node
    /// (a retain and release of its arrays each time).
    private struct Planner {
        var literalTokens: Set<TokenSite> = []
        var literalContainers: Set<FlatTree.Node> = []
        /// Open inline elements (emphasis, strong, strikethrough, links), outermost first.
        var containers: [(node: FlatTree.Node, isLink: Bool)] = []
        /// The open highlight, and how many containers were open when it opened.
        var open: (site: TokenSite, depth: Int)?

        /// Every node in document order: entered, then its children, then left.
        mutating func walk(_ tree: FlatTree, _ tokens: [RenderInput.Token]) {
            var node = tree.root
            var descend = enter(node, tree, tokens)
            while true {
                if descend, let child = tree.firstChild(node) {
                    node = child
                    descend = enter(node, tree, tokens)
                    continue
                }
                if descend { leave(node, tree) }
                // Up to the nearest ancestor with a next sibling, leaving each on the way.
                while tree.next(node) == nil {
                    guard let parent = tree.parent(node) else {
                        endBlock()
                        return
                    }
                    node = parent
                    leave(node, tree)
                }
                node = tree.next(node)!
                descend = enter(node, tree, tokens)
            }
        }

        /// Whether to walk the node's children, and then leave it.
        private mutating func enter(_ node: FlatTree.Node, _ tree: FlatTree, _ tokens: [RenderInput.Token]) -> Bool {
            switch tree.kind(node) {
            case .image:
                return false  // image text is alt text: no elements, so no highlight, inside it
            case .text:
                scan(node, tree, tokens)
                return false
            case .emphasis, .strong, .strikethrough:
                containers.append((node, false))
            case .link:
                containers.append((node, true))
            case let kind where kind.isBlock:
                endBlock()  // a highlight never spans blocks (the scanner keeps it on one line)
            default:
                break
            }
            return true
        }

        private mutating func leave(_ node: FlatTree.Node, _ tree: FlatTree) {
            switch tree.kind(node) {
            case .emphasis, .strong, .strikethrough, .link:
                exitContainer()
            case let kind where kind.isBlock:
                endBlock()
            default:
                break
            }
        }

        private mutating func scan(_ node: FlatTree.Node, _ tree: FlatTree, _ tokens: [RenderInput.Token]) {
            tree.withLiteral(node) { bytes in
                let length = bytes.count
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
    mutating func wrapFormatting(_ node: FlatTree.Node, open: StaticString, close: StaticString) {
        guard highlightNesting.literalContainers.contains(node) else {
            wrapInline(node, open: open, close: close)
            return
        }
        let delimiter = writtenDelimiter(node)
        write(string: delimiter)
        renderInlineChildren(node)
        write(string: delimiter)
    }

    /// The delimiter run as written (`*`, `__`, `~~` …), read where the node starts in the
    /// parsed text when the tree was made (`FlatTree.delimiter`); CommonMark closes a run
    /// with the same character and, here, the same length.
    private func writtenDelimiter(_ node: FlatTree.Node) -> String {
        let kind = tree.kind(node)
        let isStrikethrough = kind == .strikethrough
        let fallback = isStrikethrough ? "~~" : kind == .emphasis ? "*" : "**"
        guard let (byte, doubled) = tree.delimiter(node) else { return fallback }
        if isStrikethrough {
            guard byte == UInt8(ascii: "~") else { return fallback }
            return doubled ? "~~" : "~"
        }
        guard byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") else { return fallback }
        return String(repeating: String(UnicodeScalar(byte)), count: kind == .emphasis ? 1 : 2)
    }
}
