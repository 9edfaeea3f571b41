import TendMarkdown

/// Renders templates of one library, compiled into a `TemplateProgram` when the renderer
/// is made (partials are linked then, not looked up by name in each render).
///
/// Output goes into a byte buffer: a page is written as bytes, and appending UTF-8 to an
/// array is a copy, where appending to a `String` also checks and counts what it appends.
/// The buffer is an `HTMLBytes`, not an `[UInt8]`: a page is a few hundred pieces, and
/// Array's generic append cost ~100 instructions a piece.
struct TemplateRenderer {
    let program: TemplateProgram

    init(templates: [String: Template]) {
        program = TemplateProgram(templates)
    }

    func render(_ name: String, _ context: TemplateValue) -> String {
        String(decoding: renderBytes(name, context), as: UTF8.self)
    }

    func renderBytes(_ name: String, _ context: TemplateValue) -> [UInt8] {
        renderBytes(name, context, body: nil, capacity: 1024)
    }

    /// Renders a page's layout with its own template printed where the layout prints
    /// `{{{body}}}`, straight into the page: the same bytes as rendering the template, putting
    /// the result into the context as `body` and rendering the layout, without copying the
    /// body twice. Only when `body` is used nowhere else (`TemplateProgram.bodyIsOnlyPrinted`).
    func renderPageBytes(_ template: String, layout: String, _ context: consuming TemplateValue) -> [UInt8] {
        // A context with a `body` of its own has it replaced, as before, by the rendered template.
        guard program.bodyIsOnlyPrinted, let body = program.entries[template],
              TemplateValue.address(of: "body", in: context) == nil else {
            let bodyBytes = renderBytes(template, context)
            context.set("body", .utf8(bodyBytes))
            return renderBytes(layout, context, body: nil, capacity: Self.pageCapacity)
        }
        return renderBytes(layout, context, body: body, capacity: Self.pageCapacity)
    }

    /// Room for most pages (~25 KB with the built-in templates): a page is written and freed
    /// at once, and one that does not fit is copied once more (`HTMLBytes.collect`).
    static let pageCapacity = 64 * 1024

    private func renderBytes(_ name: String, _ context: TemplateValue, body: Int32?, capacity: Int) -> [UInt8] {
        guard let entry = program.entries[name] else { return [] }
        let slot = body ?? -1
        return HTMLBytes.collect(capacity: capacity) { bytes in
            // The stack holds addresses into `context`, which lives and stays unchanged until
            // this returns (see `TemplateValueAddress.swift`).
            withUnsafePointer(to: context) { root in
                program.withTables { tables in
                    var stack = [root]
                    run(tables, from: Int(entry), &stack, into: &bytes, depth: 0, slot: slot)
                }
            }
        }
    }

    /// The values of the open sections, innermost last, as addresses into the context.
    private typealias Stack = [UnsafePointer<TemplateValue>]
    private typealias Output = HTMLBytes

    /// Runs the ops from `start` up to the `end` that closes them.
    private func run(_ tables: TemplateProgram.Tables, from start: Int, _ stack: inout Stack, into output: inout Output, depth: Int, slot: Int32) {
        var index = start
        while true {
            let op = tables.ops[index]
            switch op.kind {
            case .end:
                return
            case .text:
                output.append(tables.text(op))
                index += 1
            case .bodySlot:
                // The page's template, with the context it would have had on its own: the root.
                if slot >= 0, case .missing = lookup(tables.names[Int(op.name)], tables, stack) {
                    // At depth 0, as when it was rendered on its own: recursive partials in it
                    // get the same levels before the cut.
                    var root = [stack[0]]
                    run(tables, from: Int(slot), &root, into: &output, depth: 0, slot: -1)
                    index += 1
                    continue
                }
                fallthrough
            case .variable, .unescapedVariable:
                switch lookup(tables.names[Int(op.name)], tables, stack) {
                case .missing: break
                case .value(let address): Self.append(address, escaped: op.kind == .variable, to: &output)
                case .flag(let flag): Self.append(flag, to: &output)
                }
                index += 1
            case .invertedSection:
                if !lookup(tables.names[Int(op.name)], tables, stack).isTruthy {
                    run(tables, from: index + 1, &stack, into: &output, depth: depth, slot: slot)
                }
                index = Int(op.jump)
            case .section:
                let found = lookup(tables.names[Int(op.name)], tables, stack)
                if found.isTruthy {
                    section(found, tables, from: index + 1, &stack, into: &output, depth: depth, slot: slot)
                }
                index = Int(op.jump)
            case .partial:
                // Recursive partials (the explorer) stop at a depth no real tree reaches.
                if depth < 64 && op.jump >= 0 {
                    if op.count == 0 {
                        run(tables, from: Int(op.jump), &stack, into: &output, depth: depth + 1, slot: slot)
                    } else {
                        var inner = HTMLBytes(capacity: 1024)
                        run(tables, from: Int(op.jump), &stack, into: &inner, depth: depth + 1, slot: slot)
                        Self.appendIndented(inner.bytes, indent: tables.text(op), to: &output)
                        inner.free()
                    }
                }
                index += 1
            }
        }
    }

