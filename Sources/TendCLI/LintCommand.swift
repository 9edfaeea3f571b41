import ArgumentParser
import Foundation
import TendLint
import TendVault

/// `tend lint [VAULT]`: findings for writers and a gate for CI.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check links, anchors, embeds, frontmatter and review dates.",
        discussion: """
            Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage or \
            configuration error. Rules and their levels are listed by `tend lint --list-rules`; \
            set levels in tend.yaml (`rules: {orphan: off, stale: error}`), silence one place with \
            `%% tend-ignore RULE %%` on the same or the previous line, or a whole note with \
            `tend-ignore: [RULE]` in its frontmatter.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github, junit
    }

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @OptionGroup var options: LintOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the run fail: error, warning, info or never.")
    var failOn: FailLevel = .error

    @Option(help: "Report only findings that are not in this baseline file.", completion: .file())
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Record today's findings in this file (they will not fail later runs that pass --baseline).", completion: .file())
    var writeBaseline: String?

    @Option(help: "Colour in text output: auto (a terminal, and NO_COLOR unset), always, never.")
    var color: ColorChoice = .auto

    @Flag(name: .customLong("list-rules"), help: "List every rule with its default level and exit.")
    var listRules = false

    func run() throws {
        ShortRunMemory.configure()
        if listRules {
            FileHandleWriter.standardOutput(RuleCatalog.all.map { "\($0.id) [\($0.defaultSeverity.rawValue)]: \($0.summary)" }.joined(separator: "\n") + "\n")
            return
        }
        var clock = PhaseClock(start: DispatchTime.now())
        let (linter, resolved, gitDates) = try options.load(clock: &clock)
        var baselineValue: Baseline?
        if let baseline {
            do { baselineValue = try Baseline.load(baseline) } catch {
                printError(error.description)
                throw ExitCode(2)
            }
        }
        // The baseline file records every finding of today, even when --baseline hides some of
        // them from the output: writing and reading the same file keeps it whole.
        let all = linter.lint(resolved, gitDates: gitDates)
        let report = baselineValue.map { all.excluding($0) } ?? all
        clock.mark("rules")
        if let writeBaseline {
            do {
                try Baseline(report: all).json().write(toFile: writeBaseline, atomically: true, encoding: .utf8)
            } catch {
                printError("error while writing output: \(writeBaseline): the baseline cannot be written\n  fix: check that the folder exists and is writable")
                throw ExitCode(2)
            }
        }
        FileHandleWriter.standardOutput(render(report))
        clock.mark("report")
        if format == .github, let summaryPath = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summaryPath.isEmpty {
            appendSummary(GitHubReporter(pathPrefix: pathPrefix).markdownSummary(report), to: summaryPath)
        }
        exitWithoutTeardown(report.fails(at: failOn) ? 1 : 0)
    }

    private func render(_ report: LintReport) -> String {
        switch format {
        case .text: return TextReporter(color: useColor).render(report)
        case .json: return JSONReporter().render(report)
        case .sarif: return SARIFReporter(pathPrefix: pathPrefix, toolVersion: TendCommand.version).render(report)
        case .github: return GitHubReporter(pathPrefix: pathPrefix).render(report)
        case .junit: return JUnitReporter(pathPrefix: pathPrefix).render(report)
        }
    }

    private var useColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return !noColor && isatty(1) == 1
        }
    }

    /// Findings name vault-relative files; CI tools want paths relative to the repository,
    /// which is where CI runs `tend`: prefix the vault's path as given.
    private var pathPrefix: String {
        var path = options.vault
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.hasSuffix("/") { path.removeLast() }
        return path.isEmpty || path == "." ? "" : path + "/"
    }

    /// The summary is secondary to the annotations and the exit status, so a summary file
    /// that cannot be written is said on standard error and changes neither.
    private func appendSummary(_ text: String, to path: String) {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            if !FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) {
                printError("warning: the GitHub step summary cannot be written: \(path)\n  fix: point GITHUB_STEP_SUMMARY at a file in a writable folder")
            }
            return
        }
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        handle.closeFile()
    }
}

extension FailLevel: ExpressibleByArgument {}
