/// A path glob as used in `tend.yaml` (`Templates/**`, `*.excalidraw.md`, `Runbooks/*/Old?.md`).
///
/// `**` matches any number of folders, `*` anything but `/`, `?` one character but `/`.
/// A pattern without `/` matches the file name in any folder, as in `.gitignore`.
public struct GlobPattern: Sendable, Hashable {
    public let pattern: String
    private let pieces: [Character]
    private let anchored: Bool

    public init(_ pattern: String) {
        var text = pattern
        if text.hasPrefix("/") { text.removeFirst() }
        if text.hasSuffix("/") { text += "**" }
        self.pattern = pattern
        self.anchored = text.contains("/")
        self.pieces = Array(text)
    }

    public func matches(_ path: String) -> Bool {
        if anchored { return Self.match(pieces[...], Array(path)[...]) }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return Self.match(pieces[...], Array(name)[...]) || Self.match(pieces[...], Array(path)[...])
    }

    /// Whether a folder (and so everything in it) is excluded: `Templates/**` excludes `Templates`.
    public func matchesFolder(_ folder: String) -> Bool {
        matches(folder) || matches(folder + "/") || (pattern.hasSuffix("/**") && matches(folder + "/x"))
    }

    private static func match(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        if first == "*" {
            let rest = pattern.dropFirst()
            if rest.first == "*" {
                // `**`, optionally followed by `/`: any run of characters including `/`.
                var after = rest.dropFirst()
                let slashOptional = after.first == "/"
                if slashOptional { after = after.dropFirst() }
                var index = text.startIndex
                while true {
                    if match(after, text[index...]) { return true }
                    if index == text.endIndex { return false }
                    index += 1
                }
            }
            var index = text.startIndex
            while true {
                if match(rest, text[index...]) { return true }
                if index == text.endIndex || text[index] == "/" { return false }
                index += 1
            }
        }
        guard let character = text.first else { return false }
        if first == "?" ? character != "/" : first == character {
            return match(pattern.dropFirst(), text.dropFirst())
        }
        return false
    }
}
