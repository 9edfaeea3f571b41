import TendMarkdown

/// URLs of the page context, percent-encoded as `HTMLEscaping.encodeURL` does.
enum URLEncoding {
    /// Most URLs and anchors (slugs) need no encoding: checking that is a scan, where
    /// building the encoded copy took a few thousand instructions per URL.
    static func encode(_ url: String) -> String {
        var copy = url
        // The contiguous bytes: scanning through `url.utf8` cost several times more.
        return copy.withUTF8 { $0.allSatisfy(isKept) } ? url : HTMLEscaping.encodeURL(url)
    }

    /// The bytes that `HTMLEscaping.encodeURL` keeps as they are (a test checks the two agree).
    static func isKept(_ byte: UInt8) -> Bool {
        byte > 32 && byte < 127 && byte != 34 && byte != 60 && byte != 62 && byte != 92 && byte != 94
            && byte != 96 && byte != 123 && byte != 124 && byte != 125
    }
}
