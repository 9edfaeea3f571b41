/// A YAML value typed by the YAML 1.2 core schema, as Obsidian reads properties.
///
/// Spec §6.2: `yes`/`no`/`on`/`off` are strings and dates stay strings (property typing
/// turns them into dates later). Yams' default resolver is YAML 1.1-flavoured, so Tend
/// composes with the basic resolver and types plain scalars here.
///
/// Not `indirect`: lists and maps hold their values in arrays, which are already on the heap,
/// and an indirect enum boxed every value, scalars included (an allocation per property).
public enum FrontmatterValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([FrontmatterValue])
    case map([(key: String, value: FrontmatterValue)])

    public static func == (a: FrontmatterValue, b: FrontmatterValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.double(x), .double(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.list(x), .list(y)): return x == y
        case let (.map(x), .map(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The value as text when it is a scalar (numbers and booleans as written in YAML 1.2).
    public var scalarText: String? {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .bool(let b): return b ? "true" : "false"
        case .null, .list, .map: return nil
        }
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// Core-schema typing of a plain (unquoted) scalar.
    static func plain(_ text: String) -> FrontmatterValue {
        // Most values are words (`owner: sre-team`): a first byte that can start no null,
        // boolean or number makes it text without trying each form.
        if let first = text.utf8.first, !mayStartNonString[Int(first)] { return .string(text) }
        // Dates (`reviewed: 2026-05-01`) start with a digit, as no null, boolean or special
        // float (`.inf`, `.nan`) does: only the numeric forms are tried for them.
        if let first = text.utf8.first, first >= 48 && first <= 57 {
            if let int = coreInteger(text) { return .int(int) }
            if let double = coreNumericFloat(text) { return .double(double) }
            return .string(text)
        }
        return plainWithoutShortcut(text)
    }

    /// First bytes of the null, boolean and number forms above: `~`, `n`, `t`, `f` (any
    /// case), digits, signs and `.` (`.inf`, `.5`).
    static let mayStartNonString: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "~nNtTfF0123456789+-.".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// The same typing without the first-byte shortcut (tests compare the two).
    static func plainWithoutShortcut(_ text: String) -> FrontmatterValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let int = coreInteger(text) { return .int(int) }
        if let double = coreFloat(text) { return .double(double) }
        return .string(text)
    }

    private static func coreInteger(_ text: String) -> Int? {
        // `Int(_:radix:)` accepts a sign; YAML 1.2's `0o`/`0x` forms do not (`0x-1` is text).
        if text.hasPrefix("0o") || text.hasPrefix("0x") {
            let digits = text.dropFirst(2)
            guard !digits.isEmpty, !digits.contains(where: { $0 == "+" || $0 == "-" }) else { return nil }
            return Int(digits, radix: text.hasPrefix("0o") ? 8 : 16)
        }
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text)
    }

    private static func coreFloat(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        return coreNumericFloat(text)
    }

    /// `coreFloat` without its infinities and NaNs.
    private static func coreNumericFloat(_ text: String) -> Double? {
        // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
        var bytes = Substring(text).utf8[...]
        if let first = bytes.first, first == 43 || first == 45 { bytes = bytes.dropFirst() }
        let isDigit: (UInt8) -> Bool = { $0 >= 48 && $0 <= 57 }
        let mantissaDigits = bytes.prefix(while: { isDigit($0) || $0 == 46 })
        var dots = 0
        for byte in mantissaDigits where byte == 46 { dots += 1 }
        guard dots <= 1, mantissaDigits.contains(where: isDigit) else { return nil }
        var rest = bytes.dropFirst(mantissaDigits.count)
        if let e = rest.first, e == 101 || e == 69 {
            rest = rest.dropFirst()
            if let sign = rest.first, sign == 43 || sign == 45 { rest = rest.dropFirst() }
            guard !rest.isEmpty, rest.allSatisfy(isDigit) else { return nil }
            rest = rest.dropFirst(rest.count)
        }
        guard rest.isEmpty else { return nil }
        return Double(text)
    }
}
