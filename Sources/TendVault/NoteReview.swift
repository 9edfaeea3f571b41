/// What a note says about its own freshness: when it was reviewed, how often it must be,
/// and who owns it. Read once and shared by lint (`stale`, …), `tend report` and the site.
public struct NoteReview: Sendable {
    /// Where the review date came from.
    public enum DateSource: String, Sendable { case frontmatter, git }

    public var reviewed: CivilDate?
    public var dateSource: DateSource?
    /// Frontmatter line of the `reviewed:` key (for findings), when written.
    public var reviewedLine: Int?
    public var interval: ReviewInterval
    public var owners: [String]
    /// Properties of the wrong type (`reviewed: soon`, `owner: 3`), for `invalid-frontmatter`.
    public var problems: [ParseProblem]

    /// The day the next review is due.
    public var due: CivilDate? { reviewed.map { interval.after($0) } }

    public func state(asOf today: CivilDate, dueSoon window: ReviewInterval) -> ReviewState {
        guard let reviewed, let due else { return .missingDate }
        if reviewed > today { return .inFuture }
        if today > due { return .overdue(due: due, days: due.days(until: today)) }
        if window.after(today) >= due { return .dueSoon(due: due, days: today.days(until: due)) }
        return .fresh(due: due)
    }

    /// Keys Obsidian users write for these properties (spec-free: Tend's own convention).
    static let reviewedKeys = ["reviewed", "last-reviewed", "last_reviewed"]
    static let intervalKeys = ["review-every", "review_interval"]
    static let ownerKeys = ["owner", "owners"]

    /// Reads a note's review properties under `policy`; `gitDate` stands in for a missing
    /// `reviewed:` when the policy's source is git.
    public init(note: Note, policy: FreshnessPolicy, gitDate: CivilDate? = nil) {
        interval = policy.interval(for: note.path)
        owners = []
        problems = []
        let frontmatter = note.frontmatter
        if let entry = frontmatter?.entries.first(where: { Self.reviewedKeys.contains($0.key) }) {
            reviewedLine = entry.line
            if let text = entry.value.scalarText, let date = CivilDate(parsing: text) {
                reviewed = date
                dateSource = .frontmatter
            } else if entry.value != .null {
                problems.append(ParseProblem(
                    kind: .invalidProperty, position: Position(line: entry.line, column: 1),
                    message: "`\(entry.key): \(entry.value.scalarText ?? entry.value.typeDescription)` is not a date",
                    fix: "write the date as YYYY-MM-DD, e.g. `\(entry.key): 2026-01-31`"))
            }
        }
        if reviewed == nil, policy.source == .git, let gitDate {
            reviewed = gitDate
            dateSource = .git
        }
        if let entry = frontmatter?.entries.first(where: { Self.intervalKeys.contains($0.key) }) {
            if let text = entry.value.scalarText, let parsed = ReviewInterval(parsing: text) {
                interval = parsed
            } else {
                problems.append(ParseProblem(
                    kind: .invalidProperty, position: Position(line: entry.line, column: 1),
                    message: "`\(entry.key): \(entry.value.scalarText ?? entry.value.typeDescription)` is not an interval",
                    fix: "write a number and a unit: `90d`, `12w`, `6 months`, `1y`"))
            }
        }
        if let entry = frontmatter?.entries.first(where: { Self.ownerKeys.contains($0.key) }) {
            switch entry.value {
            case .string(let name): owners = [name]
            case .list(let items) where items.allSatisfy({ $0.stringValue != nil }):
                owners = items.compactMap(\.stringValue)
            case .null: break
            default:
                problems.append(ParseProblem(
                    kind: .invalidProperty, position: Position(line: entry.line, column: 1),
                    message: "`\(entry.key)` must be a name or a list of names, not \(entry.value.typeDescription)",
                    fix: "write `owner: sre-team` or `owners: [alice, bob]`"))
            }
        }
        var seen: Set<String> = []
        owners = owners.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

/// Where a note stands on a given day.
public enum ReviewState: Sendable, Equatable {
    case fresh(due: CivilDate)
    /// Due within the due-soon window; `days` until the due date (0 = due today).
    case dueSoon(due: CivilDate, days: Int)
    /// Past its due date by `days`.
    case overdue(due: CivilDate, days: Int)
    case missingDate
    /// `reviewed:` is later than today.
    case inFuture
}
