import TendMarkdown

/// Renders templates of one library, where partials are looked up by name.
///
/// Output goes into a byte buffer: a page is written as bytes, and appending UTF-8 to an
/// array is a copy, where appending to a `String` also checks and counts what it appends.
struct TemplateRenderer {
    let templates: [String: Template]

    func render(_ name: String, _ context: TemplateValue) -> String {
        var output: [UInt8] = []
        render(name, context, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    func render(_ name: String, _ context: TemplateValue, into output: inout [UInt8]) {
        guard let template = templates[name] else { return }
        output.reserveCapacity(output.count + 16 * 1024)
        var stack = [context]
        render(template.nodes, &stack, into: &output, depth: 0)
    }

    private func render(_ nodes: [Template.Node], _ stack: inout [TemplateValue], into output: inout [UInt8], depth: Int) {
        // Nodes by index: a `switch` on `nodes[index]` borrows the payloads, where a
        // `for node in nodes` loop copies each node (retains and releases every payload).
        for index in nodes.indices {
            switch nodes[index] {
            case .text(let text):
                output += text
            case .variable(let name, let escaped):
                Self.append(lookup(name, stack), escaped: escaped, to: &output)
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
                    var inner: [UInt8] = []
                    render(partial.nodes, &stack, into: &inner, depth: depth + 1)
                    Self.appendIndented(inner, indent: indent, to: &output)
                }
            }
        }
    }

    /// Starts each line of a partial's output with the partial tag's indent. As when this
    /// was done on `String`s, a "\r\n" is one character, not a "\n": its line is not indented.
    private static func appendIndented(_ inner: [UInt8], indent: [UInt8], to output: inout [UInt8]) {
        output += indent
        var previous: UInt8 = 0
        for byte in inner {
            output.append(byte)
            if byte == 10 && previous != 13 { output += indent }
            previous = byte
        }
        if output.count >= indent.count && output[(output.count - indent.count)...].elementsEqual(indent) {
            output.removeLast(indent.count)
        }
    }

    private static func append(_ value: TemplateValue, escaped: Bool, to output: inout [UInt8]) {
        switch value {
        case .null, .list, .object:
            return
        case .string(var text):
            text.withUTF8 { append($0, escaped: escaped, to: &output) }
        case .utf8(let bytes):
            bytes.withUnsafeBufferPointer { append($0, escaped: escaped, to: &output) }
        case .bool, .int:
            var text = value.text
            text.withUTF8 { append($0, escaped: escaped, to: &output) }
        }
    }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, escaped: Bool, to output: inout [UInt8]) {
        // Most values have nothing to escape and are copied whole.
        guard escaped, let first = bytes.firstIndex(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 }) else {
            output.append(contentsOf: bytes)
            return
        }
        output.append(contentsOf: bytes[..<first])
        for byte in bytes[first...] { HTMLEscaping.appendEscaped(byte, to: &output) }
    }

    private func lookup(_ name: Template.Name, _ stack: [TemplateValue]) -> TemplateValue {
        let value = resolve(name, stack)
        guard let transform = name.transform else { return value }
        switch transform {
        case .empty:
            switch value {
            case .null: return true
            case .list(let items): return .bool(items.isEmpty)
            case .string(let text): return .bool(text.isEmpty)
            case .utf8(let bytes): return .bool(bytes.isEmpty)
            case .object(let fields): return .bool(fields.isEmpty)
            case .bool(let flag): return .bool(!flag)
            case .int: return false
            }
        case .equalZero:
            if case .int(let number) = value { return .bool(number == 0) }
            return false
        case .unknown:
            return .null
        }
    }

    private func resolve(_ name: Template.Name, _ stack: [TemplateValue]) -> TemplateValue {
        guard !name.path.isEmpty else { return stack.last ?? .null }
        var current: TemplateValue
        if name.currentOnly {
            guard let found = stack[stack.count - 1][name.path[0]] else { return .null }
            current = found
        } else {
            var level = stack.count - 1
            while true {
                guard level >= 0 else { return .null }
                if let found = stack[level][name.path[0]] {
                    current = found
                    break
                }
                level -= 1
            }
        }
        var part = 1
        while part < name.path.count {
            guard let next = current[name.path[part]] else { return .null }
            current = next
            part += 1
        }
        return current
    }
}
