import Yams

/// How often notes must be reviewed: a default interval, per-path overrides, a due-soon window.
public struct FreshnessPolicy: Sendable {
    public enum Source: String, Sendable {
        /// Only the `reviewed:` property counts.
        case frontmatter
        /// Notes without `reviewed:` use the date of the last commit that touched them.
        case git
    }

    public struct Override: Sendable {
        public var pattern: GlobPattern
        public var reviewEvery: ReviewInterval
    }

    public var reviewEvery = ReviewInterval(count: 180, unit: .days)
    public var dueSoon = ReviewInterval(count: 14, unit: .days)
    public var overrides: [Override] = []
    public var source: Source = .frontmatter

    public init() {}

    /// The configured interval for a note path: the LAST matching override wins (as in
    /// CODEOWNERS), so general patterns go first and specific ones after them.
    public func interval(for path: String) -> ReviewInterval {
        overrides.last { $0.pattern.matches(path) }?.reviewEvery ?? reviewEvery
    }

    init(_ node: Node, reader: ConfigReader) throws(VaultError) {
        for (key, value) in try reader.mapping(node, at: "`freshness`") {
            switch key.name {
            case "review-every": reviewEvery = try reader.interval(value, key: key)
            case "due-soon": dueSoon = try reader.interval(value, key: key)
            case "source":
                let text = try reader.string(value, key: key)
                guard let source = Source(rawValue: text) else {
                    throw reader.error(key, "`source: \(text)` is not a freshness source", fix: "use `source: frontmatter` or `source: git`")
                }
                self.source = source
            case "overrides":
                guard case .sequence(let items) = value else {
                    throw reader.error(key, "`overrides` must be a list", fix: "write `overrides: [{path: \"Runbooks/**\", review-every: 90d}]`")
                }
                for item in items {
                    var pattern: GlobPattern?
                    var interval: ReviewInterval?
                    for (field, fieldValue) in try reader.mapping(item, at: "an override") {
                        switch field.name {
                        case "path": pattern = GlobPattern(try reader.string(fieldValue, key: field))
                        case "review-every": interval = try reader.interval(fieldValue, key: field)
                        default:
                            throw reader.error(field, "unknown key `\(field.name)` in an override", fix: "an override has `path` and `review-every`")
                        }
                    }
                    guard let pattern, let interval else {
                        let item = ConfigReader.Key(name: "overrides", line: item.mark?.line ?? key.line)
                        throw reader.error(item, "an override needs both `path` and `review-every`", fix: "write `{path: \"Runbooks/**\", review-every: 90d}`")
                    }
                    overrides.append(Override(pattern: pattern, reviewEvery: interval))
                }
            default:
                throw reader.error(key, "unknown key `freshness.\(key.name)`",
                                   fix: "use one of review-every, due-soon, overrides, source")
            }
        }
    }
}
