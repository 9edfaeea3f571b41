import ArgumentParser
import TendLint
import TendVault

/// `tend report [VAULT]`: freshness per owner, for a weekly issue or PR comment.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Per owner: overdue and due-soon notes, and open #todo counts.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @OptionGroup var options: LintOptions

    @Option(help: "Output format: text, markdown or json.")
    var format: Format = .text

    func run() throws {
        ShortRunMemory.configure()
        let (linter, resolved, gitDates) = try options.load()
        let context = LintContext(resolved: resolved, config: linter.config, asOf: linter.asOf, gitDates: gitDates)
        let report = FreshnessReport(context: context)
        switch format {
        case .text: FileHandleWriter.standardOutput(report.text())
        case .markdown: FileHandleWriter.standardOutput(report.markdown())
        case .json: FileHandleWriter.standardOutput(report.json())
        }
        exitWithoutTeardown(0)
    }
}
