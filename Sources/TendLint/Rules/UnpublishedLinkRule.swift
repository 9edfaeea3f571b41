import TendVault

/// `unpublished-link`: a published note links to a note that will not be on the site, so
/// readers would meet a dead link.
struct UnpublishedLinkRule: LintRule {
    func findings(in context: LintContext) -> [Finding] {
        let vault = context.vault
        var findings: [Finding] = []
        for (noteIndex, note) in vault.notes.enumerated() where context.published[noteIndex] {
            for (linkIndex, resolution) in context.resolved.resolutions[noteIndex].enumerated() where resolution.isResolved {
                guard let target = resolution.target, let targetNote = vault.files[target].noteIndex,
                      !context.published[targetNote] else { continue }
                let link = note.links[linkIndex]
                guard !link.inComment else { continue }
                findings.append(context.finding(
                    "unpublished-link", note: noteIndex, link: link,
                    message: "“\(vault.files[target].path)” is not published (\(reason(vault.notes[targetNote], context))), so this link will not work on the site"))
            }
        }
        return findings
    }

    private func reason(_ note: Note, _ context: LintContext) -> String {
        let frontmatter = note.frontmatter
        if frontmatter?["draft"]?.boolValue == true { return "draft: true" }
        if frontmatter?["publish"]?.boolValue == false { return "publish: false" }
        if frontmatter?["dg-publish"]?.boolValue == false { return "dg-publish: false" }
        return "no `publish: true` and tend.yaml says `publish: frontmatter`"
    }
}
