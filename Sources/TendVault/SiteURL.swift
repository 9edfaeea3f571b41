/// The URL path a note is published at: `/engineering/operations/day-0-operations/`.
///
/// `permalink:` (or Digital Garden's `dg-permalink:`) wins; the home note is `/`; otherwise
/// each folder and the file name are slugged (lower-case, spaces to `-`, punctuation dropped).
public enum SiteURL {
    public static func path(for note: Note, isHome: Bool = false) -> String {
        if let permalink = note.frontmatter?["permalink"]?.scalarText ?? note.frontmatter?["dg-permalink"]?.scalarText,
           !permalink.isEmpty {
            return normalise(permalink)
        }
        if isHome { return "/" }
        var path = note.path
        if FileKind(path: path) == .note { path = String(decoding: path.utf8.dropLast(3), as: UTF8.self) }
        // Split on bytes: a Character split walks grapheme clusters.
        let segments = path.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
        var url = "/"
        for segment in segments {
            url += slug(segment)
            url += "/"
        }
        return url
    }

    /// `x`, `/x`, `x/` and `/x/` are the same page: `/x/`.
    public static func normalise(_ permalink: String) -> String {
        let trimmed = permalink.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
        return trimmed.isEmpty ? "/" : "/" + trimmed + "/"
    }

    /// One path segment: lower-case letters and digits kept, runs of anything else become one `-`.
    public static func slug(_ segment: String) -> String {
        if segment.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            var pendingDash = false
            for byte in segment.utf8 where byte != UInt8(ascii: "'") {
                let lower = (65...90).contains(byte) ? byte + 32 : byte
                if (97...122).contains(lower) || (48...57).contains(lower) || lower == UInt8(ascii: "_") {
                    if pendingDash && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                    pendingDash = false
                    bytes.append(lower)
                } else {
                    pendingDash = true
                }
            }
            return bytes.isEmpty ? "page" : String(decoding: bytes, as: UTF8.self)
        }
        // Built as UTF-8 bytes: appending scalars to a String one by one is slow, and every
        // page URL passes here (names such as "Café 7" are common).
        var bytes: [UInt8] = []
        var pendingDash = false
        for scalar in segment.lowercased().unicodeScalars {
            let value = scalar.value
            if value == 0x27 || value == 0x2019 { continue }  // "What's" → "whats"
            let kept = value < 0x80
                ? (97...122).contains(value) || (48...57).contains(value) || value == 0x5F
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if kept {
                if pendingDash && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingDash = false
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            } else {
                pendingDash = true
            }
        }
        return bytes.isEmpty ? "page" : String(decoding: bytes, as: UTF8.self)
    }
}
