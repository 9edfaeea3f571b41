/// A JSON document built in memory and written byte-for-byte the same every time.
///
/// Written by hand rather than with Foundation's encoders: their key order, `\/` escaping and
/// number formatting have differed between platforms and releases, and report output must
/// not change when the toolchain does.
enum JSONValue: Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Pretty-printed with two-space indents, keys sorted by UTF-8 bytes, and a final newline.
    var rendered: String {
        var output = ""
        write(to: &output, indent: "")
        return output + "\n"
    }

    private func write(to output: inout String, indent: String) {
        switch self {
        case .string(let text):
            Self.writeString(text, to: &output)
        case .int(let number):
            output += String(number)
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .array(let items):
            guard !items.isEmpty else { output += "[]"; return }
            let inner = indent + "  "
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += inner
                item.write(to: &output, indent: inner)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            let inner = indent + "  "
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            output += "{\n"
            for (index, key) in keys.enumerated() {
                output += inner
                Self.writeString(key, to: &output)
                output += ": "
                members[key]!.write(to: &output, indent: inner)
                output += index == keys.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }

    private static func writeString(_ text: String, to output: inout String) {
        JSONString.write(text, to: &output)
    }
}
