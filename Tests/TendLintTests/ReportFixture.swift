import TendLint
import TendVault

/// A tiny hand-made vault and report with the characters every format has to escape:
/// a path with a space, `%`, `,`, `:`, a line break, `<` and `&` in messages, a tab and
/// multi-byte characters before a column, and five findings of each severity.
enum ReportFixture {
    static let vault = Vault.make([
        "Notes/A b.md": """
            ---
            title: A b
            owner:
            ---
            # A b
            See [[Missing note]] and [[Day 0#Setup & Install]].
            \tIndented [[Tabbed]] link.
            Café ☕ then [[Gone]] here.
            #todo finish, this: 100%
            """,
        "Notes/Day 0.md": """
            ---
            reviewed: 2024-01-01
            review-every: 90d
            ---
            # Day 0
            ## Overview
            """,
        "Runbooks/Deploy.md": """
            # Deploy
            Embeds ![[A b]] here.
            | Step | Link |
            | --- | --- |
            | 1 | [[A b|alias]] |
            %% unclosed
            """,
        "Journal/2024-01-01.md": "",
    ])

    static let findings: [Finding] = [
        // Errors
        finding("broken-link", .error, "Notes/A b.md", 6, 5, 21, #"No note named "Missing note"."#,
                target: "Missing note"),
        finding("broken-heading", .error, "Notes/A b.md", 6, 26, 51,
                #"No heading <Setup & Install> in "Day 0"; it has: Day 0, Overview."#,
                target: "Day 0#Setup & Install"),
        finding("broken-link", .error, "Notes/A b.md", 8, 13, 21, #"No note named "Gone"."#, target: "Gone"),
        finding("invalid-frontmatter", .error, "Notes/A b.md", 3, 1, 7,
                #"Property "owner" is empty: expected text or a list."#),
        finding("embed-cycle", .error, "Runbooks/Deploy.md", 2, 8, 16,
                "Embeds form a cycle:\nRunbooks/Deploy → Notes/A b → Runbooks/Deploy", target: "A b"),
        // Warnings (missing-owner is configured up from its default, info)
        finding("ambiguous-link", .warning, "Notes/A b.md", 7, 11, 21,
                #"Several notes match "Tabbed": Notes/Tabbed.md, Archive/Tabbed.md; using Notes/Tabbed.md."#,
                target: "Tabbed"),
        finding("stale", .warning, "Notes/Day 0.md", 2, 1, 21,
                "Review is 120% overdue: last reviewed 2024-01-01, due 2024-03-31."),
        finding("missing-owner", .warning, "Notes/Day 0.md", 1, 1, nil, "The note names no owner."),
        finding("table-pipe", .warning, "Runbooks/Deploy.md", 5, 12, 13,
                #"The "|" in [[A b|alias]] splits the table cell; write "\|"."#),
        finding("unclosed-comment", .warning, "Runbooks/Deploy.md", 6, 1, 3,
                "This %% comment is never closed: the rest of the note is hidden."),
        // Infos
        finding("todo", .info, "Notes/A b.md", 9, 1, 6, "#todo: finish, this: 100%", target: "todo"),
        finding("orphan", .info, "Journal/2024-01-01.md", 1, 1, nil, "No other note links to this note."),
        finding("empty-note", .info, "Journal/2024-01-01.md", 1, 1, nil, "The note is empty."),
        finding("review-due-soon", .info, "Runbooks/Deploy.md", 1, 1, nil, "Review due in 5 days, on 2024-04-05."),
        finding("missing-review-date", .info, "Runbooks/Deploy.md", 1, 1, nil, "No reviewed: date."),
    ].sorted(by: Finding.precedes)

    static let report = LintReport(findings: findings, notes: 4, baselined: 2, suppressed: 1, vault: vault)

    static let emptyReport = LintReport(findings: [], notes: 4, vault: vault)

    static func finding(_ rule: String, _ severity: Severity, _ file: String, _ line: Int, _ column: Int,
                        _ endColumn: Int?, _ message: String, target: String? = nil) -> Finding {
        var finding = Finding(rule: rule, severity: severity, file: file, line: line, column: column,
                              endColumn: endColumn, message: message, target: target)
        // Stand-in fingerprints: reporters copy them, they never compute them.
        finding.fingerprint = "\(rule):\(file):\(line)"
        return finding
    }
}
