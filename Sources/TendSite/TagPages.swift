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
        var byKey: [String: Entry] = [:]
        for noteIndex in plan.publishedNotes {
            let note = plan.vault.notes[noteIndex]
            var seen: Set<String> = []
            for tag in note.tags where !tag.inComment {
                let parts = tag.key.split(separator: "/", omittingEmptySubsequences: true)
                let names = tag.name.split(separator: "/", omittingEmptySubsequences: true)
                for depth in parts.indices {
                    let key = parts[...depth].joined(separator: "/")
                    guard seen.insert(key).inserted else { continue }
                    let name = names.count == parts.count ? names[...depth].joined(separator: "/") : key
                    byKey[key, default: Entry(key: key, name: name, notes: [])].notes.append(noteIndex)
                }
            }
        }
        entries = byKey.values.sorted { $0.key < $1.key }
    }

    /// `ops/runbook` → `/tags/ops/runbook/`. The lower-cased tag itself, not a slug: tags hold
    /// no spaces, and a slug would merge tags (every emoji tag slugs to nothing).
    static func path(forTag key: String) -> String {
        "/tags/" + key.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/") + "/"
    }
}
