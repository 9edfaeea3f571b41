/// A parsed Mustache template.
///
/// Tend renders every page through Mustache. It first used swift-mustache, whose
/// `[String: Any]` lookups (dynamic casts per name) made templates 70% of a build and
/// 6 ms a page; this engine works on typed `TemplateValue`s and renders a page in a few
/// hundred microseconds (see `TemplateRenderer`). It implements what the site templates
/// use: variables (`{{x}}`, `{{{x}}}`, `{{&x}}`), sections, inverted sections, partials, comments, dotted names,
/// swift-mustache's `{{.x}}` (current context only) and its `empty(x)` / `equalzero(x)`
/// transforms. Standalone section, comment and partial tags drop their line, as the spec says.
struct Template: Sendable {
    enum Node: Sendable {
        /// Literal text, as UTF-8 bytes: pages are rendered into a byte buffer.
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, [Node], inverted: Bool)
        /// `indent` (spaces and tabs) starts every line of a standalone partial's output.
        case partial(String, indent: [UInt8])
    }

    /// A name as written: `a.b`, `.a` (current context only), `.` (the current value),
    /// optionally wrapped in a transform: `empty(a)`.
    struct Name: Sendable, Equatable {
        var path: [String]
        var currentOnly: Bool
        var transform: Transform?
    }

    enum Transform: Sendable, Equatable {
        case empty, equalZero
        /// A transform Tend does not know: the name's value is null.
        case unknown
    }

    struct ParseError: Error {
        var line: Int
        var column: Int
        var message: String
    }

    let nodes: [Node]

    init(_ text: String) throws(ParseError) {
        var parser = TemplateParser(text)
        nodes = try parser.parseAll()
    }
}
