import TendVault

/// Everything a rule may read: the one resolved vault, the configuration, the day, and facts
/// derived once for all rules (publish state, review facts, the home note).
public struct LintContext: Sendable {
    public let resolved: ResolvedVault
    public let config: VaultConfig
    public let asOf: CivilDate
    /// `published[note]` for each note index.
    public let published: [Bool]
    /// `reviews[note]` for each note index.
    public let reviews: [NoteReview]
    /// Note index of the home note, if the vault has one.
    public let homeNote: Int?

    public var vault: Vault { resolved.vault }

    /// `gitDates`: last-commit dates by vault path, used when the freshness source is git.
    public init(resolved: ResolvedVault, config: VaultConfig, asOf: CivilDate, gitDates: [String: CivilDate] = [:]) {
        self.resolved = resolved
        self.config = config
        self.asOf = asOf
        let policy = PublishPolicy(mode: config.publish)
        let notes = resolved.vault.notes
        let freshness = config.freshness
        let facts = ParallelMap.map(notes) { note in
            (published: policy.isPublished(note), review: NoteReview(note: note, policy: freshness, gitDate: gitDates[note.path]))
        }
        published = facts.map(\.published)
        reviews = facts.map(\.review)
        homeNote = LintContext.findHome(notes, configured: config.home)
    }

    /// The context after some notes' contents changed: their publish state and review facts
    /// are read again, the rest is kept (`tend serve`).
    public init(updating previous: LintContext, resolved: ResolvedVault, changedNotes: [Int], gitDates: [String: CivilDate] = [:]) {
        self.resolved = resolved
        config = previous.config
        asOf = previous.asOf
        let policy = PublishPolicy(mode: config.publish)
        var published = previous.published
        var reviews = previous.reviews
        for noteIndex in changedNotes {
            let note = resolved.vault.notes[noteIndex]
            published[noteIndex] = policy.isPublished(note)
            reviews[noteIndex] = NoteReview(note: note, policy: config.freshness, gitDate: gitDates[note.path])
        }
        self.published = published
        self.reviews = reviews
        homeNote = previous.homeNote
    }

    /// The context after notes were added, removed or renamed: facts of notes that were not
    /// read again are carried over by `oldNotes` (old note index of each new note).
    public init(renumbering previous: LintContext, resolved: ResolvedVault, oldNotes: [Int?], rereadNotes: [Int],
                gitDates: [String: CivilDate] = [:]) {
        self.resolved = resolved
        config = previous.config
        asOf = previous.asOf
        let policy = PublishPolicy(mode: config.publish)
        let notes = resolved.vault.notes
        let reread = Set(rereadNotes)
        let freshness = config.freshness
        let facts = ParallelMap.map(Array(notes.indices)) { noteIndex -> (published: Bool, review: NoteReview) in
            if let old = oldNotes[noteIndex], !reread.contains(noteIndex) {
                return (previous.published[old], previous.reviews[old])
            }
            let note = notes[noteIndex]
            return (policy.isPublished(note), NoteReview(note: note, policy: freshness, gitDate: gitDates[note.path]))
        }
        published = facts.map(\.published)
        reviews = facts.map(\.review)
        homeNote = LintContext.findHome(notes, configured: config.home)
    }

    /// The configured home note, else `Home.md` or `index.md` at the vault root.
    public static func findHome(_ notes: [Note], configured: String?) -> Int? {
        if let configured {
            let wanted = (configured.lowercased().hasSuffix(".md") ? configured : configured + ".md").lowercased()
            return notes.firstIndex { $0.path.lowercased() == wanted }
        }
        // Only a note at the vault root can be the home note: skip the rest without lower-casing them.
        return notes.firstIndex { note in
            let path = note.path
            return (path.utf8.count == 7 || path.utf8.count == 8) && !path.utf8.contains(UInt8(ascii: "/"))
                && ["home.md", "index.md"].contains(path.lowercased())
        }
    }

    /// A finding at a link's position, spanning the link on its line.
    func finding(_ rule: String, note: Int, link: Link, message: String) -> Finding {
        Finding(rule: rule, severity: RuleCatalog.description(of: rule)?.defaultSeverity ?? .warning,
                file: vault.notes[note].path, line: link.position.line, column: link.position.column,
                endColumn: link.endPosition.line == link.position.line ? link.endPosition.column : nil,
                message: message, target: link.raw)
    }

    /// A finding at a position in a note.
    func finding(_ rule: String, note: Int, at position: Position, endColumn: Int? = nil,
                 message: String, target: String? = nil) -> Finding {
        Finding(rule: rule, severity: RuleCatalog.description(of: rule)?.defaultSeverity ?? .warning,
                file: vault.notes[note].path, line: position.line, column: position.column,
                endColumn: endColumn, message: message, target: target)
    }
}

/// A lint rule: reads the context, returns findings at their default severity.
/// One rule type may report several closely related rule ids (the four broken-link ids
/// come from one pass over the resolutions).
protocol LintRule: Sendable {
    func findings(in context: LintContext) -> [Finding]
}