    /// Runs a section's ops for a truthy value: once per item of a list, or once inside the
    /// value (an object, a string, a number), so that `{{.}}` in it prints the value; a
    /// `true` runs them in the current context. This is what swift-mustache does, so a
    /// vault's templates written for it behave the same here.
    private func section(_ found: Found, _ tables: TemplateProgram.Tables, from start: Int, _ stack: inout Stack,
                         into output: inout Output, depth: Int, slot: Int32) {
        guard case .value(let address) = found else {
            run(tables, from: start, &stack, into: &output, depth: depth, slot: slot)
            return
        }
        if let items = TemplateValue.items(of: address.pointee), let first = items.baseAddress {
            for item in 0..<items.count {
                stack.append(first + item)
                run(tables, from: start, &stack, into: &output, depth: depth, slot: slot)
                stack.removeLast()
            }
        } else if TemplateValue.isFlag(address.pointee) {
            run(tables, from: start, &stack, into: &output, depth: depth, slot: slot)
        } else {
            stack.append(address)
            run(tables, from: start, &stack, into: &output, depth: depth, slot: slot)
            stack.removeLast()
        }
    }

    private static func append(_ flag: Bool, to output: inout Output) {
        let text: StaticString = flag ? "true" : "false"
        text.withUTF8Buffer { output.append($0) }
    }

    /// Starts each line of a partial's output with the partial tag's indent. As when this
    /// was done on `String`s, a "\r\n" is one character, not a "\n": its line is not indented.
    private static func appendIndented(_ inner: UnsafeBufferPointer<UInt8>, indent: UnsafeBufferPointer<UInt8>, to output: inout Output) {
        output.append(indent)
        var previous: UInt8 = 0
        for byte in inner {
            output.append(byte)
            if byte == 10 && previous != 13 { output.append(indent) }
            previous = byte
        }
        if output.count >= indent.count && output.bytes[(output.count - indent.count)...].elementsEqual(indent) {
            output.removeLast(indent.count)
        }
    }

    private static func append(_ value: UnsafePointer<TemplateValue>, escaped: Bool, to output: inout Output) {
        switch TemplateValue.printedText(of: value.pointee) {
        case .nothing:
            return
        case .stored(let bytes):
            append(bytes, escaped: escaped, to: &output)
        case .short(var text):
            text.withUTF8 { append($0, escaped: escaped, to: &output) }
        case .number(let number):
            var text = String(number)
            text.withUTF8 { append($0, escaped: escaped, to: &output) }
        case .flag(let flag):
            append(flag, to: &output)
        }
    }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, escaped: Bool, to output: inout Output) {
        if escaped {
            output.appendEscaped(bytes)
        } else {
            output.append(bytes)
        }
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

    private func lookup(_ name: TemplateProgram.Name, _ tables: TemplateProgram.Tables, _ stack: Stack) -> Found {
        let address = resolve(name, tables, stack)
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

    private func resolve(_ name: TemplateProgram.Name, _ tables: TemplateProgram.Tables, _ stack: Stack) -> UnsafePointer<TemplateValue>? {
        guard name.keyCount > 0 else { return stack.last }
        let firstKey = Int(name.firstKey)
        var current: UnsafePointer<TemplateValue>
        if name.currentOnly {
            guard let found = tables.address(of: firstKey, in: stack[stack.count - 1]) else { return nil }
            current = found
        } else {
            var level = stack.count - 1
            while true {
                guard level >= 0 else { return nil }
                if let found = tables.address(of: firstKey, in: stack[level]) {
                    current = found
                    break
                }
                level -= 1
            }
        }
        var key = firstKey + 1
        while key < firstKey + Int(name.keyCount) {
            guard let next = tables.address(of: key, in: current) else { return nil }
            current = next
            key += 1
        }
        return current
    }
}
