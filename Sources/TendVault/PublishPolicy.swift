/// Which notes go on the site (and so which links lead off it).
public struct PublishPolicy: Sendable {
    public var mode: VaultConfig.PublishMode

    public init(mode: VaultConfig.PublishMode) { self.mode = mode }

    /// `draft: true` never; an explicit `publish: false` or `dg-publish: false` never; with
    /// `publish: frontmatter`, only notes with `publish: true` or `dg-publish: true`.
    public func isPublished(_ note: Note) -> Bool {
        let frontmatter = note.frontmatter
        if frontmatter?["draft"]?.boolValue == true { return false }
        let flags = ["publish", "dg-publish"].compactMap { frontmatter?[$0]?.boolValue }
        if flags.contains(false) { return false }
        switch mode {
        case .all: return true
        case .frontmatter: return flags.contains(true)
        }
    }
}
