import TendVault

/// `duplicate-permalink`: two published notes would be written to the same site URL; the
/// second one in path order is reported, naming the first.
struct DuplicatePermalinkRule: LintRule {
    func findings(in context: LintContext) -> [Finding] {
        var first: [String: Int] = [:]
        var findings: [Finding] = []
        for (noteIndex, note) in context.vault.notes.enumerated() where context.published[noteIndex] {
            let url = SiteURL.path(for: note, isHome: noteIndex == context.homeNote)
            guard let earlier = first[url] else {
                first[url] = noteIndex
                continue
            }
            let line = note.frontmatter?.entries.first { $0.key == "permalink" || $0.key == "dg-permalink" }?.line ?? 1
            findings.append(context.finding("duplicate-permalink", note: noteIndex, at: Position(line: line, column: 1),
                message: "“\(url)” is also the URL of “\(context.vault.notes[earlier].path)”; give one of them another `permalink:`",
                target: url))
        }
        return findings
    }
}
