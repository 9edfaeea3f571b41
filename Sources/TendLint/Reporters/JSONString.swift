/// JSON string literals, written by hand: the reporters and the site's search index need
/// byte-stable output and Foundation's encoder is slow on large documents.
public enum JSONString {
    /// RFC 8259 §7: quote, backslash and C0 controls escaped; everything else as UTF-8.
    public static func write(_ text: String, to output: inout String) {
        output += "\""
        // Most text needs no escape: append it whole (scalar by scalar costs hundreds of
        // instructions each; a 3,700-finding report took 170 ms that way).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16, uppercase: true)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    /// `text` as a quoted JSON string.
    public static func quote(_ text: String) -> String {
        var output = ""
        write(text, to: &output)
        return output
    }
}
