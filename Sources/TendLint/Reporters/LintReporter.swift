/// Turns a lint report into one output format (`--format text|json|sarif|github|junit`).
///
/// Reporters are pure: the same report always renders to the same string, so CI diffs and
/// snapshot tests stay stable. They keep the report's finding order.
public protocol LintReporter {
    func render(_ report: LintReport) -> String
}
