import TendVault

/// The freshness dashboard: every published note by review state, then by owner.
extension PageContexts {
    func freshnessPage() -> [String: Any] {
        var context = common(kind: "freshness", title: "Freshness", description: "Review state of every page, by owner",
                             sitePath: "/freshness/")
        let order = ["stale", "due-soon", "future", "unknown", "fresh"]
        let labels = ["stale": "Overdue", "due-soon": "Due soon", "future": "Review date in the future",
                      "unknown": "No review date", "fresh": "Up to date"]
        var groups: [String: [[String: Any]]] = [:]
        var owners: [String: (total: Int, stale: Int, dueSoon: Int)] = [:]
        for noteIndex in plan.publishedNotes {
            let review = plan.context.reviews[noteIndex]
            let summary = ReviewSummary(state: review.state(asOf: plan.context.asOf, dueSoon: plan.context.config.freshness.dueSoon))
            let owner = review.owners.joined(separator: ", ")
            groups[summary.state, default: []].append([
                "title": notes[noteIndex].title, "url": plan.href(note: noteIndex) ?? "", "owner": owner,
                "reviewed": review.reviewed?.description ?? "", "due": review.due?.description ?? "",
                "daysOverdue": summary.daysOverdue, "daysLeft": summary.daysLeft,
                "sortKey": summary.state == "stale" ? -summary.daysOverdue : summary.daysLeft,
            ])
            for name in review.owners.isEmpty ? ["(no owner)"] : review.owners {
                var counts = owners[name] ?? (0, 0, 0)
                counts.total += 1
                if summary.state == "stale" { counts.stale += 1 }
                if summary.state == "due-soon" { counts.dueSoon += 1 }
                owners[name] = counts
            }
        }
        context["groups"] = order.compactMap { state -> [String: Any]? in
            guard var entries = groups[state] else { return nil }
            // Most overdue first; then soonest due; ties by title.
            entries.sort { a, b in
                let (ka, kb) = (a["sortKey"] as? Int ?? 0, b["sortKey"] as? Int ?? 0)
                return ka != kb ? ka < kb : (a["title"] as? String ?? "") < (b["title"] as? String ?? "")
            }
            return ["state": state, "label": labels[state] ?? state, "count": entries.count, "notes": entries]
        }
        context["owners"] = owners.keys.sorted().map { name -> [String: Any] in
            let counts = owners[name]!
            return ["owner": name, "total": counts.total, "stale": counts.stale, "dueSoon": counts.dueSoon]
        }
        context["summary"] = [
            "total": plan.publishedNotes.count, "fresh": groups["fresh"]?.count ?? 0,
            "dueSoon": groups["due-soon"]?.count ?? 0, "stale": groups["stale"]?.count ?? 0,
            "unknown": groups["unknown"]?.count ?? 0, "future": groups["future"]?.count ?? 0,
        ]
        return context
    }
}
