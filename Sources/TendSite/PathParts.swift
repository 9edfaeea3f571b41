/// A `/`-separated path's parts, found from the bytes.
///
/// Why: `lastIndex(of: "/")` and `split(separator: "/")` on a `String` compare characters,
/// which runs grapheme breaking over the path: ~8 K instructions for a note's folder. A `/`
/// byte with ASCII bytes (or the path's ends) on both sides is a character of its own, so
/// there the byte answer is the character answer. Next to a non-ASCII byte the `/` could be
/// part of a larger character (after a prepended mark, before a combining one): these then
/// take the character path.
enum PathParts {
    /// What is before the last `/`, as `path[..<path.lastIndex(of: "/")]`; nil without a `/`.
    static func beforeLastSlash(_ path: String) -> Substring? {
        let utf8 = path.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        if standsAlone(slash, in: utf8) { return path[..<slash] }
        return path.lastIndex(of: "/").map { path[..<$0] }
    }

    /// A note's or file's folder as `Note.folder` gives it: "" at the vault root.
    static func folder(of path: String) -> String {
        beforeLastSlash(path).map(String.init) ?? ""
    }

    /// The last part of `path`, as `path.split(separator: "/").last ?? path` gives it.
    static func fileName(_ path: String) -> String {
        let utf8 = path.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        let next = utf8.index(after: slash)
        // After a trailing `/` the split's last part is an earlier one: the character path.
        if next < utf8.endIndex && standsAlone(slash, in: utf8) { return String(path[next...]) }
        return String(path.split(separator: "/").last ?? Substring(path))
    }

    /// The parts between `/`s, empty ones dropped, as `path.split(separator: "/")`.
    static func components(_ path: String) -> [Substring] {
        let utf8 = path.utf8
        var parts: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            guard utf8[index] == UInt8(ascii: "/") else {
                index = utf8.index(after: index)
                continue
            }
            guard standsAlone(index, in: utf8) else { return path.split(separator: "/") }
            if start < index { parts.append(path[start..<index]) }
            index = utf8.index(after: index)
            start = index
        }
        if start < utf8.endIndex { parts.append(path[start...]) }
        return parts
    }

    /// Whether the `/` at `slash` has an ASCII byte or an end of the path on either side.
    private static func standsAlone(_ slash: String.UTF8View.Index, in utf8: String.UTF8View) -> Bool {
        let next = utf8.index(after: slash)
        if next < utf8.endIndex && utf8[next] >= 0x80 { return false }
        if slash > utf8.startIndex && utf8[utf8.index(before: slash)] >= 0x80 { return false }
        return true
    }
}
