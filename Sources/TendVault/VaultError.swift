/// The one error users see: the step that failed, the file, what went wrong and the fix.
///
/// Only I/O, configuration and template failures throw; problems inside notes are values.
public struct VaultError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Step: String, Sendable {
        case scan = "reading the vault"
        case read = "reading a file"
        case config = "reading the configuration"
        case write = "writing output"
        case template = "reading a template"
    }

    public var step: Step
    public var file: String
    public var reason: String
    public var fix: String

    public init(step: Step, file: String, reason: String, fix: String) {
        self.step = step
        self.file = file
        self.reason = reason
        self.fix = fix
    }

    public var description: String {
        "error while \(step.rawValue): \(file): \(reason)\n  fix: \(fix)"
    }
}
