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

    /// The text after the tag on its line, up to a comment's `%%`, trimmed and shortened, as
    /// the to-do's description. Worked on bytes: one call per #todo of the vault.
    private func todoText(_ line: String, after tag: Tag) -> String {
        let bytes = Array(line.utf8)
        // Byte offset of the tag's end: skip `column - 1` code points, then `#` and the name.
        var offset = 0, scalars = 0
        while offset < bytes.count && scalars < tag.position.column - 1 {
            offset += 1
            while offset < bytes.count && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            scalars += 1
        }
        var start = min(bytes.count, offset + 1 + tag.name.utf8.count)
        var end = bytes.count
        if let comment = (start..<end).first(where: { $0 + 1 < end && bytes[$0] == 37 && bytes[$0 + 1] == 37 }) { end = comment }
        let trimmed: Set<UInt8> = [32, 9, UInt8(ascii: "-"), UInt8(ascii: ":")]
        while start < end && trimmed.contains(bytes[start]) { start += 1 }
        while end > start && trimmed.contains(bytes[end - 1]) { end -= 1 }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return text.count > 80 ? String(text.prefix(79)) + "…" : text
    }
}
