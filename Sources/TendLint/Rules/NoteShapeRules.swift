import TendVault

/// `unclosed-comment`: a `%%` that is never closed hides the rest of the note (spec §7.1).
struct UnclosedCommentRule: LintRule {
    func findings(in context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (noteIndex, note) in context.vault.notes.enumerated() {
            for comment in note.comments where !comment.isClosed {
                findings.append(context.finding("unclosed-comment", note: noteIndex, at: comment.position,
                    endColumn: comment.position.column + 2,
                    message: "this `%%` is never closed, so everything after it is hidden; close the comment with `%%`"))
            }
        }
        return findings
    }
}

/// `empty-note`: nothing but whitespace after the frontmatter.
struct EmptyNoteRule: LintRule {
    func findings(in context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (noteIndex, note) in context.vault.notes.enumerated() {
            let body = note.source.bytes[(note.frontmatter?.bodyOffset ?? 0)...]
            guard body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { continue }
            findings.append(context.finding("empty-note", note: noteIndex, at: Position(line: 1, column: 1),
                message: "the note is empty; write it or delete it"))
        }
        return findings
    }
}
