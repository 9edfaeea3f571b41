import TendVault

/// Tags of published notes: the tag index and one page per tag, nested tags included
/// (`#ops/runbook` is listed under `ops` too, spec §5.1).
struct TagPages: Sendable {
    struct Entry: Sendable {
        /// Lower-cased tag (`ops/runbook`).
        var key: String
        /// The tag as first written.
        var name: String
        /// Published notes that carry the tag or a tag nested under it, in note order.
        var notes: [Int]
    }

    let entries: [Entry]

    init(plan: SitePlan) {
        // Each note's tag keys (nested tags under every parent) on all cores; then in note order.
        let perNote = ParallelMap.map(plan.publishedNotes) { noteIndex -> [(key: String, name: String)] in
            var seen: Set<String> = []
            var keys: [(key: String, name: String)] = []
            for tag in plan.vault.notes[noteIndex].tags where !tag.inComment {
                // Most tags are not nested: no splitting then.
                guard tag.key.utf8.contains(UInt8(ascii: "/")) else {
                    if seen.insert(tag.key).inserted { keys.append((tag.key, tag.name)) }
                    continue
                }
                let parts = TagPages.nestedPrefixes(tag.key)
                let nameParts = TagPages.nestedPrefixes(tag.name)
                for depth in parts.indices {
                    let key = parts[depth]
                    guard seen.insert(key).inserted else { continue }
                    keys.append((key, nameParts.count == parts.count ? nameParts[depth] : key))
                }
            }
            return keys
        }
        var notesByKey: [String: [Int]] = [:]
        var names: [String: String] = [:]
        for (noteIndex, keys) in zip(plan.publishedNotes, perNote) {
            for (key, name) in keys {
                notesByKey[key, default: []].append(noteIndex)
                if names[key] == nil { names[key] = name }
            }
        }
        entries = notesByKey.keys.sorted().map { Entry(key: $0, name: names[$0] ?? $0, notes: notesByKey[$0] ?? []) }
    }

    /// A nested tag and each tag above it, outermost first: `a/b/c` → `a`, `a/b`, `a/b/c`
    /// (empty segments dropped, as Obsidian does). Cut at the slashes when no segment is
    /// empty, which gives what splitting and joining gives: splitting on `/` went through
    /// `Character`s, and this runs for every nested tag of every published note.
    static func nestedPrefixes(_ tag: String) -> [String] {
        let slash = UInt8(ascii: "/")
        let utf8 = tag.utf8
        guard !hasEmptySegment(tag) else {
            let parts = tag.split(separator: "/", omittingEmptySubsequences: true)
            return parts.indices.map { parts[...$0].joined(separator: "/") }
        }
        var prefixes: [String] = []
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] == slash { prefixes.append(String(tag[..<index])) }
            index = utf8.index(after: index)
        }
        if !tag.isEmpty { prefixes.append(tag) }
        return prefixes
    }

    /// A `/` at either end or two in a row: splitting such a tag on `/` drops a segment, so
    /// the shortcuts that cut it at its slashes do not apply.
    static func hasEmptySegment(_ tag: String) -> Bool {
        let slash = UInt8(ascii: "/")
        if tag.utf8.first == slash || tag.utf8.last == slash { return true }
        var previous: UInt8 = 0
        for byte in tag.utf8 {
            if byte == slash && previous == slash { return true }
            previous = byte
        }
        return false
    }

    /// `ops/runbook` → `/tags/ops/runbook/`. The lower-cased tag itself, not a slug: tags hold
    /// no spaces, and a slug would merge tags (every emoji tag slugs to nothing).
    static func path(forTag key: String) -> String {
        "/tags/" + key.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/") + "/"
    }
}
