import TendLint

/// JSON values appended as UTF-8 bytes, for the search index files: the same bytes as
/// `JSONString` and `String(_:)` would give, without building a String first.
enum JSONBytes {
    /// `JSONString.quote(text)`: text that needs no escape is copied whole.
    static func appendString(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            if bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                output.append(contentsOf: JSONString.quote(String(decoding: bytes, as: UTF8.self)).utf8)
            } else {
                output.append(UInt8(ascii: "\""))
                output.append(contentsOf: bytes)
                output.append(UInt8(ascii: "\""))
            }
        }
    }
}
