import Yams

/// `tend.yaml`: what to read, what to publish, how fresh notes must be, rule levels, site settings.
///
/// Unknown keys and bad values are errors that name the key and its line: a typo in CI
/// configuration must not silently turn a check off.
public struct VaultConfig: Sendable {
    public enum PublishMode: String, Sendable {
        /// Every note except `draft: true` and `publish: false` / `dg-publish: false`.
        case all
        /// Only notes with `publish: true` or `dg-publish: true` (and never `draft: true`).
        case frontmatter
    }

    /// A rule level as written; `TendLint` checks the rule id and level against its catalog.
    public struct RuleSetting: Sendable, Equatable {
        public var rule: String
        public var level: String
        public var line: Int
    }

    public struct SiteSettings: Sendable, Equatable {
        public var title: String?
        public var description: String?
        public var baseURL: String?
        public var editURL: String?
        public var language: String?
        public var author: String?
    }

    public var publish: PublishMode = .all
    public var ignore: [GlobPattern] = []
    /// Vault path of the home note; by default `Home.md` or `index.md` at the root.
    public var home: String?
    public var freshness = FreshnessPolicy()
    public var rules: [RuleSetting] = []
    public var site = SiteSettings()
    /// Where the configuration came from (for messages); nil for the defaults.
    public var file: String?

    public init() {}

    /// `explicitPath` (from `--config`), else `tend.yaml` at the vault root, else the defaults.
    public static func load(vaultRoot: String, explicitPath: String? = nil) throws(VaultError) -> VaultConfig {
        let path = explicitPath ?? vaultRoot + "/tend.yaml"
        guard case .success(let bytes) = readFile(path) else {
            if explicitPath != nil {
                throw VaultError(step: .config, file: path, reason: "the configuration file cannot be read",
                                 fix: "check the path given to --config")
            }
            return VaultConfig()
        }
        return try parse(String(decoding: bytes, as: UTF8.self), file: path)
    }

    public static func parse(_ text: String, file: String) throws(VaultError) -> VaultConfig {
        var config = VaultConfig()
        config.file = file
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            let (problem, line, column) = YAMLErrorLocation.describe(error, in: text)
            let place = column.map { " at column \($0)" } ?? ""
            throw VaultError(step: .config, file: line.map { "\(file):\($0)" } ?? file, reason: "invalid YAML\(place): \(problem)",
                             fix: "fix the YAML syntax at that line (a repeated key, a tab, an unbalanced quote or bracket)")
        } catch {
            throw VaultError(step: .config, file: file, reason: "invalid YAML", fix: "fix the YAML syntax")
        }
        guard let root else { return config }
        let reader = ConfigReader(file: file)
        for (key, value) in try reader.mapping(root, at: "the top level") {
            switch key.name {
            case "publish":
                let text = try reader.string(value, key: key)
                guard let mode = PublishMode(rawValue: text) else {
                    throw reader.error(key, "`publish` is `\(text)`", fix: "use `publish: all` or `publish: frontmatter`")
                }
                config.publish = mode
            case "ignore":
                config.ignore = try reader.strings(value, key: key).map(GlobPattern.init)
            case "home":
                config.home = try reader.string(value, key: key)
            case "freshness":
                config.freshness = try FreshnessPolicy(value, reader: reader)
            case "rules":
                for (rule, level) in try reader.mapping(value, at: "`rules`") {
                    config.rules.append(RuleSetting(rule: rule.name, level: try reader.string(level, key: rule), line: rule.line))
                }
            case "site":
                config.site = try SiteSettings(value, reader: reader)
            default:
                throw reader.error(key, "unknown key `\(key.name)`",
                                   fix: "use one of publish, ignore, home, freshness, rules, site")
            }
        }
        return config
    }
}

extension VaultConfig.SiteSettings {
    init(_ node: Node, reader: ConfigReader) throws(VaultError) {
        for (key, value) in try reader.mapping(node, at: "`site`") {
            let text = try reader.string(value, key: key)
            switch key.name {
            case "title": title = text
            case "description": description = text
            case "base-url": baseURL = text
            case "edit-url": editURL = text
            case "language": language = text
            case "author": author = text
            default:
                throw reader.error(key, "unknown key `site.\(key.name)`",
                                   fix: "use one of title, description, base-url, edit-url, language, author")
            }
        }
    }
}

/// Reads YAML nodes strictly, with the file and line in every error.
struct ConfigReader {
    struct Key {
        var name: String
        var line: Int
    }

    let file: String

    func error(_ key: Key, _ problem: String, fix: String) -> VaultError {
        VaultError(step: .config, file: "\(file):\(key.line)", reason: problem, fix: fix)
    }

    func mapping(_ node: Node, at place: String) throws(VaultError) -> [(Key, Node)] {
        guard case .mapping(let mapping) = node else {
            throw VaultError(step: .config, file: "\(file):\(node.mark?.line ?? 1)",
                             reason: "\(place) must be a set of `key: value` lines", fix: "write `key: value` pairs")
        }
        return mapping.map { (Key(name: $0.key.scalar?.string ?? "", line: $0.key.mark?.line ?? 1), $0.value) }
    }

    func string(_ node: Node, key: Key) throws(VaultError) -> String {
        guard case .scalar(let scalar) = node else {
            throw error(key, "`\(key.name)` must be a single value", fix: "write `\(key.name): value`")
        }
        return scalar.string
    }

    func strings(_ node: Node, key: Key) throws(VaultError) -> [String] {
        if case .scalar(let scalar) = node, scalar.string.isEmpty { return [] }
        guard case .sequence(let sequence) = node else {
            throw error(key, "`\(key.name)` must be a list", fix: "write `\(key.name): [\"a/**\", \"b.md\"]`")
        }
        var result: [String] = []
        for item in sequence {
            guard case .scalar(let scalar) = item else {
                throw error(key, "every item of `\(key.name)` must be text", fix: "quote each item")
            }
            result.append(scalar.string)
        }
        return result
    }

    func interval(_ node: Node, key: Key) throws(VaultError) -> ReviewInterval {
        let text = try string(node, key: key)
        guard let interval = ReviewInterval(parsing: text) else {
            throw error(key, "`\(key.name): \(text)` is not an interval", fix: "write a number from 1 to \(ReviewInterval.maximumCount) and a unit: `90d`, `12w`, `6 months`, `1y`")
        }
        return interval
    }
}
