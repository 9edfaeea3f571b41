/// Word lists for generated prose: enough variety that notes do not compress to nothing.
enum Words {
    static let nouns = [
        "deployment", "rollback", "pipeline", "cluster", "incident", "runbook", "backup", "alert",
        "dashboard", "latency", "capacity", "certificate", "database", "queue", "cache", "gateway",
        "release", "canary", "migration", "schema", "service", "endpoint", "quota", "budget",
        "region", "replica", "snapshot", "secret", "token", "audit", "review", "owner", "café",
    ]
    static let adjectives = [
        "stable", "degraded", "primary", "secondary", "manual", "automatic", "regional", "global",
        "urgent", "routine", "blue", "green", "shadow", "legacy", "current", "planned",
    ]
    static let verbs = [
        "checks", "restores", "promotes", "drains", "scales", "pages", "records", "rotates",
        "verifies", "documents", "deploys", "monitors", "throttles", "reviews",
    ]
    static let headingStems = [
        "Overview", "Before you start", "Steps", "Verification", "Rollback criteria", "Ownership",
        "Signals to watch", "Escalation", "Known issues", "Background", "Checklist", "History",
    ]
    static let owners = ["sre-team", "platform", "alice", "bob", "data-eng", "security", "docs"]

    static func pick(_ random: inout SeededRandom, _ list: [String]) -> String { random.pick(list) }

    /// A short sentence of 6–11 words ending with a full stop.
    static func sentence(_ random: inout SeededRandom) -> String {
        var words: [String] = []
        for position in 0..<(6 + random.below(6)) {
            switch position % 3 {
            case 0: words.append(random.pick(adjectives))
            case 1: words.append(random.pick(nouns))
            default: words.append(random.pick(verbs))
            }
        }
        return words.joined(separator: " ").capitalizedFirst + "."
    }
}
