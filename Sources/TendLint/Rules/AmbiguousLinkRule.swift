import TendVault

/// `ambiguous-link`: several files match and Obsidian chose one by folder, length or load
/// order, or one matched only through a partial folder name (spec §1.3 "String quirks").
struct AmbiguousLinkRule: LintRule {
    func findings(in context: LintContext) -> [Finding] {
        let vault = context.vault
        var findings: [Finding] = []
        for (noteIndex, note) in vault.notes.enumerated() {
            for (linkIndex, resolution) in context.resolved.resolutions[noteIndex].enumerated() where resolution.ambiguity != nil {
                let link = note.links[linkIndex]
                guard !link.inComment, let ambiguity = resolution.ambiguity, let chosen = resolution.target else { continue }
                let chosenPath = vault.files[chosen].path
                let others = resolution.candidates.filter { $0 != chosen }.map { "“\(vault.files[$0].path)”" }
                let message: String
                switch ambiguity {
                case .partialSegment:
                    message = "“\(link.path)” matches “\(chosenPath)” only through part of a folder name; write the full path"
                case .vaultRoot:
                    message = "\(resolution.candidates.count) files are named “\(link.path)”; Obsidian takes the one at the vault root, “\(chosenPath)”, over \(others.joined(separator: ", ")); write the folder to be sure"
                case .sameFolder:
                    message = "\(resolution.candidates.count) files match “\(link.path)”; Obsidian takes “\(chosenPath)” in this note's folder over \(others.joined(separator: ", ")); write the folder to be sure"
                case .shortestPath:
                    message = "\(resolution.candidates.count) files match “\(link.path)”; Obsidian takes the shortest path, “\(chosenPath)”, over \(others.joined(separator: ", ")); write the folder to be sure"
                case .loadOrder:
                    message = "\(resolution.candidates.count) files match “\(link.path)” equally well; Obsidian's choice (“\(chosenPath)” here) is not guaranteed; write the folder"
                }
                findings.append(context.finding("ambiguous-link", note: noteIndex, link: link, message: message))
            }
        }
        return findings
    }
}
