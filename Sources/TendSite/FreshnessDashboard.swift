import TendVault

/// The freshness dashboard: every published note by review state, then by owner.
extension PageContexts {
    func freshnessPage() -> TemplateValue {
        var context = common(kind: "freshness", title: "Freshness", description: "Review state of every page, by owner",
                             sitePath: "/freshness/")
        let order = ["stale", "due-soon", "future", "unknown", "fresh"]
        let labels = ["stale": "Overdue", "due-soon": "Due soon", "future": "Review date in the future",
                      "unknown": "No review date", "fresh": "Up to date"]
        var groups: [String: [(sortKey: Int, titleRank: Int, value: TemplateValue)]] = [:]
        var owners: [String: (total: Int, stale: Int, dueSoon: Int)] = [:]
        for noteIndex in plan.publishedNotes {
            let review = plan.context.reviews[noteIndex]
            let summary = ReviewSummary(state: review.state(asOf: plan.context.asOf, dueSoon: plan.context.config.freshness.dueSoon),
                                        asOf: plan.context.asOf)
            let owner = review.owners.joined(separator: ", ")
            let entry: TemplateValue = [
                "title": .string(titles[noteIndex]), "url": .string(plan.href(note: noteIndex) ?? ""), "owner": .string(owner),
                "reviewed": .string(review.reviewed?.description ?? ""), "due": .string(review.due?.description ?? ""),
                "daysOverdue": .int(summary.daysOverdue), "daysLeft": .int(summary.daysLeft),
            ]
            groups[summary.state, default: []].append(
                (summary.state == "stale" ? -summary.daysOverdue : summary.daysLeft, titleRanks[noteIndex], entry))
            for name in review.owners.isEmpty ? ["(no owner)"] : review.owners {
                var counts = owners[name] ?? (0, 0, 0)
                counts.total += 1
                if summary.state == "stale" { counts.stale += 1 }
                if summary.state == "due-soon" { counts.dueSoon += 1 }
                owners[name] = counts
            }
        }
        // All five groups, empty ones too, so links to `#state-…` always land.
        context.set("groups", .list(order.map { state -> TemplateValue in
            // Most overdue first; then soonest due; ties by title, in the explorer's order.
            let entries = (groups[state] ?? []).sorted { ($0.sortKey, $0.titleRank) < ($1.sortKey, $1.titleRank) }
            return ["state": .string(state), "label": .string(labels[state] ?? state), "count": .int(entries.count),
                    "notes": .list(entries.map(\.value)), "isEmpty": .bool(entries.isEmpty)]
        }))
        context.set("owners", .list(owners.keys.sorted().map { name -> TemplateValue in
            let counts = owners[name]!
            return ["owner": .string(name), "total": .int(counts.total), "stale": .int(counts.stale), "dueSoon": .int(counts.dueSoon)]
        }))
        context.set("summary", [
            "total": .int(plan.publishedNotes.count), "fresh": .int(groups["fresh"]?.count ?? 0),
            "dueSoon": .int(groups["due-soon"]?.count ?? 0), "stale": .int(groups["stale"]?.count ?? 0),
            "unknown": .int(groups["unknown"]?.count ?? 0), "future": .int(groups["future"]?.count ?? 0),
        ])
        return context
    }
}
