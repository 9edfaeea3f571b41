/// A value in a template context: what Mustache can print, test or loop over.
///
/// Typed rather than `[String: Any]` so that a lookup is a key comparison and a switch,
/// not a chain of dynamic casts: a 10,000-page site looks up a few million names.
public enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    /// Text that is already UTF-8 bytes (a rendered page body, the explorer): it behaves
    /// exactly like `.string` of the same text, and a page appends it without converting.
    case utf8([UInt8])
    case list([TemplateValue])
    case object(TemplateObject)

    /// Mustache truthiness: `false`, null, an empty list and a missing name are false;
    /// everything else (also `""` and `0`, as in the Mustache spec) is true.
    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let value): return value
        case .list(let items): return !items.isEmpty
        default: return true
        }
    }

    /// The text a `{{name}}` tag prints.
    var text: String {
        switch self {
        case .null: return ""
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .string(let value): return value
        case .utf8(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .list, .object: return ""
        }
    }

    subscript(key: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    /// Sets a field of an object (no effect on other values).
    mutating func set(_ key: String, _ value: TemplateValue) {
        if case .object(var fields) = self {
            // Drop this value's reference to the fields first, so that they are not copied.
            self = .null
            fields.set(key, value)
            self = .object(fields)
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(nilLiteral: ()) { self = .null }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(TemplateObject(elements))
    }
}

extension TemplateValue {
    init(_ value: String) { self = .string(value) }
    init(_ value: Int) { self = .int(value) }
    init(_ value: Bool) { self = .bool(value) }
    init(_ values: [TemplateValue]) { self = .list(values) }
    init(_ value: String?) { self = value.map { .string($0) } ?? .null }
}
