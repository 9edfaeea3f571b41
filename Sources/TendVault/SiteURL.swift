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
        let dropped = FileKind(path: path) == .note ? 3 : 0
        // Segments are split and slugged on bytes: every page URL passes here, and splitting
        // into Strings and walking `utf8` views cost more than the rest of planning a page.
        var url: [UInt8] = [UInt8(ascii: "/")]
        path.withUTF8 { bytes in
            let end = max(bytes.count - dropped, 0)
            var start = 0
            while start < end {
                var stop = start
                while stop < end && bytes[stop] != UInt8(ascii: "/") { stop += 1 }
                if stop > start {
                    appendSlug(UnsafeBufferPointer(rebasing: bytes[start..<stop]), to: &url)
                    url.append(UInt8(ascii: "/"))
                }
                start = stop + 1
            }
        }
        return String(decoding: url, as: UTF8.self)
    }

    /// `slug(_:)` of a segment's UTF-8, appended to `url`.
    private static func appendSlug(_ segment: UnsafeBufferPointer<UInt8>, to url: inout [UInt8]) {
        guard !segment.contains(where: { $0 >= 0x80 }) else {
            url.append(contentsOf: slug(String(decoding: segment, as: UTF8.self)).utf8)
            return
        }
        let first = url.count
        var pendingDash = false
        for byte in segment where byte != UInt8(ascii: "'") {
            let lower = (65...90).contains(byte) ? byte + 32 : byte
            if (97...122).contains(lower) || (48...57).contains(lower) || lower == UInt8(ascii: "_") {
                if pendingDash && url.count > first { url.append(UInt8(ascii: "-")) }
                pendingDash = false
                url.append(lower)
            } else {
                pendingDash = true
            }
        }
        if url.count == first { url.append(contentsOf: "page".utf8) }
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
            var copy = segment
            copy.withUTF8 { appendSlug($0, to: &bytes) }
            return String(decoding: bytes, as: UTF8.self)
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
