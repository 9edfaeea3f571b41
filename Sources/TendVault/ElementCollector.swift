import TendMarkdown

/// Turns scanner matches and cmark's Markdown links into the note's `Link`, `Tag` and
/// `Highlight` values, with user-facing positions.
struct ElementCollector {
    let source: SourceText
    let tableLines: [Bool]
    var links: [Link] = []
    var tags: [Tag] = []
    var highlights: [Highlight] = []

    init(source: SourceText, tableLines: [Bool]) {
        self.source = source
        self.tableLines = tableLines
    }

    mutating func add(_ scanner: InlineScanner, inComment: Bool) {
        // Sized once: growing by doubling copied every Link (six strings) several times a note.
        links.reserveCapacity(links.count + scanner.wikilinks.count)
        tags.reserveCapacity(tags.count + scanner.tags.count)
        highlights.reserveCapacity(highlights.count + scanner.highlights.count)
        for match in scanner.wikilinks {
            let parts = source.bytes.withUnsafeBufferPointer {
                WikilinkSyntax.parts(of: UnsafeBufferPointer(rebasing: $0[match.contentRange]), isEmbed: match.isEmbed)
            }
            let position = source.position(ofOffset: match.range.lowerBound, line: match.line)
            links.append(Link(
                syntax: match.isEmbed ? .wikiEmbed : .wikilink,
                position: position,
                // A wikilink never spans lines: its end column counts on from its start.
                endPosition: source.position(ofOffset: match.range.upperBound, onLineAfter: position,
                                             atOffset: match.range.lowerBound),
                source: source, rawRange: match.range, path: parts.path, subpath: parts.subpath,
                alias: parts.alias, size: parts.size,
                inComment: inComment, inTable: tableLines[match.line], escapedPipe: parts.escapedPipe))
        }
        for match in scanner.tags {
            tags.append(Tag(name: source.string((match.range.lowerBound + 1)..<match.range.upperBound),
                            position: source.position(ofOffset: match.range.lowerBound),
                            fromFrontmatter: false, inComment: inComment))
        }
        for match in scanner.highlights {
            highlights.append(Highlight(position: source.position(ofOffset: match.range.lowerBound),
                                        text: source.string((match.range.lowerBound + 2)..<(match.range.upperBound - 2))))
        }
    }

    /// Markdown links and images whose destination has no URI scheme are internal (spec §1.2).
    mutating func addMarkdownLinks(_ markdownLinks: [MarkdownLink]) {
        // Room for the internal ones at once: appended one by one, the note's list doubled,
        // and a vault's notes kept that slack (~4% of a build's memory at 1,000 notes). External
        // links are counted out, or a note of many URLs would keep room for them all.
        let internalCount = markdownLinks.reduce(0) { count, link in
            count + (link.destination.isEmpty || URIDecoding.isExternal(link.destination) ? 0 : 1)
        }
        links.reserveCapacity(links.count + internalCount)
        for markdownLink in markdownLinks {
            let destination = markdownLink.destination
            guard !destination.isEmpty, !URIDecoding.isExternal(destination),
                  let decoded = URIDecoding.decodeURI(destination) else { continue }
            let start = source.offset(line: Int(markdownLink.range.start.line), byteColumn: Int(markdownLink.range.start.column))
            let end = source.offset(line: Int(markdownLink.range.end.line), byteColumn: Int(markdownLink.range.end.column)) + 1
            var path = decoded
            var subpath: String?
            // Byte search: `String.firstIndex(of: Character)` walks grapheme clusters, ~15k instructions a call.
            if let (before, after) = decoded.split(atFirst: UInt8(ascii: "#")) {
                path = before
                subpath = after
            }
            path = WikilinkSyntax.normaliseTarget(path)
            var alias: String? = markdownLink.text
            var size: EmbedSize?
            if markdownLink.isImage, let text = alias {
                // `![alt|100x145](…)`: the size follows the last `|` of the alt text (§4.3).
                let pieces = text.split(separator: "|", omittingEmptySubsequences: false)
                if pieces.count > 1, let last = pieces.last, let parsed = WikilinkSyntax.parseSize(last) {
                    size = parsed
                    alias = pieces.dropLast().joined(separator: "|")
                }
            }
            if alias?.isEmpty == true { alias = nil }
            let line = Int(markdownLink.range.start.line)
            links.append(Link(
                syntax: markdownLink.isImage ? .markdownEmbed : .markdownLink,
                position: source.position(ofOffset: start), endPosition: source.position(ofOffset: end),
                source: source, rawRange: start..<end, path: path, subpath: subpath.map { WikilinkSyntax.normaliseTarget($0) },
                alias: alias, size: size,
                inComment: false, inTable: line < tableLines.count && tableLines[line], escapedPipe: false))
        }
        links.sort { $0.position < $1.position }
    }
}
