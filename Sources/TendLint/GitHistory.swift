import Foundation
import TendVault

/// Last-commit dates of the vault's files, read with ONE `git log` for the whole vault.
///
/// A shallow clone (CI's default checkout) has only the newest commit, so every file would
/// look reviewed on the day of the clone; that is refused with the fix instead of trusted.
public enum GitHistory {
    /// Vault-relative path → the date of the last commit that touched it.
    public static func lastCommitDates(vaultRoot: String) throws(VaultError) -> [String: CivilDate] {
        let shallow = try git(["rev-parse", "--is-shallow-repository"], in: vaultRoot)
        if shallow.trimmingCharacters(in: .whitespacesAndNewlines) == "true" {
            throw VaultError(step: .scan, file: vaultRoot,
                             reason: "the git repository is a shallow clone, so commit dates would be the date of the clone",
                             fix: "fetch the full history (actions/checkout: `fetch-depth: 0`) or set `freshness: {source: frontmatter}`")
        }
        // Paths in `git log` are relative to the repository root; the vault may be a folder in it.
        let prefix = try git(["rev-parse", "--show-prefix"], in: vaultRoot).trimmingCharacters(in: .whitespacesAndNewlines)
        // `-z`: paths NUL-separated and never quoted (names with `"` or `\` stay as they are).
        // Each commit reads `\u{1}DATE\0`, then `\nPATH\0PATH\0…`.
        let log = try git(["log", "-z", "--format=%x01%cs", "--name-only", "--no-renames", "--", "."], in: vaultRoot,
                          failure: "git log failed (a repository without any commit yet?)")
        var dates: [String: CivilDate] = [:]
        var current: CivilDate?
        for token in log.split(separator: "\0", omittingEmptySubsequences: true) {
            if token.hasPrefix("\u{1}") {
                current = CivilDate(parsing: String(token.dropFirst()))
                continue
            }
            let line = token.hasPrefix("\n") ? token.dropFirst() : token
            guard let current, !line.isEmpty, line.hasPrefix(prefix) else { continue }
            let path = String(line.dropFirst(prefix.count))
            // Newest first: the first date seen for a path is its last commit.
            if dates[path] == nil { dates[path] = current }
        }
        return dates
    }

    private static func git(_ arguments: [String], in directory: String,
                            failure: String = "the vault is not inside a git repository") throws(VaultError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        do {
            try process.run()
        } catch {
            throw VaultError(step: .scan, file: directory, reason: "git could not be started",
                             fix: "install git, or set `freshness: {source: frontmatter}`")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw VaultError(step: .scan, file: directory, reason: failure,
                             fix: "run Tend in a git checkout, or set `freshness: {source: frontmatter}`")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
