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
        // The stack holds addresses into `context`, which lives and stays unchanged until
        // this returns (see `TemplateValueAddress.swift`).
        withUnsafePointer(to: context) { root in
            var stack = [root]
            render(template.nodes, &stack, into: &output, depth: 0)
        }
    }

    /// The values of the open sections, innermost last, as addresses into the context.
    private typealias Stack = [UnsafePointer<TemplateValue>]

    private func render(_ nodes: [Template.Node], _ stack: inout Stack, into output: inout [UInt8], depth: Int) {
        // Nodes by index: a `switch` on `nodes[index]` borrows the payloads, where a
        // `for node in nodes` loop copies each node (retains and releases every payload).
        for index in nodes.indices {
            switch nodes[index] {
            case .text(let text):
                output += text
            case .variable(let name, let escaped):
                switch lookup(name, stack) {
                case .missing: break
                case .value(let address): Self.append(address.pointee, escaped: escaped, to: &output)
                case .flag(let flag): output += flag ? Self.trueText : Self.falseText
                }
            case .section(let name, let children, let inverted):
                let found = lookup(name, stack)
                if inverted {
                    if !found.isTruthy { render(children, &stack, into: &output, depth: depth) }
                    continue
                }
                guard found.isTruthy else { continue }
                guard case .value(let address) = found else {
                    render(children, &stack, into: &output, depth: depth)
                    continue
                }
                if let items = TemplateValue.items(of: address.pointee), let first = items.baseAddress {
                    for item in 0..<items.count {
                        stack.append(first + item)
                        render(children, &stack, into: &output, depth: depth)
                        stack.removeLast()
                    }
                } else if TemplateValue.isObject(address.pointee) {
                    stack.append(address)
                    render(children, &stack, into: &output, depth: depth)
                    stack.removeLast()
                } else {
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

    private static let trueText = Array("true".utf8)
    private static let falseText = Array("false".utf8)

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

    private static func append(_ value: borrowing TemplateValue, escaped: Bool, to output: inout [UInt8]) {
        switch value {
        case .null, .list, .object:
            return
        case .string(let text):
            let appended: Void? = text.utf8.withContiguousStorageIfAvailable { append($0, escaped: escaped, to: &output) }
            if appended == nil { Array(text.utf8).withUnsafeBufferPointer { append($0, escaped: escaped, to: &output) } }
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

    /// What a name stands for in a render: a value in the context, or a transform's answer.
    private enum Found {
        case missing
        case value(UnsafePointer<TemplateValue>)
        case flag(Bool)

        var isTruthy: Bool {
            switch self {
            case .missing: return false
            case .value(let address): return TemplateValue.isTruthy(address.pointee)
            case .flag(let flag): return flag
            }
        }
    }

    private func lookup(_ name: Template.Name, _ stack: Stack) -> Found {
        let address = resolve(name, stack)
        guard let transform = name.transform else { return address.map { .value($0) } ?? .missing }
        switch transform {
        case .empty:
            guard let address else { return .flag(true) }
            return .flag(TemplateValue.isEmpty(address.pointee))
        case .equalZero:
            guard let address else { return .flag(false) }
            return .flag(TemplateValue.isZero(address.pointee))
        case .unknown:
            return .missing
        }
    }

    private func resolve(_ name: Template.Name, _ stack: Stack) -> UnsafePointer<TemplateValue>? {
        guard let first = name.path.first else { return stack.last }
        var current: UnsafePointer<TemplateValue>
        if name.currentOnly {
            guard let found = TemplateValue.address(of: first, in: stack[stack.count - 1].pointee) else { return nil }
            current = found
        } else {
            var level = stack.count - 1
            while true {
                guard level >= 0 else { return nil }
                if let found = TemplateValue.address(of: first, in: stack[level].pointee) {
                    current = found
                    break
                }
                level -= 1
            }
        }
        var part = 1
        while part < name.path.count {
            guard let next = TemplateValue.address(of: name.path[part], in: current.pointee) else { return nil }
            current = next
            part += 1
        }
        return current
    }
}
