/// Text made safe for XML 1.0, for the JUnit report.
enum XMLEscaping {
    /// Character data: markup characters as entities, characters XML 1.0 forbids dropped.
    /// CR is written as `&#13;` because parsers turn a literal CR into LF (XML §2.11).
    static func text(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// An attribute value in double or single quotes. Tab and line breaks become character
    /// references because parsers replace literal ones with spaces (XML §3.3.3).
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#13;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// XML 1.0 §2.2 `Char`: tab, LF, CR, and everything from U+0020 except U+FFFE and U+FFFF
    /// (Swift strings cannot hold surrogates). Even as `&#1;` the others are not well-formed.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x20...0xFFFD: return true
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
