import ArgumentParser
import Dispatch
import TendLint
import TendVault

/// Options shared by `tend lint`, `report`, `build` and `serve`.
struct LintOptions: ParsableArguments {
    @Argument(help: "The vault folder.", completion: .directory)
    var vault: String = "."

    @Option(help: "Configuration file (default: tend.yaml at the vault root).", completion: .file())
    var config: String?

    @Option(name: .customLong("as-of"), help: "Judge freshness as of this day (YYYY-MM-DD), for reproducible runs (default: today, UTC).")
    var asOf: String?

    func validate() throws {
        if let asOf, CivilDate(parsing: asOf) == nil || asOf.count != 10 {
            throw ValidationError("--as-of takes a date written YYYY-MM-DD, not '\(asOf)'")
        }
    }

    var day: CivilDate { asOf.flatMap { CivilDate(parsing: $0) } ?? .today() }

    /// Reads configuration and vault, resolves every link once, and prepares the linter.
    /// Configuration and I/O failures print the user-facing error and exit 2.
    func load() throws -> (linter: Linter, resolved: ResolvedVault, gitDates: [String: CivilDate]) {
        var clock = PhaseClock(start: DispatchTime.now())
        return try load(clock: &clock)
    }

    func load(clock: inout PhaseClock) throws -> (linter: Linter, resolved: ResolvedVault, gitDates: [String: CivilDate]) {
        do {
            let configuration = try VaultConfig.load(vaultRoot: vault, explicitPath: config)
            let linter = try Linter(config: configuration, asOf: day)
            let loaded = try Vault.load(root: vault, ignore: configuration.ignore)
            clock.mark("read+parse")
            try linter.check(loaded)
            let gitDates = configuration.freshness.source == .git ? try GitHistory.lastCommitDates(vaultRoot: vault) : [:]
            let resolved = ResolvedVault(vault: loaded)
            clock.mark("resolve")
            return (linter, resolved, gitDates)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
    }
}
