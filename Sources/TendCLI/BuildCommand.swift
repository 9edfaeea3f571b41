import ArgumentParser
import Foundation
import TendLint
import TendSite
import TendVault

/// `tend build [VAULT]`: the static site readers browse.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render the vault to a static website.",
        discussion: """
            Writes one page per published note, plus folder, tag, freshness and 404 pages, a \
            search index, sitemap.xml, feed.xml and robots.txt. The site is written beside the \
            output folder and swapped into place at the end, so a failed build leaves the \
            previous site untouched. Unresolved links are reported as `tend lint` reports them; \
            with --strict they make the build fail (exit 1). Exit status 2: a usage, \
            configuration, template or write error.
            """)

    @OptionGroup var options: LintOptions

    @Option(name: .customLong("out"), help: "Output folder (default: _site in the current folder).", completion: .directory)
    var output: String = "_site"

    @Option(name: .customLong("base-url"), help: "URL or path the site is served under, e.g. /handbook/ or https://docs.example.org/handbook/ (default: site.base-url from tend.yaml, else /).")
    var baseURL: String?

    @Option(name: .customLong("templates"), help: "Folder whose templates and assets replace the built-in ones (default: .tend/site-templates in the vault).", completion: .directory)
    var templates: String?

    @Flag(help: "Fail (exit 1) when any link, heading, block or embed does not resolve.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        ShortRunMemory.configure()
        let result: SitePipeline.Result
        do {
            result = try SitePipeline.run(vaultRoot: options.vault, configPath: options.config, asOf: options.day,
                                         lintScope: .unresolvedLinks) { config in
                SiteOptions(output: output, baseURL: baseURL ?? config.site.baseURL, templateOverrides: templates)
            }
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        let unresolved = result.unresolved
        if !unresolved.isEmpty && !quiet {
            let shown = LintReport(findings: unresolved, notes: result.report.summary.notes, vault: result.report.vault)
            FileHandleWriter.standardError(TextReporter(color: false).render(shown))
        }
        if !quiet {
            FileHandleWriter.standardOutput(Self.summaryText(result.summary, basePath: result.basePath, hasOrigin: result.hasOrigin))
        }
        if strict && !unresolved.isEmpty {
            printError("tend build --strict: \(unresolved.count) unresolved link\(unresolved.count == 1 ? "" : "s")")
            exitWithoutTeardown(1)
        }
        exitWithoutTeardown(0)
    }

    /// What was built, where it is, and how to look at it.
    static func summaryText(_ summary: SiteBuildSummary, basePath: String, hasOrigin: Bool) -> String {
        var text = "Built \(summary.pages) pages and \(summary.attachments) attachments into \(summary.output)"
        text += " (\(summary.files) files: \(summary.written) written, \(summary.unchanged) unchanged).\n"
        if basePath == "/" {
            text += "Open it: python3 -m http.server --directory \(summary.output) 8000, then http://localhost:8000/\n"
        } else {
            // The pages link to `basePath…`, so the folder must be served at that path.
            let parent = (summary.output as NSString).deletingLastPathComponent
            let name = (summary.output as NSString).lastPathComponent
            let hint = name == String(basePath.dropFirst().dropLast()) ? "python3 -m http.server --directory \(parent) 8000, then http://localhost:8000\(basePath)"
                : "serve it so that its files appear under \(basePath), e.g. copy it to a folder named \(basePath.dropFirst().dropLast()) and serve that folder's parent"
            text += "Open it: \(hint)\n"
        }
        if !hasOrigin {
            text += "Note: sitemap.xml and feed.xml hold root-relative URLs; set site.base-url: https://… in tend.yaml (or --base-url) to make them absolute.\n"
        }
        return text
    }
}
