import TendVault

/// `table-pipe`: in a GFM table row, the `|` of `[[Note|Alias]]` ends the cell; Obsidian's
/// escape is `[[Note\|Alias]]` (spec §1.1).
struct TablePipeRule: LintRule {
    func findings(in context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (noteIndex, note) in context.vault.notes.enumerated() {
            for link in note.links where link.inTable && !link.escapedPipe && !link.inComment
                && (link.syntax == .wikilink || link.syntax == .wikiEmbed) && link.raw.contains("|") {
                let fixed = link.raw.replacingFirstPipe()
                findings.append(context.finding("table-pipe", note: noteIndex, link: link,
                    message: "the `|` in this wikilink splits the table cell; write \(fixed)"))
            }
        }
        return findings
    }
}

private extension String {
    func replacingFirstPipe() -> String {
        guard let bar = firstIndex(of: "|") else { return self }
        return self[..<bar] + "\\" + self[bar...]
    }
}
