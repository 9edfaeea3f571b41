import ArgumentParser
import TendVault

/// The root `tend` command: configuration only; the work happens in subcommands.
public struct TendCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "tend",
        abstract: "Lint, render and keep fresh an Obsidian-style documentation vault.",
        discussion: """
            Tend reads a vault of Markdown notes the way Obsidian does: wikilinks, embeds, \
            headings, block ids, tags and frontmatter. Every link is resolved once, by \
            Obsidian's own rules, and the result is shared by every command.
            """,
        version: "tend \(version)",
        subcommands: [LintCommand.self, ReportCommand.self, BuildCommand.self, ServeCommand.self, LinksCommand.self, BacklinksCommand.self]
    )

    public init() {}

    /// Parses the command line and runs it. Usage errors exit 2 (ArgumentParser's own
    /// convention is 64), so CI sees one code for "the run itself is wrong".
    public static func runMain() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            exit(withError: nil)
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .failure {
                Self.exit(withError: error)
            }
            printError(fullMessage(for: error))
            Self.exit(withError: ExitCode(2))
        }
    }
}

/// Loads and resolves a vault, turning a `VaultError` into a message and exit code 2.
func loadResolvedVault(_ path: String) throws -> ResolvedVault {
    do {
        let vault = try Vault.load(root: path)
        return ResolvedVault(vault: vault)
    } catch {
        printError(error.description)
        throw ExitCode(2)
    }
}

func printError(_ message: String) {
    var standardError = StandardErrorStream()
    print(message, to: &standardError)
}

struct StandardErrorStream: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleWriter.standardError(string)
    }
}
