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
        // Grouped by tag in chunks of notes on all cores, then merged in chunk order, so that
        // each tag's notes stay in note order and its name is the one its first note wrote.
        // (Grouped on one core after the fact, the tag lookups were a serial step of planning.)
        let published = plan.publishedNotes
        let chunkSize = max(1, (published.count + 15) / 16)
        let starts = Array(stride(from: 0, to: published.count, by: chunkSize))
        let groups = ParallelMap.map(starts) { start -> [String: (name: String, notes: [Int])] in
            var group: [String: (name: String, notes: [Int])] = [:]
            for noteIndex in published[start..<min(start + chunkSize, published.count)] {
                for (key, name) in TagPages.keys(of: plan.vault.notes[noteIndex]) {
                    if group[key] == nil { group[key] = (name, [noteIndex]) } else { group[key]!.notes.append(noteIndex) }
                }
            }
            return group
        }
        var merged: [String: (name: String, notes: [Int])] = [:]
        for group in groups {
            for (key, value) in group {
                if merged[key] == nil { merged[key] = value } else { merged[key]!.notes += value.notes }
            }
        }
        entries = merged.keys.sorted().map { Entry(key: $0, name: merged[$0]!.name, notes: merged[$0]!.notes) }
    }

    /// A note's tag keys with the name each was first written with, nested tags under every
    /// parent (`a/b` gives `a` and `a/b`), each key once, in the order first met.
    private static func keys(of note: Note) -> [(key: String, name: String)] {
        var keys: [(key: String, name: String)] = []
        keys.reserveCapacity(2 * note.tags.count)
        // A note has a handful of tags: a list is cheaper to search than a Set is to build.
        func isNew(_ key: String) -> Bool { !keys.contains { $0.key == key } }
        for tag in note.tags where !tag.inComment {
            // Most tags are not nested: no splitting then.
            guard tag.key.utf8.contains(UInt8(ascii: "/")) else {
                if isNew(tag.key) { keys.append((tag.key, tag.name)) }
                continue
            }
            let parts = TagPages.nestedPrefixes(tag.key)
            let nameParts = TagPages.nestedPrefixes(tag.name)
            for depth in parts.indices where isNew(parts[depth]) {
                keys.append((parts[depth], nameParts.count == parts.count ? nameParts[depth] : parts[depth]))
            }
        }
        return keys
    }

    /// A nested tag and each tag above it, outermost first: `a/b/c` → `a`, `a/b`, `a/b/c`
    /// (empty segments dropped, as Obsidian does). Cut at the slashes when no segment is
    /// empty, which gives what splitting and joining gives: splitting on `/` went through
    /// `Character`s, and this runs for every nested tag of every published note.
    static func nestedPrefixes(_ tag: String) -> [String] {
        let slash = UInt8(ascii: "/")
        guard !hasEmptySegment(tag) else {
            let parts = tag.split(separator: "/", omittingEmptySubsequences: true)
            return parts.indices.map { parts[...$0].joined(separator: "/") }
        }
        // On the bytes: each prefix ends before an ASCII `/`, so it is whole UTF-8. Walking
        // `String.Index`es and copying substrings cost ~2,000 instructions a tag.
        var text = tag
        var prefixes: [String] = []
        text.withUTF8 { bytes in
            for index in bytes.indices where bytes[index] == slash {
                prefixes.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[..<index]), as: UTF8.self))
            }
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
