import TendVault

/// `%% tend-ignore RULE … %%` on the same or the previous line, and `tend-ignore: [RULE…]` in
/// the frontmatter for the whole file. Rule ids run up to the first word that is not one; the
/// rest is a free-text reason (`%% tend-ignore broken-link until the page moves %%`). No rule
/// id at all means every rule. An Obsidian comment is invisible in reading view, so
/// suppressions never show on the site.
struct Suppression {
    /// Rules suppressed per line (1-based); "*" means all.
    private var byLine: [Int: Set<String>] = [:]
    private var wholeFile: Set<String> = []

    init(note: Note) {
        // Most comments are notes to editors: look for the keyword before splitting words.
        for comment in note.comments where comment.text.utf8.containsSequence(Array("tend-ignore".utf8)) {
            let words = comment.text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" })
            guard let first = words.first, first == "tend-ignore" else { continue }
            // A reason may mention a rule's name ("the stale page"): only leading ids count.
            var rules = Set(words.dropFirst().prefix { RuleCatalog.description(of: String($0)) != nil }.map(String.init))
            if rules.isEmpty { rules = ["*"] }
            // The comment's lines and the line after it: a block comment ends on a later line.
            let lastLine = comment.position.line + comment.text.utf8.filter { $0 == UInt8(ascii: "\n") }.count
            for line in comment.position.line...(lastLine + 1) {
                byLine[line, default: []].formUnion(rules)
            }
        }
        if let entry = note.frontmatter?.entries.first(where: { $0.key == "tend-ignore" }) {
            switch entry.value {
            case .string(let rule): wholeFile = [rule]
            case .list(let items): wholeFile = Set(items.compactMap(\.stringValue))
            default: break
            }
        }
    }

    func suppresses(_ finding: Finding) -> Bool {
        if wholeFile.contains(finding.rule) || wholeFile.contains("*") { return true }
        guard let rules = byLine[finding.line] else { return false }
        return rules.contains(finding.rule) || rules.contains("*")
    }
}

extension String.UTF8View {
    /// Whether `needle` occurs as a contiguous run of bytes.
    func containsSequence(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first, count >= needle.count else { return false }
        var index = startIndex
        while let found = self[index...].firstIndex(of: first) {
            if self[found...].starts(with: needle) { return true }
            index = self.index(after: found)
        }
        return false
    }
}
