import Foundation

/// The report behind `tend links` and `tend backlinks`: links with positions and resolutions,
/// rendered as text for people or JSON for tools. Deterministic: same vault, same bytes.
public struct LinkListing: Sendable {
    public struct Entry: Sendable, Codable, Equatable {
        public var file: String
        public var line: Int
        public var column: Int
        public var syntax: LinkSyntax
        public var raw: String
        public var path: String
        public var subpath: String?
        public var status: LinkResolution.Status
        public var target: String?
        /// `#anchor` of the heading (Tend's slug) or `#^id` of the block that was matched.
        public var anchor: String?
        public var candidates: [String]?
        public var ambiguity: LinkResolution.Ambiguity?
        public var inComment: Bool?
    }

    public struct Summary: Sendable, Codable, Equatable {
        public var notes: Int
        public var files: Int
        public var links: Int
        public var resolved: Int
        public var broken: Int
        public var ambiguous: Int
    }

    public var entries: [Entry]
    public var summary: Summary

    /// Every link of the vault.
    public init(_ resolved: ResolvedVault) {
        self.init(resolved, references: resolved.allLinks.map(\.reference))
    }

    /// The given links only (for example the backlinks of one note).
    public init(_ resolved: ResolvedVault, references: [ResolvedVault.LinkReference]) {
        let vault = resolved.vault
        entries = references.map { reference in
            let note = vault.notes[reference.note]
            let link = note.links[reference.link]
            let resolution = resolved.resolution(reference)
            var anchor: String?
            if let target = resolution.target, let targetNote = vault.note(atFile: target) {
                if let heading = resolution.heading { anchor = "#" + targetNote.headings[heading].anchor }
                if let block = resolution.block { anchor = "#^" + targetNote.blockIDs[block].id }
            }
            return Entry(
                file: note.path, line: link.position.line, column: link.position.column, syntax: link.syntax,
                raw: link.raw, path: link.path, subpath: link.subpath, status: resolution.status,
                target: resolution.target.map { vault.files[$0].path }, anchor: anchor,
                candidates: resolution.candidates.isEmpty ? nil : resolution.candidates.map { vault.files[$0].path },
                ambiguity: resolution.ambiguity, inComment: link.inComment ? true : nil)
        }
        summary = Summary(
            notes: vault.notes.count, files: vault.files.count, links: entries.count,
            resolved: entries.filter { $0.status == .resolved }.count,
            broken: entries.filter { $0.status != .resolved }.count,
            ambiguous: entries.filter { $0.ambiguity != nil }.count)
    }

    /// `file:line:col  raw  → target#anchor`, one link a line, then a summary line.
    public func text() -> String {
        var output = ""
        for entry in entries {
            output += "\(entry.file):\(entry.line):\(entry.column)  \(entry.raw)  "
            if entry.status == .resolved {
                output += "→ \(entry.target ?? "")\(entry.anchor ?? "")"
            } else if let target = entry.target {
                output += "✗ \(entry.status.rawValue) in \(target)"
            } else {
                output += "✗ \(entry.status.rawValue)"
            }
            if let ambiguity = entry.ambiguity, let candidates = entry.candidates {
                output += "  (ambiguous, \(ambiguity.rawValue): \(candidates.joined(separator: ", ")))"
            } else if entry.ambiguity == .partialSegment {
                output += "  (matched by a partial folder name)"
            }
            if entry.inComment == true { output += "  (in a comment)" }
            output += "\n"
        }
        output += "\(summary.links) links in \(summary.notes) notes: \(summary.resolved) resolved, "
            + "\(summary.broken) broken, \(summary.ambiguous) ambiguous\n"
        return output
    }

    /// `{"links":[…],"summary":{…}}` with sorted keys; absent optional fields are omitted.
    public func json() -> String {
        struct Document: Codable {
            var links: [Entry]
            var summary: Summary
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(links: entries, summary: summary))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
