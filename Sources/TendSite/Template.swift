import TendMarkdown

/// A parsed Mustache template.
///
/// Tend renders every page through Mustache. It first used swift-mustache, whose
/// `[String: Any]` lookups (dynamic casts per name) made templates 70% of a build and
/// 6 ms a page; this engine works on typed `TemplateValue`s and renders a page in a few
/// hundred microseconds. It implements what the site templates use: variables (`{{x}}`,
/// `{{{x}}}`, `{{&x}}`), sections, inverted sections, partials, comments, dotted names,
/// swift-mustache's `{{.x}}` (current context only) and its `empty(x)` / `equalzero(x)`
/// transforms. Standalone section, comment and partial tags drop their line, as the spec says.
struct Template: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case variable(Name, escaped: Bool)
        case section(Name, [Node], inverted: Bool)
        case partial(String, indent: String)
    }

    /// A name as written: `a.b`, `.a` (current context only), `.` (the current value),
    /// optionally wrapped in a transform: `empty(a)`.
    struct Name: Sendable, Equatable {
        var path: [String]
        var currentOnly: Bool
        var transform: String?
        var source: String
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

/// Renders templates of one library, where partials are looked up by name.
struct TemplateRenderer {
    let templates: [String: Template]

    func render(_ name: String, _ context: TemplateValue) -> String {
        guard let template = templates[name] else { return "" }
        var output = ""
        output.reserveCapacity(16 * 1024)
        var stack = [context]
        render(template.nodes, &stack, into: &output, depth: 0)
        return output
    }

    private func render(_ nodes: [Template.Node], _ stack: inout [TemplateValue], into output: inout String, depth: Int) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .variable(let name, let escaped):
                let value = lookup(name, stack)
                if escaped { HTMLEscaping.appendEscaped(value.text, to: &output) } else { output += value.text }
            case .section(let name, let children, let inverted):
                let value = lookup(name, stack)
                if inverted {
                    if !value.isTruthy { render(children, &stack, into: &output, depth: depth) }
                    continue
                }
                guard value.isTruthy else { continue }
                switch value {
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        render(children, &stack, into: &output, depth: depth)
                        stack.removeLast()
                    }
                case .object:
                    stack.append(value)
                    render(children, &stack, into: &output, depth: depth)
                    stack.removeLast()
                default:
                    render(children, &stack, into: &output, depth: depth)
                }
            case .partial(let name, let indent):
                // Recursive partials (the explorer) stop at a depth no real tree reaches.
                guard depth < 64, let partial = templates[name] else { continue }
                if indent.isEmpty {
                    render(partial.nodes, &stack, into: &output, depth: depth + 1)
                } else {
                    var inner = ""
                    render(partial.nodes, &stack, into: &inner, depth: depth + 1)
                    output += indent + inner.replacingAll("\n", with: "\n" + indent)
                    if output.hasSuffix(indent) { output.removeLast(indent.count) }
                }
            }
        }
    }

    private func lookup(_ name: Template.Name, _ stack: [TemplateValue]) -> TemplateValue {
        var value = resolve(name, stack)
        if let transform = name.transform {
            switch transform {
            case "empty":
                switch value {
                case .null: value = true
                case .list(let items): value = .bool(items.isEmpty)
                case .string(let text): value = .bool(text.isEmpty)
                case .object(let fields): value = .bool(fields.isEmpty)
                case .bool(let flag): value = .bool(!flag)
                case .int: value = false
                }
            case "equalzero":
                if case .int(let number) = value { value = .bool(number == 0) } else { value = false }
            default:
                value = .null
            }
        }
        return value
    }

    private func resolve(_ name: Template.Name, _ stack: [TemplateValue]) -> TemplateValue {
        guard let first = name.path.first else { return stack.last ?? .null }
        var value: TemplateValue?
        if name.currentOnly {
            value = stack.last?[first]
        } else {
            for context in stack.reversed() {
                if let found = context[first] {
                    value = found
                    break
                }
            }
        }
        guard var current = value else { return .null }
        for key in name.path.dropFirst() {
            guard let next = current[key] else { return .null }
            current = next
        }
        return current
    }
}
