/// Cleans raw HTML written in a note before it goes into a page (spec §7.7: HTML is allowed but
/// sanitised; no `<script>`, no event handlers; `<iframe>` allowed).
///
/// Not a general sanitiser: vault authors are trusted writers, and this only keeps a page
/// from running code or breaking out of its layout by accident (GFM's tagfilter idea,
/// extended to event handlers and `javascript:` URLs).
enum RawHTMLFilter {
    /// Tags whose whole element is dropped (spec §9 case 117: `<script>` is removed).
    private static let droppedElements: Set<String> = ["script", "style", "noscript"]
    /// Tags that are escaped so that they show as text (GFM tagfilter).
    private static let escapedTags: Set<String> = ["title", "textarea", "xmp", "noembed", "noframes", "plaintext"]

    static func clean(_ html: String) -> String {
        guard html.utf8.contains(60) else { return html }  // no `<`: nothing to do
        var output = ""
        output.reserveCapacity(html.utf8.count)
        let bytes = Array(html.utf8)
        var index = 0
        var dropUntil: String?
        while index < bytes.count {
            guard bytes[index] == 60, let tag = parseTag(bytes, at: index) else {
                if dropUntil == nil { output.unicodeScalars.append(Unicode.Scalar(bytes[index])) }
                if bytes[index] >= 0x80 {
                    // Copy a whole multi-byte sequence at once.
                    var end = index + 1
                    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
                    if dropUntil == nil {
                        output.removeLast()
                        output += String(decoding: bytes[index..<end], as: UTF8.self)
                    }
                    index = end
                } else {
                    index += 1
                }
                continue
            }
            defer { index = tag.end }
            if let waiting = dropUntil {
                if tag.isClosing && tag.name == waiting { dropUntil = nil }
                continue
            }
            if droppedElements.contains(tag.name) {
                if !tag.isClosing && !tag.selfClosing { dropUntil = tag.name }
                continue
            }
            if escapedTags.contains(tag.name) {
                output += "&lt;"
                output += String(decoding: bytes[(index + 1)..<tag.end], as: UTF8.self)
                continue
            }
            output += cleanAttributes(String(decoding: bytes[index..<tag.end], as: UTF8.self))
        }
        return output
    }

    private struct Tag {
        var name: String
        var isClosing: Bool
        var selfClosing: Bool
        var end: Int
    }

    /// A tag starting at `<`: its lower-cased name and where it ends (after `>`).
    private static func parseTag(_ bytes: [UInt8], at start: Int) -> Tag? {
        var index = start + 1
        var isClosing = false
        if index < bytes.count && bytes[index] == 47 {
            isClosing = true
            index += 1
        }
        let nameStart = index
        while index < bytes.count, isTagNameByte(bytes[index]) { index += 1 }
        guard index > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 34 || byte == 39 {
                quote = byte
            } else if byte == 62 {
                let selfClosing = index > 0 && bytes[index - 1] == 47
                return Tag(name: name, isClosing: isClosing, selfClosing: selfClosing, end: index + 1)
            }
            index += 1
        }
        return nil
    }

    private static func isTagNameByte(_ byte: UInt8) -> Bool {
        (97...122).contains(byte) || (65...90).contains(byte) || (48...57).contains(byte) || byte == 45
    }

    /// Removes `on…=` event handlers and neutralises `javascript:` URLs in one tag.
    private static func cleanAttributes(_ tag: String) -> String {
        let lower = tag.lowercased()
        guard lower.contains(" on") || lower.contains("\ton") || lower.contains("\non") || lower.contains("script:") else {
            return tag
        }
        var result = ""
        var scalars = Array(tag.unicodeScalars)
        var index = 0
        // Walk attributes: name[=value]; drop those named on*, blank dangerous URLs.
        while index < scalars.count {
            let scalar = scalars[index]
            let previousIsSpace = index > 0 && scalars[index - 1].properties.isWhitespace
            if previousIsSpace && (scalar == "o" || scalar == "O") && index + 1 < scalars.count
                && (scalars[index + 1] == "n" || scalars[index + 1] == "N") {
                // Skip the attribute name, `=`, and a quoted or bare value.
                var end = index
                while end < scalars.count && !scalars[end].properties.isWhitespace && scalars[end] != "=" && scalars[end] != ">" { end += 1 }
                if end < scalars.count && scalars[end] == "=" {
                    end += 1
                    if end < scalars.count && (scalars[end] == "\"" || scalars[end] == "'") {
                        let quote = scalars[end]
                        end += 1
                        while end < scalars.count && scalars[end] != quote { end += 1 }
                        end += 1
                    } else {
                        while end < scalars.count && !scalars[end].properties.isWhitespace && scalars[end] != ">" { end += 1 }
                    }
                }
                index = min(end, scalars.count)
                while let last = result.unicodeScalars.last, last.properties.isWhitespace { result.unicodeScalars.removeLast() }
                continue
            }
            result.unicodeScalars.append(scalar)
            index += 1
        }
        scalars = []
        if result.lowercased().contains("script:") {
            result = result.replacingJavaScriptURLs()
        }
        return result
    }
}

private extension String {
    /// `javascript:` / `vbscript:` inside attribute values become `about:blank#`.
    func replacingJavaScriptURLs() -> String {
        let scalars = Array(unicodeScalars)
        let schemes = ["javascript:", "vbscript:"].map { Array($0.unicodeScalars) }
        var result = ""
        var index = 0
        outer: while index < scalars.count {
            for scheme in schemes where index + scheme.count <= scalars.count {
                var matches = true
                for offset in 0..<scheme.count {
                    let scalar = scalars[index + offset]
                    let lower = (65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32)! : scalar
                    if lower != scheme[offset] { matches = false; break }
                }
                if matches {
                    result += "about:blank#"
                    index += scheme.count
                    continue outer
                }
            }
            result.unicodeScalars.append(scalars[index])
            index += 1
        }
        return result
    }
}
