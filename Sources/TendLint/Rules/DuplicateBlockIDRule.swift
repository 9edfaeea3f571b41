import TendVault

/// `duplicate-block-id`: an id used twice in one note; Obsidian's index keeps only the last
/// one written (spec §3.2), so links to the others silently go elsewhere.
struct DuplicateBlockIDRule: LintRule {
    func findings(in context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (noteIndex, note) in context.vault.notes.enumerated() {
            var firstLine: [String: Int] = [:]
            for block in note.blockIDs {
                if let line = firstLine[block.key] {
                    findings.append(context.finding("duplicate-block-id", note: noteIndex, at: block.position,
                        endColumn: block.position.column + 1 + block.id.count,
                        message: "block id “^\(block.id)” is also used on line \(line); links reach only the last one, so rename one",
                        target: "^\(block.id)"))
                } else {
                    firstLine[block.key] = block.position.line
                }
            }
        }
        return findings
    }
}
