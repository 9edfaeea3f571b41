import TendMarkdown
import TendVault

extension LinkHTML {
    /// `link.displayText`, worked out without splitting the target apart for the forms nearly
    /// every link takes: an alias, a bare path, or a path and one `#` piece with plain ends.
    /// `displayText` splits, trims and joins, which cost more than the rest of a wikilink's HTML.
    static func displayText(of link: Link) -> String {
        if let alias = link.alias { return alias }
        guard let subpath = link.subpath else { return WikilinkSyntax.defaultDisplayText(link.path) }
        // `path#subpath` split on `#`, empty pieces dropped, trimmed, joined by ` > ` (§1.1).
        guard isPlainPiece(subpath) else { return link.displayText }
        if link.path.isEmpty { return subpath }
        guard isPlainPiece(link.path) else { return link.displayText }
        return link.path + " > " + subpath
    }

    /// The link's target as written, `path` or `path#subpath`, escaped onto `html` (the
    /// `data-href` of links, the `data-src` of embeds).
    static func appendTarget(of link: Link, escapedTo html: inout [UInt8]) {
        HTMLEscaping.appendEscaped(link.path, to: &html)
        if let subpath = link.subpath {
            html.append(UInt8(ascii: "#"))
            HTMLEscaping.appendEscaped(subpath, to: &html)
        }
    }

    /// `displayText(of:)` escaped onto `html`, without joining `path > subpath` into a string.
    static func appendDisplayText(of link: Link, escapedTo html: inout [UInt8]) {
        if let alias = link.alias {
            HTMLEscaping.appendEscaped(alias, to: &html)
        } else if let subpath = link.subpath, isPlainPiece(subpath), link.path.isEmpty || isPlainPiece(link.path) {
            if !link.path.isEmpty {
                HTMLEscaping.appendEscaped(link.path, to: &html)
                html.appendLiteral(" &gt; ")
            }
            HTMLEscaping.appendEscaped(subpath, to: &html)
        } else {
            HTMLEscaping.appendEscaped(displayText(of: link), to: &html)
        }
    }

    /// A piece between `#`s that trimming leaves as it is: not empty, starting and ending with
    /// an ASCII byte that trimming keeps, and without `#`. Read from the contiguous bytes:
    /// through `text.utf8` the test cost ~600 instructions a piece.
    static func isPlainPiece(_ text: String) -> Bool {
        HTMLEscaping.withUTF8(of: text) { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return isKeptASCII(first) && isKeptASCII(last) && !bytes.contains(UInt8(ascii: "#"))
        }
    }

    private static func isKeptASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
    }
}
