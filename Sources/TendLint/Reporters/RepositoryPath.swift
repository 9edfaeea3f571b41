/// Paths as CI systems want them: relative to the repository root, not to the vault.
///
/// `tend lint docs` reports `Guide.md`; GitHub needs `docs/Guide.md` to place an annotation
/// on the diff. The CLI passes the vault's folder relative to the repository as the prefix.
enum RepositoryPath {
    /// `prefix` joined to a vault-relative path; `docs`, `docs/` and `./docs` all give `docs/…`.
    static func join(_ prefix: String, _ file: String) -> String {
        var folder = prefix
        while folder.hasPrefix("./") { folder.removeFirst(2) }
        if folder == "." { folder = "" }
        if folder.isEmpty { return file }
        return folder.hasSuffix("/") ? folder + file : folder + "/" + file
    }

    /// The folder part of a path, without a trailing `/` (`.` for a file at the root).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    /// A path as an RFC 3986 relative reference: `/` kept, anything outside the unreserved
    /// and sub-delimiter sets percent-encoded as UTF-8. `:` is encoded too, because in a first
    /// segment it would turn `C:notes.md` into a URI with scheme `C` (RFC 3986 §4.2).
    static func uriReference(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            if isKept(byte) {
                result.append(Character(Unicode.Scalar(byte)))
            } else {
                result += "%" + hexDigit(byte >> 4) + hexDigit(byte & 0x0F)
            }
        }
        return result
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            // Unreserved marks, sub-delimiters, `@`, and `/` as the segment separator.
            return "-._~!$&'()*+,;=@/".utf8.contains(byte)
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF")

    private static func hexDigit(_ value: UInt8) -> String { String(hexDigits[Int(value)]) }
}
