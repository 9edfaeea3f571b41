import ArgumentParser
import TendVault

/// `tend links [VAULT] [--json]`
struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "List every link and embed with its position and how it resolves.",
        discussion: """
            Each line reads `file:line:column  link  → target`, or `✗ reason` when the link is \
            broken (no-such-note, no-such-file, no-such-heading, no-such-block). Links that \
            several files could mean are marked ambiguous with the candidates, best first.
            """)

    @Argument(help: "The vault folder.", completion: .directory)
    var vault: String = "."

    @Flag(help: "Print JSON: {\"links\": [...], \"summary\": {...}}.")
    var json = false

    func run() throws {
        let resolved = try loadResolvedVault(vault)
        let listing = LinkListing(resolved)
        FileHandleWriter.standardOutput(json ? listing.json() : listing.text())
        exitWithoutTeardown(0)
    }
}
