/// A `/`-separated path's parts around its last `/`, found from the bytes.
///
/// Why: `lastIndex(of: "/")` and `split(separator: "/")` on a `String` compare characters,
/// which runs grapheme breaking over the path: ~8 K instructions for a note's folder. A `/`
/// byte followed by an ASCII byte, or by nothing, is a character of its own, so there the
/// byte answer is the character answer; where a non-ASCII byte follows the last `/` (it could
/// be a combining mark that joins the `/`), these take the character path.
enum PathParts {
    /// What is before the last `/`, as `path[..<path.lastIndex(of: "/")]`; nil without a `/`.
    static func beforeLastSlash(_ path: String) -> Substring? {
        let utf8 = path.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let next = utf8.index(after: slash)
        if next == utf8.endIndex || utf8[next] < 0x80 { return path[..<slash] }
        return path.lastIndex(of: "/").map { path[..<$0] }
    }

    /// A note's or file's folder as `Note.folder` gives it: "" at the vault root.
    static func folder(of path: String) -> String {
        beforeLastSlash(path).map(String.init) ?? ""
    }

    /// The last part of `path`, as `path.split(separator: "/").last` gives it (empty parts,
    /// as after a trailing `/`, are skipped there: those take the character path here).
    static func fileName(_ path: String) -> String {
        let utf8 = path.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        let next = utf8.index(after: slash)
        if next < utf8.endIndex && utf8[next] < 0x80 { return String(path[next...]) }
        return String(path.split(separator: "/").last ?? Substring(path))
    }
}
