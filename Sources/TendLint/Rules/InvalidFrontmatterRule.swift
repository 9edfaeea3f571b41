import TendVault

/// `invalid-frontmatter`: YAML that does not parse, frontmatter that is not a mapping, and
/// properties of the wrong type (tags, aliases, review dates, intervals, owners).
/// `unreadable-note`: a file that could not be read or is not UTF-8.
struct InvalidFrontmatterRule: LintRule {
    func findings(in context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (noteIndex, note) in context.vault.notes.enumerated() {
            for problem in note.problems + context.reviews[noteIndex].problems {
                let rule: String
                switch problem.kind {
                case .invalidFrontmatter, .frontmatterNotMapping, .invalidProperty: rule = "invalid-frontmatter"
                case .unreadableFile, .invalidUTF8: rule = "unreadable-note"
                }
                findings.append(context.finding(rule, note: noteIndex, at: problem.position,
                                                message: "\(problem.message); \(problem.fix)"))
            }
        }
        return findings
    }
}
