import TendVault

/// Footnote definitions that an embedded part of a note (a section or a block) refers to but
/// that stand elsewhere in the note, often at its end. Footnotes belong to the whole note
/// (spec §7.5), so without them the embed would show `[^1]` as plain text; they are rendered
/// with the part, numbered and prefixed as the embed's own footnotes.
enum EmbedFootnotes {
    /// The definitions outside `part` that `part` refers to, in line order.
    static func definitions(referencedIn part: ClosedRange<Int>, of note: Note) -> [ClosedRange<Int>] {
        guard !note.footnoteDefinitions.isEmpty else { return [] }
        let text = note.source.string(note.source.byteRange(lines: part))
        guard text.contains("[^") else { return [] }
        // Labels are case-insensitive (spec §7.5).
        let lowered = text.lowercased()
        return note.footnoteDefinitions.filter { definition in
            guard !part.contains(definition.lowerBound), let label = label(note.source.lineText(definition.lowerBound)) else {
                return false
            }
            return lowered.contains("[^" + label.lowercased() + "]")
        }
    }

    /// The label of a definition's first line, `[^label]: …` (after any indentation).
    private static func label(_ line: String) -> String? {
        guard let open = line.range(of: "[^"), let close = line[open.upperBound...].firstIndex(of: "]"),
              line[close...].hasPrefix("]:"), close > open.upperBound else { return nil }
        return String(line[open.upperBound..<close])
    }
}
