/// How much a finding matters. Ordered: `info` < `warning` < `error`.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A rule's configured level: a severity, or `off`.
public enum RuleLevel: Sendable, Equatable {
    case off
    case on(Severity)

    /// `error`, `warning`, `info` or `off`, as written in `tend.yaml`.
    public init?(_ text: String) {
        if text == "off" {
            self = .off
        } else if let severity = Severity(rawValue: text) {
            self = .on(severity)
        } else {
            return nil
        }
    }
}

/// `--fail-on`: the lowest severity that makes `tend lint` exit 1, or `never`.
public enum FailLevel: String, Sendable, CaseIterable {
    case error, warning, info, never

    /// Whether findings of `severity` fail the run.
    public func fails(_ severity: Severity) -> Bool {
        switch self {
        case .never: return false
        case .error: return severity >= .error
        case .warning: return severity >= .warning
        case .info: return true
        }
    }
}
