/// A generated vault: files by path, plus the defects planted in it (what lint must find).
public struct GeneratedVault: Sendable {
    /// Vault-relative path → contents. Attachments hold a few placeholder bytes.
    public var files: [String: String]
    public var plants: [PlantedDefect]
}

/// A defect the generator wrote on purpose, with where it is.
public struct PlantedDefect: Sendable, Hashable, Comparable {
    public enum Kind: String, Sendable {
        case brokenLink = "broken-link"
        case brokenHeading = "broken-heading"
        case brokenBlock = "broken-block"
        case brokenEmbed = "broken-embed"
        /// Reviewed long ago: overdue on `VaultGenerator.asOf` (at the `reviewed:` line).
        case stale = "stale"
        /// No other note links to or embeds it (at line 1).
        case orphan = "orphan"
    }

    public var kind: Kind
    public var file: String
    public var line: Int
    public var column: Int

    public static func < (a: PlantedDefect, b: PlantedDefect) -> Bool {
        (a.file, a.line, a.column, a.kind.rawValue) < (b.file, b.line, b.column, b.kind.rawValue)
    }
}
