import TendVault

/// `todo`: each `#todo` tag (and nested `#todo/…`), including those in frontmatter and in
/// comments, where writers often park open work.
struct TodoRule: LintRule {
    func findings(in context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (noteIndex, note) in context.vault.notes.enumerated() {
            for tag in note.tags where tag.key == "todo" || tag.key.hasPrefix("todo/") {
                let place = tag.fromFrontmatter ? " (in frontmatter)" : tag.inComment ? " (in a comment)" : ""
                let line = tag.fromFrontmatter ? nil : context.vault.notes[noteIndex].source.lineText(tag.position.line)
                let rest = line.map { todoText($0, after: tag) } ?? ""
                findings.append(context.finding(
                    "todo", note: noteIndex, at: tag.position,
                    endColumn: tag.fromFrontmatter ? nil : tag.position.column + 1 + tag.name.count,
                    message: "#\(tag.name)\(place)\(rest.isEmpty ? "" : ": \(rest)")", target: "#\(tag.name)"))
            }
        }
        return findings
    }

    /// The text after the tag on its line, trimmed and shortened, as the to-do's description.
    private func todoText(_ line: String, after tag: Tag) -> String {
        let scalars = Array(line.unicodeScalars)
        let start = min(scalars.count, tag.position.column - 1 + 1 + tag.name.unicodeScalars.count)
        var text = String(String.UnicodeScalarView(scalars[start...]))
        text = text.replacingOccurrencesOfComment().trimmingCharacters(in: " \t-–—:%")
        return text.count > 80 ? String(text.prefix(79)) + "…" : text
    }
}

private extension String {
    func replacingOccurrencesOfComment() -> String {
        split(separator: "%%", omittingEmptySubsequences: false).first.map(String.init) ?? self
    }

    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
