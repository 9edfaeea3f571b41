import TendVault

/// `duplicate-permalink`: two published notes would be written to the same site URL; the
/// second one in path order is reported, naming the first.
struct DuplicatePermalinkRule: LintRule {
    func findings(in context: LintContext) -> [Finding] {
        var first: [String: Int] = [:]
        var findings: [Finding] = []
        // URLs are worked out on all cores; only the duplicate check needs note order.
        let urls = ParallelMap.map(Array(context.vault.notes.indices)) { noteIndex in
            context.published[noteIndex] ? SiteURL.path(for: context.vault.notes[noteIndex], isHome: noteIndex == context.homeNote) : nil
        }
        for (noteIndex, url) in urls.enumerated() {
            guard let url else { continue }
            guard let earlier = first[url] else {
                first[url] = noteIndex
                continue
            }
            let note = context.vault.notes[noteIndex]
            let line = note.frontmatter?.entries.first { $0.key == "permalink" || $0.key == "dg-permalink" }?.line ?? 1
            findings.append(context.finding("duplicate-permalink", note: noteIndex, at: Position(line: line, column: 1),
                message: "“\(url)” is also the URL of “\(context.vault.notes[earlier].path)”; give one of them another `permalink:`",
                target: url))
        }
        return findings
    }
}
