import ArgumentParser
import TendVault

/// `tend backlinks NOTE [--vault VAULT]`
struct BacklinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backlinks",
        abstract: "List the links from other notes to NOTE: what to check before renaming it.",
        discussion: "NOTE is a vault path (`Engineering/Day 0.md`) or a name as you would link it (`Day 0`).")

    @Argument(help: "The note (or attachment) to look up.")
    var note: String

    @Option(help: "The vault folder.", completion: .directory)
    var vault: String = "."

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let resolved = try loadResolvedVault(vault)
        guard let file = resolved.file(named: note) else {
            printError("error: no note named '\(note)' in \(vault)\n  fix: pass a path relative to the vault, or the name you would write in [[…]]")
            throw ExitCode(2)
        }
        let listing = LinkListing(resolved, references: resolved.backlinks(toFile: file))
        FileHandleWriter.standardOutput(json ? listing.json() : listing.text())
        exitWithoutTeardown(0)
    }
}
