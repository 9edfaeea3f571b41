import TendVault

/// `stale`, `review-due-soon`, `missing-review-date`, `review-date-in-future`, `missing-owner`:
/// each note's review state on the `--as-of` day under the configured policy.
struct FreshnessRule: LintRule {
    func findings(in context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (noteIndex, review) in context.reviews.enumerated() {
            let at = Position(line: review.reviewedLine ?? 1, column: 1)
            let interval = "review every \(review.interval)"
            // With the git source, a note without `reviewed:` is dated by its last commit.
            let dated = review.dateSource == .git ? "last commit" : "reviewed"
            switch review.state(asOf: context.asOf, dueSoon: context.config.freshness.dueSoon) {
            case .fresh:
                break
            case .dueSoon(let due, let days):
                let when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in \(days) days"
                findings.append(context.finding("review-due-soon", note: noteIndex, at: at,
                    message: "review due \(when), on \(due) (\(dated) \(review.reviewed!), \(interval))"))
            case .overdue(let due, let days):
                findings.append(context.finding("stale", note: noteIndex, at: at,
                    message: "review overdue by \(days) day\(days == 1 ? "" : "s"): due \(due) (\(dated) \(review.reviewed!), \(interval)); review the note and update `reviewed:`"))
            case .missingDate:
                findings.append(context.finding("missing-review-date", note: noteIndex, at: at,
                    message: "no `reviewed:` date, so this note's freshness is unknown; add `reviewed: \(context.asOf)` after reviewing it"))
            case .inFuture:
                findings.append(context.finding("review-date-in-future", note: noteIndex, at: at,
                    message: review.dateSource == .git
                        ? "the last commit (\(review.reviewed!)) is later than today (\(context.asOf)); check --as-of"
                        : "`reviewed: \(review.reviewed!)` is later than today (\(context.asOf)); write the day the review happened"))
            }
            if review.owners.isEmpty {
                findings.append(context.finding("missing-owner", note: noteIndex, at: Position(line: 1, column: 1),
                    message: "no owner; add `owner: team-or-person` so someone is asked to review it"))
            }
        }
        return findings
    }
}
