import TendVault

/// `orphan`: no other published note links to or embeds this published note. The home note is exempt,
/// and so are unpublished notes (private on purpose); links in comments do not count
/// (readers cannot follow them).
struct OrphanRule: LintRule {
    func findings(in context: LintContext) -> [Finding] {
        let resolved = context.resolved
        var findings: [Finding] = []
        for (noteIndex, note) in context.vault.notes.enumerated()
            where noteIndex != context.homeNote && context.published[noteIndex] {
            let file = resolved.noteFiles[noteIndex]
            // Only links a reader can follow count: from a published note, outside comments.
            let backlinks = resolved.backlinks(toFile: file)
            let linked = backlinks.contains { context.published[$0.note] && !resolved.link($0).inComment }
            guard !linked else { continue }
            let message = backlinks.isEmpty
                ? "no other note links to “\(note.title)”; link it from a related note or an index"
                : "only unpublished notes or comments link to “\(note.title)”, so readers of the site cannot reach it; link it from a published note"
            findings.append(context.finding("orphan", note: noteIndex, at: Position(line: 1, column: 1), message: message))
        }
        return findings
    }
}
