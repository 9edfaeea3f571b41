/// Writes realistic synthetic vaults: frontmatter, headings, ~20 links per note in every form,
/// tables, code blocks holding decoy links, tags, callouts, comments and embeds, plus a small
/// share of planted broken links whose positions are recorded.
public struct VaultGenerator {
    public var noteCount: Int
    public var seed: UInt64
    /// Percentage of links written broken on purpose.
    public var brokenPercent: Int
    /// Percentage of notes reviewed so long ago that they are overdue on `asOf`.
    public var stalePercent: Int
    /// Percentage of notes that no other note links to.
    public var orphanPercent: Int

    /// The day the planted freshness is about: every other note is fresh (reviewed 25–44
    /// days before, reviewed every 90 or 180 days) and none falls due within 14 days.
    public static let asOf = "2026-11-23"

    public init(noteCount: Int, seed: UInt64 = 1, brokenPercent: Int = 2, stalePercent: Int = 2, orphanPercent: Int = 1) {
        self.noteCount = noteCount
        self.seed = seed
        self.brokenPercent = brokenPercent
        self.stalePercent = stalePercent
        self.orphanPercent = orphanPercent
    }

    struct Plan {
        var path: String
        var name: String
        var headings: [String]
        var blockIDs: [String]
        var isStale = false
        var isOrphan = false
    }

    public func generate() -> GeneratedVault {
        var random = SeededRandom(seed: seed)
        let plans = makePlans(&random)
        var files: [String: String] = [:]
        var plants: [PlantedDefect] = []
        let images = (0..<max(4, noteCount / 50)).map { "Attachments/diagram-\($0).png" }
        for image in images { files[image] = "PNG" }
        for (index, plan) in plans.enumerated() {
            var writer = NoteWriter(plan: plan, index: index, plans: plans, images: images,
                                    brokenPercent: brokenPercent, random: SeededRandom(seed: seed &+ UInt64(index) &* 7919))
            files[plan.path] = writer.write()
            plants += writer.plants
        }
        return GeneratedVault(files: files, plants: plants.sorted())
    }

    private func makePlans(_ random: inout SeededRandom) -> [Plan] {
        let areas = ["Engineering", "Operations", "Product", "Security", "Platform", "Support", "Data", "People"]
        let topics = ["Runbooks", "Guides", "Decisions", "Reference", "Meetings", "Projects"]
        var plans: [Plan] = []
        for index in 0..<noteCount {
            let area = areas[index % areas.count]
            let topic = topics[(index / areas.count) % topics.count]
            let depth = index % 3
            var folder = area
            if depth >= 1 { folder += "/" + topic }
            if depth == 2 { folder += "/Team \(index % 17)" }
            let word = Words.nouns[random.below(Words.nouns.count)]
            let name = "\(Words.adjectives[index % Words.adjectives.count].capitalizedFirst) \(word) \(index)"
            let headings = (0..<(3 + random.below(3))).map { "\(Words.headingStems[($0 + index) % Words.headingStems.count]) \($0 + 1)" }
            // One id per section at most: ids are written at the end of a section's paragraph.
            let blocks = (0..<min(headings.count, 2 + random.below(3))).map { "b\(index)-\($0)" }
            var plan = Plan(path: "\(folder)/\(name).md", name: name, headings: headings, blockIDs: blocks)
            plan.isStale = random.below(100) < stalePercent
            // At least two notes stay linkable, so every other note has something to link to.
            plan.isOrphan = index >= 2 && random.below(100) < orphanPercent
            plans.append(plan)
        }
        return plans
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
