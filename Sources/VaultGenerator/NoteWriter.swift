/// Writes one generated note line by line, so planted defects know their exact position.
struct NoteWriter {
    let plan: VaultGenerator.Plan
    let index: Int
    let plans: [VaultGenerator.Plan]
    let images: [String]
    let brokenPercent: Int
    var random: SeededRandom
    var lines: [String] = []
    var plants: [PlantedDefect] = []
    /// The line being written (not yet in `lines`).
    var current = ""

    init(plan: VaultGenerator.Plan, index: Int, plans: [VaultGenerator.Plan], images: [String],
         brokenPercent: Int, random: SeededRandom) {
        self.plan = plan
        self.index = index
        self.plans = plans
        self.images = images
        self.brokenPercent = brokenPercent
        self.random = random
    }

    mutating func write() -> String {
        if plan.isOrphan { plants.append(PlantedDefect(kind: .orphan, file: plan.path, line: 1, column: 1)) }
        frontmatter()
        line("# \(plan.name)")
        line("")
        append("This note covers \(Words.sentence(&random)) See ")
        link()
        append(" and ")
        link()
        append(" for context. #\(Words.pick(&random, Words.nouns))")
        endLine()
        line("")
        for (section, heading) in plan.headings.enumerated() {
            line("\(section % 3 == 2 ? "###" : "##") \(heading)")
            line("")
            append(Words.sentence(&random) + " ")
            for _ in 0..<3 {
                link()
                append(", " + Words.sentence(&random) + " ")
            }
            if section < plan.blockIDs.count { append("^\(plan.blockIDs[section])") }
            endLine()
            line("")
            switch section % 4 {
            case 0: table()
            case 1: codeBlock()
            case 2: callout()
            default: taskList()
            }
            line("")
        }
        append("Related: ")
        embed()
        endLine()
        line("")
        line("%% editor note: keep [[\(plans[(index + 1) % plans.count].name)]] in sync %%")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Sections

    private mutating func frontmatter() {
        line("---")
        line("title: \(plan.name)")
        line("owner: \(Words.owners[index % Words.owners.count])")
        if plan.isStale {
            plants.append(PlantedDefect(kind: .stale, file: plan.path, line: lines.count + 1, column: 1))
            line("reviewed: 2025-\(String(format2: 1 + index % 9))-\(String(format2: 10 + index % 19))")
        } else {
            // 2026-10-10 … 2026-10-29: 25–44 days before `VaultGenerator.asOf`.
            line("reviewed: 2026-10-\(String(format2: 10 + index % 20))")
        }
        line("tags: [\(Words.pick(&random, Words.nouns)), area/\(Words.pick(&random, Words.nouns))]")
        if index % 5 == 0 { line("aliases: [\"\(plan.name.lowercased()) alias\"]") }
        if index % 7 == 0 { line("review-every: 90d") }
        line("---")
    }

    private mutating func table() {
        line("| Item | Where | Notes |")
        line("|---|---|---|")
        for row in 0..<3 {
            append("| \(Words.pick(&random, Words.nouns)) \(row) | ")
            let target = otherPlan()
            append("[[\(target.name)\\|\(Words.pick(&random, Words.adjectives))]]")
            append(" | \(Words.sentence(&random)) |")
            endLine()
        }
    }

    private mutating func codeBlock() {
        line("```bash")
        line("# decoys: [[Not A Link]] and #not-a-tag and ![[nothing.png]]")
        line("tend lint --format json  # \(Words.sentence(&random))")
        line("```")
    }

    private mutating func callout() {
        line("> [!\(Words.pick(&random, ["note", "tip", "warning", "info"]))] \(Words.pick(&random, Words.headingStems))")
        append("> \(Words.sentence(&random)) ")
        link()
        endLine()
    }

    private mutating func taskList() {
        append("- [ ] \(Words.sentence(&random)) ")
        link()
        endLine()
        append("- [x] done with `[[inline code decoy]]` and ")
        link()
        endLine()
        line("- ==highlighted== \(Words.sentence(&random)) #todo/\(Words.pick(&random, Words.nouns))")
    }

    // MARK: Links

    /// Another note that may be linked: never this one, never a planted orphan.
    private mutating func otherPlan() -> VaultGenerator.Plan {
        var other = random.below(plans.count)
        while other == index || plans[other].isOrphan { other = (other + 1) % plans.count }
        return plans[other]
    }

    /// One link in a random valid form, or (rarely) a planted broken one.
    private mutating func link() {
        if random.below(100) < brokenPercent {
            brokenLink()
            return
        }
        let target = otherPlan()
        switch random.below(9) {
        case 0: append("[[\(target.name)]]")
        case 1: append("[[\(target.name)|\(Words.pick(&random, Words.adjectives)) \(Words.pick(&random, Words.nouns))]]")
        case 2: append("[[\(target.name)#\(random.pick(target.headings))]]")
        case 3: append("[[\(target.name)#^\(random.pick(target.blockIDs))]]")
        case 4: append("[[\(target.path.dropLast(3))]]")
        case 5: append("[\(Words.pick(&random, Words.nouns))](\(percentEncoded(target.path)))")
        case 6: append("[[#\(random.pick(plan.headings))]]")
        case 7: append("[[\(target.name.lowercased())]]")
        default: append("[\(Words.pick(&random, Words.nouns))](<\(target.path)#\(random.pick(target.headings))>)")
        }
    }

    private mutating func embed() {
        if random.below(100) < brokenPercent {
            plant(.brokenEmbed)
            append("![[Missing diagram \(index).png|300]]")
            return
        }
        // Note embeds only reach later notes, so generated vaults never hold an embed cycle.
        if random.chance(50), index + 1 < plans.count,
           let target = plans[(index + 1 + random.below(plans.count - index - 1))...].first(where: { !$0.isOrphan }) {
            append("![[\(target.name)#\(random.pick(target.headings))]]")
        } else {
            append("![[\(random.pick(images).split(separator: "/").last!)|\(200 + random.below(400))]]")
        }
    }

    private mutating func brokenLink() {
        let target = otherPlan()
        switch random.below(3) {
        case 0:
            plant(.brokenLink)
            append("[[Missing note \(index)-\(random.below(1000))]]")
        case 1:
            plant(.brokenHeading)
            append("[[\(target.name)#No such section \(random.below(100))]]")
        default:
            plant(.brokenBlock)
            append("[[\(target.name)#^missing-\(random.below(100))]]")
        }
    }

    private mutating func plant(_ kind: PlantedDefect.Kind) {
        plants.append(PlantedDefect(kind: kind, file: plan.path, line: lines.count + 1,
                                    column: current.unicodeScalars.count + 1))
    }

    private func percentEncoded(_ path: String) -> String {
        path.replacingAllSpaces()
    }

    // MARK: Text

    private mutating func append(_ text: String) { current += text }

    private mutating func endLine() {
        lines.append(current)
        current = ""
    }

    private mutating func line(_ text: String) {
        append(text)
        endLine()
    }
}

extension String {
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }

    func replacingAllSpaces() -> String {
        split(separator: " ", omittingEmptySubsequences: false).joined(separator: "%20")
    }
}
