import Synchronization

/// A library of templates compiled into flat tables of plain values, which
/// `TemplateRenderer` walks by index.
///
/// Walking the parsed `Template.Node` tree meant binding each node's payload (arrays and
/// strings) in a `switch`, and every binding retained and released it: about 850,000
/// atomic operations on a 1,000-note build, on templates that every worker thread shares,
/// so both cores also fought over the same reference counts. An `Op` holds only integers,
/// and the renderer reads ops, text and names through buffer pointers taken once per
/// render, so rendering never touches a reference count of the templates.
///
/// A class, so that copying a `TemplateSet` (pages keep one) retains one object, not five
/// tables.
final class TemplateProgram: Sendable {
    /// One step of a template. Which fields mean something depends on `kind`.
    struct Op: Sendable {
        enum Kind: UInt8, Sendable {
            /// Appends `text[start ..< start + count]`.
            case text
            /// Prints `names[name]`, HTML-escaped.
            case variable
            /// Prints `names[name]` as it is (`{{{x}}}`, `{{&x}}`).
            case unescapedVariable
            /// Runs the ops after it, up to its `end`, for the value of `names[name]`;
            /// `jump` is the op after that `end`.
            case section
            /// Runs the ops after it, up to its `end`, once if `names[name]` is falsy;
            /// `jump` is the op after that `end`.
            case invertedSection
            /// Ends a section's ops, or a template's.
            case end
            /// `{{{body}}}`: prints `names[name]` as it is, or, rendering a page whose
            /// context has no `body`, runs the page's own template there
            /// (`TemplateRenderer.renderPageBytes`).
            case bodySlot
            /// Runs the template whose first op is `jump` (-1: no such template, nothing is
            /// printed); `text[start ..< start + count]` indents every line of its output.
            case partial
        }

        var kind: Kind
        var start: Int32 = 0
        var count: Int32 = 0
        var name: Int32 = 0
        var jump: Int32 = 0
    }

    /// A name as written (see `Template.Name`): `keys[firstKey ..< firstKey + keyCount]` is
    /// its dotted path, empty for `.`.
    struct Name: Sendable {
        var firstKey: Int32
        var keyCount: Int32
        var currentOnly: Bool
        var transform: Template.Transform?
    }

    let ops: [Op]
    /// The literal text of all templates, and the indents of their partial tags.
    let text: [UInt8]
    let names: [Name]
    let keys: [String]
    /// Per key: the field of an object where it was found last (`TemplateObject.valueAddress(of:hinted:)`).
    private nonisolated(unsafe) let hints: UnsafeMutablePointer<Atomic<Int32>>
    /// The first op of each template.
    let entries: [String: Int32]
    /// Whether every use of `body` in the templates is a plain `{{{body}}}` (or `{{&body}}`):
    /// then a page's template can be rendered in its place, as no section or escaped
    /// variable needs `body` as a value.
    let bodyIsOnlyPrinted: Bool

    init(_ templates: [String: Template]) {
        var compiler = Compiler()
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            compiler.entries[name] = Int32(compiler.ops.count)
            compiler.append(template.nodes)
            compiler.ops.append(Op(kind: .end))
        }
        // A partial may name a template compiled after it, so partials are linked at the end.
        for (op, name) in compiler.partials { compiler.ops[op].jump = compiler.entries[name] ?? -1 }
        ops = compiler.ops
        text = compiler.text
        names = compiler.names
        keys = compiler.keys
        hints = .allocate(capacity: max(keys.count, 1))
        for index in 0..<max(keys.count, 1) { (hints + index).initialize(to: Atomic(-1)) }
        entries = compiler.entries
        bodyIsOnlyPrinted = !compiler.bodyUsedOtherwise
    }

    deinit {
        hints.deinitialize(count: max(keys.count, 1))
        hints.deallocate()
    }

    /// The tables as buffer pointers, valid inside `body`.
    func withTables<Result>(_ body: (Tables) -> Result) -> Result {
        ops.withUnsafeBufferPointer { ops in
            text.withUnsafeBufferPointer { text in
                names.withUnsafeBufferPointer { names in
                    keys.withUnsafeBufferPointer { keys in
                        body(Tables(ops: ops, text: text, names: names, keys: keys, hints: hints))
                    }
                }
            }
        }
    }

    struct Tables {
        let ops: UnsafeBufferPointer<Op>
        let text: UnsafeBufferPointer<UInt8>
        let names: UnsafeBufferPointer<Name>
        let keys: UnsafeBufferPointer<String>
        /// One per key, shared by all renders (see `TemplateObject.valueAddress(of:hinted:)`).
        let hints: UnsafeMutablePointer<Atomic<Int32>>

        /// Where key `key`'s value is stored in `value`, trying first the field where it was
        /// found last. The hints are shared by the threads rendering pages and only read and
        /// written whole (relaxed atomics): a stale hint costs a search, never a wrong field,
        /// as an object's keys are unique.
        @inline(__always)
        func address(of key: Int, in value: UnsafePointer<TemplateValue>) -> UnsafePointer<TemplateValue>? {
            let hint = hints + key
            let hinted = Int(hint.pointee.load(ordering: .relaxed))
            let (address, found) = TemplateValue.address(of: keys[key], in: value.pointee, hinted: hinted)
            if found >= 0 { Self.store(found, in: hint) }
            return address
        }

        /// Out of line: with the store inlined into the lookup, Swift copied (retained and
        /// released) the looked-up value on every lookup, ~28 M instructions on 1,000 notes.
        /// A hint changes rarely (the same code builds objects of one shape).
        @inline(never)
        private static func store(_ found: Int, in hint: UnsafeMutablePointer<Atomic<Int32>>) {
            hint.pointee.store(Int32(truncatingIfNeeded: found), ordering: .relaxed)
        }

        func text(_ op: Op) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: text[Int(op.start) ..< Int(op.start) + Int(op.count)])
        }
    }

    /// The tables while they are filled.
    private struct Compiler {
        var ops: [Op] = []
        var text: [UInt8] = []
        var names: [Name] = []
        var keys: [String] = []
        var entries: [String: Int32] = [:]
        var partials: [(op: Int, name: String)] = []
        var bodyUsedOtherwise = false

        mutating func append(_ nodes: [Template.Node]) {
            for node in nodes {
                switch node {
                case .text(let bytes):
                    ops.append(Op(kind: .text, start: Int32(text.count), count: Int32(bytes.count)))
                    text += bytes
                case .variable(let name, let escaped):
                    let isBodySlot = !escaped && name.path == ["body"] && !name.currentOnly && name.transform == nil
                    if !isBodySlot && name.path.first == "body" { bodyUsedOtherwise = true }
                    ops.append(Op(kind: isBodySlot ? .bodySlot : escaped ? .variable : .unescapedVariable, name: add(name)))
                case .section(let name, let children, let inverted):
                    if name.path.first == "body" { bodyUsedOtherwise = true }
                    let begin = ops.count
                    ops.append(Op(kind: inverted ? .invertedSection : .section, name: add(name)))
                    append(children)
                    ops.append(Op(kind: .end))
                    ops[begin].jump = Int32(ops.count)
                case .partial(let name, let indent):
                    partials.append((ops.count, name))
                    ops.append(Op(kind: .partial, start: Int32(text.count), count: Int32(indent.count), jump: -1))
                    text += indent
                }
            }
        }

        mutating func add(_ name: Template.Name) -> Int32 {
            names.append(Name(firstKey: Int32(keys.count), keyCount: Int32(name.path.count),
                              currentOnly: name.currentOnly, transform: name.transform))
            keys += name.path
            return Int32(names.count - 1)
        }
    }
}
