/// Every lint rule: its stable kebab-case id, default severity and documentation.
/// SARIF, the README and `--help` all read from here.
public struct RuleDescription: Sendable, Equatable {
    public let id: String
    public let defaultSeverity: Severity
    /// One line: what the rule reports.
    public let summary: String
    /// What to do about it.
    public let help: String
}

public enum RuleCatalog {
    public static let all: [RuleDescription] = [
        RuleDescription(id: "broken-link", defaultSeverity: .error,
                        summary: "A wikilink or Markdown link points to a note or file that does not exist.",
                        help: "Fix the name or path, create the note, or remove the link. Names match case-insensitively; files other than notes need their extension."),
        RuleDescription(id: "broken-heading", defaultSeverity: .error,
                        summary: "The linked note exists but has no heading matching the `#Heading` part.",
                        help: "Link to one of the note's top-level headings; headings match ignoring case and punctuation."),
        RuleDescription(id: "broken-block", defaultSeverity: .error,
                        summary: "The linked note exists but has no block with the `#^id` part.",
                        help: "Add ` ^id` at the end of the block you mean, or fix the id."),
        RuleDescription(id: "broken-embed", defaultSeverity: .error,
                        summary: "An embed `![[…]]` points to a missing note, section, block or attachment.",
                        help: "Fix the target, add the missing file, or remove the embed."),
        RuleDescription(id: "ambiguous-link", defaultSeverity: .warning,
                        summary: "Several files match the link; Obsidian picks one by folder and path length.",
                        help: "Write enough of the path to name one file, e.g. `[[Folder/Note]]`."),
        RuleDescription(id: "embed-cycle", defaultSeverity: .error,
                        summary: "Embeds form a cycle: a note ends up transcluding itself.",
                        help: "Replace one embed in the chain with a plain link."),
        RuleDescription(id: "unpublished-link", defaultSeverity: .warning,
                        summary: "A published note links to a note that will not be on the site.",
                        help: "Publish the target, or remove the link from the published note."),
        RuleDescription(id: "stale", defaultSeverity: .warning,
                        summary: "The note's review is overdue.",
                        help: "Review the note and set `reviewed:` to today's date."),
        RuleDescription(id: "review-due-soon", defaultSeverity: .info,
                        summary: "The note's review falls due within the due-soon window.",
                        help: "Plan the review before the due date."),
        RuleDescription(id: "missing-review-date", defaultSeverity: .info,
                        summary: "The note has no `reviewed:` date, so its freshness is unknown.",
                        help: "Add `reviewed: YYYY-MM-DD` to the frontmatter."),
        RuleDescription(id: "missing-owner", defaultSeverity: .info,
                        summary: "The note names no owner.",
                        help: "Add `owner: name` (or `owners: [a, b]`) to the frontmatter."),
        RuleDescription(id: "review-date-in-future", defaultSeverity: .warning,
                        summary: "The `reviewed:` date is later than today.",
                        help: "Set `reviewed:` to the date the review actually happened."),
        RuleDescription(id: "invalid-frontmatter", defaultSeverity: .error,
                        summary: "The frontmatter is not valid YAML, or a property has the wrong type.",
                        help: "Fix the YAML between the `---` lines; until then Obsidian and Tend read no properties from the note."),
        RuleDescription(id: "unreadable-note", defaultSeverity: .error,
                        summary: "A note could not be read, or is not valid UTF-8.",
                        help: "Check the file's permissions and save it as UTF-8."),
        RuleDescription(id: "todo", defaultSeverity: .info,
                        summary: "A `#todo` tag marks unfinished work.",
                        help: "Finish the work and remove the tag."),
        RuleDescription(id: "orphan", defaultSeverity: .info,
                        summary: "No other note links to this note.",
                        help: "Link it from a related note or an index, or delete it."),
        RuleDescription(id: "duplicate-permalink", defaultSeverity: .error,
                        summary: "Two notes would be written to the same site URL.",
                        help: "Give one of them a different `permalink:` or file name."),
        RuleDescription(id: "duplicate-block-id", defaultSeverity: .warning,
                        summary: "A block id is used twice in one note; links reach only the last one.",
                        help: "Rename one of the ids."),
        RuleDescription(id: "table-pipe", defaultSeverity: .warning,
                        summary: "An unescaped `|` inside a wikilink splits the table cell.",
                        help: "Escape the pipe inside tables: `[[Note\\|Alias]]`."),
        RuleDescription(id: "unclosed-comment", defaultSeverity: .warning,
                        summary: "A `%%` comment is never closed, so the rest of the note is hidden.",
                        help: "Close the comment with `%%`."),
        RuleDescription(id: "empty-note", defaultSeverity: .info,
                        summary: "The note has no content besides frontmatter.",
                        help: "Write the note or delete it."),
    ]

    public static func description(of id: String) -> RuleDescription? {
        all.first { $0.id == id }
    }

    public static var ids: [String] { all.map(\.id) }
}
