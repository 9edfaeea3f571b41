import Foundation
import TendVault

/// `tend report`: per owner, the overdue and due-soon notes and open `#todo`s — what a weekly
/// issue or pull-request comment shows.
public struct FreshnessReport: Sendable {
    public struct Item: Sendable, Codable, Equatable {
        public var file: String
        public var title: String
        public var reviewed: String?
        public var due: String?
        /// Days overdue (for `overdue`) or days left until the due date (for `due-soon`).
        public var days: Int?
        public var state: String
    }

    public struct OwnerSection: Sendable, Codable, Equatable {
        public var owner: String
        public var overdue: [Item]
        public var dueSoon: [Item]
        public var missingReviewDate: [Item]
        public var openTodos: Int
    }

    public var asOf: CivilDate
    public var owners: [OwnerSection]

    /// Notes without an owner are listed under "(no owner)".
    public init(context: LintContext) {
        asOf = context.asOf
        var sections: [String: OwnerSection] = [:]
        for (noteIndex, note) in context.vault.notes.enumerated() {
            let review = context.reviews[noteIndex]
            let todos = note.tags.filter { $0.key == "todo" || $0.key.hasPrefix("todo/") }.count
            let state = review.state(asOf: context.asOf, dueSoon: context.config.freshness.dueSoon)
            for owner in review.owners.isEmpty ? ["(no owner)"] : review.owners {
                var section = sections[owner] ?? OwnerSection(owner: owner, overdue: [], dueSoon: [], missingReviewDate: [], openTodos: 0)
                section.openTodos += todos
                let item = { (days: Int?, label: String) in
                    Item(file: note.path, title: note.title, reviewed: review.reviewed?.description,
                         due: review.due?.description, days: days, state: label)
                }
                switch state {
                case .overdue(_, let days): section.overdue.append(item(days, "overdue"))
                case .dueSoon(_, let days): section.dueSoon.append(item(days, "due-soon"))
                case .missingDate: section.missingReviewDate.append(item(nil, "missing-review-date"))
                default: break
                }
                sections[owner] = section
            }
        }
        owners = sections.values
            .map { section in
                var sorted = section
                sorted.overdue.sort { ($0.days ?? 0, $1.file) > ($1.days ?? 0, $0.file) }
                sorted.dueSoon.sort { ($0.days ?? 0, $0.file) < ($1.days ?? 0, $1.file) }
                sorted.missingReviewDate.sort { $0.file < $1.file }
                return sorted
            }
            .filter { !$0.overdue.isEmpty || !$0.dueSoon.isEmpty || !$0.missingReviewDate.isEmpty || $0.openTodos > 0 }
            .sorted { ($0.overdue.count, $1.owner) > ($1.overdue.count, $0.owner) }
    }

    public func text() -> String {
        guard !owners.isEmpty else { return "Every note is fresh as of \(asOf), and no #todo is open.\n" }
        var output = "Freshness as of \(asOf)\n"
        for section in owners {
            output += "\n\(section.owner): \(section.overdue.count) overdue, \(section.dueSoon.count) due soon, \(section.openTodos) open #todo\n"
            for item in section.overdue { output += "  overdue by \(item.days ?? 0)d  \(item.file)  (due \(item.due ?? "?"))\n" }
            for item in section.dueSoon { output += "  due in \(item.days ?? 0)d     \(item.file)  (due \(item.due ?? "?"))\n" }
            for item in section.missingReviewDate { output += "  no review date  \(item.file)\n" }
        }
        return output
    }

    public func markdown() -> String {
        var output = "## Documentation freshness — \(asOf)\n\n"
        guard !owners.isEmpty else { return output + "Every note is fresh, and no `#todo` is open.\n" }
        output += "| Owner | Overdue | Due soon | No review date | Open #todo |\n|---|---:|---:|---:|---:|\n"
        for section in owners {
            output += "| \(escape(section.owner)) | \(section.overdue.count) | \(section.dueSoon.count) | \(section.missingReviewDate.count) | \(section.openTodos) |\n"
        }
        for section in owners where !section.overdue.isEmpty || !section.dueSoon.isEmpty {
            output += "\n### \(section.owner)\n\n"
            for item in section.overdue {
                output += "- **overdue by \(item.days ?? 0) days**: \(escape(item.title)) (`\(item.file)`, due \(item.due ?? "?"))\n"
            }
            for item in section.dueSoon {
                output += "- due in \(item.days ?? 0) days: \(escape(item.title)) (`\(item.file)`, due \(item.due ?? "?"))\n"
            }
        }
        return output
    }

    public func json() -> String {
        struct Document: Codable {
            var asOf: String
            var owners: [OwnerSection]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(asOf: asOf.description, owners: owners))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
