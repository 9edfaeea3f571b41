import TendVault

/// `broken-link`, `broken-heading`, `broken-block`, `broken-embed`: every link the shared
/// resolution pass could not resolve. Links inside `%%comments%%` are not rendered, so they
/// are not reported.
struct BrokenLinkRule: LintRule {
    func findings(in context: LintContext) -> [Finding] {
        let vault = context.vault
        let aliases = aliasIndex(vault)
        var findings: [Finding] = []
        for (noteIndex, note) in vault.notes.enumerated() {
            // Resolutions first, read in place: copying every Link (four strings) or resolution
            // (its arrays) to find the few broken ones is waste.
            let broken = context.resolved.resolutions[noteIndex].withUnsafeBufferPointer { resolutions in
                resolutions.indices.filter { resolutions[$0].status != .resolved }
            }
            for linkIndex in broken {
                let resolution = context.resolved.resolutions[noteIndex][linkIndex]
                let link = note.links[linkIndex]
                guard !link.inComment else { continue }
                let rule: String
                if link.syntax.isEmbed {
                    rule = "broken-embed"
                } else {
                    switch resolution.status {
                    case .noSuchHeading: rule = "broken-heading"
                    case .noSuchBlock: rule = "broken-block"
                    default: rule = "broken-link"
                    }
                }
                findings.append(context.finding(rule, note: noteIndex, link: link,
                                                message: message(link, resolution, vault: vault, aliases: aliases)))
            }
        }
        return findings
    }

    private func message(_ link: Link, _ resolution: LinkResolution, vault: Vault, aliases: [String: String]) -> String {
        switch resolution.status {
        case .noSuchFile:
            return "no file named “\(link.path)” in the vault; add it or fix the name (files other than notes need their extension)"
        case .noSuchHeading:
            guard let target = resolution.target, let note = vault.note(atFile: target) else { break }
            let heading = link.subpath ?? ""
            let headings = note.linkableHeadings
            return "“\(note.path)” has no heading “\(heading)”"
                + suggestion(heading, among: headings.map(\.text), keys: headings.map(\.matchKey))
        case .noSuchBlock:
            guard let target = resolution.target, let note = vault.note(atFile: target) else { break }
            let id = String((link.subpath ?? "").drop(while: { $0 == "^" }))
            return "“\(note.path)” has no block “^\(id)”"
                + suggestion(id, among: note.blockIDs.map(\.id), keys: note.blockIDs.map(\.key), prefix: "^")
        default:
            break
        }
        if link.path.isEmpty { return "this note has no such section" }
        // Spec §1.4: aliases never resolve links; say which note the author probably meant.
        if let note = aliases[link.path.lowercased()] {
            let name = note.hasSuffix(".md") ? String(note.dropLast(3)) : note
            return "no note named “\(link.path)”; it is an alias of “\(note)”, and aliases do not resolve links: write [[\(name)|\(link.path)]]"
        }
        return "no note named “\(link.path)”; create it or fix the name"
    }

    /// "; did you mean “X”?" for a close match, else the first few candidates.
    /// `keys` are the candidates' comparison forms, computed once when the note was read.
    private func suggestion(_ wanted: String, among candidates: [String], keys: [String], prefix: String = "") -> String {
        guard !candidates.isEmpty else { return " (it has none)" }
        let key = HeadingText.matchKey(wanted)
        let limit = max(2, key.count / 3)
        // Distances past the limit are cut short (`limit + 1`): no such candidate is named.
        let scored = zip(candidates, keys).map { (text: $0, distance: editDistance($1, key, limit: limit)) }
        if let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit {
            return "; did you mean “\(prefix)\(best.text)”?"
        }
        let shown = candidates.prefix(6).map { "“\(prefix)\($0)”" }.joined(separator: ", ")
        return "; it has \(shown)\(candidates.count > 6 ? ", …" : "")"
    }

    /// Lower-cased alias → the note that declares it.
    private func aliasIndex(_ vault: Vault) -> [String: String] {
        var index: [String: String] = [:]
        for note in vault.notes {
            for alias in note.aliases where index[alias.lowercased()] == nil { index[alias.lowercased()] = note.path }
        }
        return index
    }
}

/// Levenshtein distance over UTF-8 bytes (short strings: heading keys and ids; a non-ASCII
/// character counts as a few edits, which only makes suggestions a little stricter), when it
/// is at most `limit`; else `limit + 1`. A row whose every cell is past the limit ends the
/// count: broken-link findings compare the wanted name with every heading of the note, and
/// a full table each cost ~6,000 instructions.
func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    let a = Array(a.utf8), b = Array(b.utf8)
    guard !a.isEmpty else { return min(b.count, limit + 1) }
    guard !b.isEmpty else { return min(a.count, limit + 1) }
    // Each string differs from the other in at least as many edits as their lengths differ.
    guard abs(a.count - b.count) <= limit else { return limit + 1 }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        var rowMinimum = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            rowMinimum = min(rowMinimum, current[j])
        }
        // Cells only grow down the table: no later row can come back under the limit.
        if rowMinimum > limit { return limit + 1 }
        swap(&previous, &current)
    }
    return min(previous[b.count], limit + 1)
}
