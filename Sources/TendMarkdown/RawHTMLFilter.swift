/// Cleans raw HTML written in a note before it goes into a page (spec §7.7: HTML is allowed but
/// sanitised; no `<script>`, no event handlers; `<iframe>` allowed).
///
/// Not a general sanitiser: vault authors are trusted writers, and this only keeps a page
/// from running code or breaking out of its layout by accident (GFM's tagfilter idea,
/// extended to event handlers and `javascript:` URLs).
enum RawHTMLFilter {
    /// Tags whose whole element is dropped (spec §9 case 117: `<script>` is removed).
    private static let droppedElements: Set<String> = ["script", "style", "noscript"]
    /// Void tags that are dropped: a `<meta http-equiv=refresh>` redirects the page, a
    /// `<base>` changes where every link goes.
    private static let droppedVoidTags: Set<String> = ["meta", "base"]
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
            if droppedVoidTags.contains(tag.name) { continue }
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

    struct Tag {
        var name: String
        var isClosing: Bool
        var selfClosing: Bool
        var end: Int
    }

    /// A tag starting at `<`: its lower-cased name and where it ends (after `>`).
    static func parseTag(_ bytes: [UInt8], at start: Int) -> Tag? {
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

    /// Attributes that run code or load a document of the page's origin.
    private static let droppedAttributes: Set<String> = ["srcdoc", "formaction"]

    /// One tag with event handlers, `srcdoc` and script URLs removed. Attribute values are
    /// read with HTML entities decoded, so `jav&#x61;script:` is caught too.
    private static func cleanAttributes(_ tag: String) -> String {
        guard tag.utf8.contains(UInt8(ascii: "=")) else { return tag }  // no attribute values
        let scalars = Array(tag.unicodeScalars)
        var nameEnd = 1
        while nameEnd < scalars.count, !scalars[nameEnd].properties.isWhitespace, scalars[nameEnd] != ">", scalars[nameEnd] != "/" {
            nameEnd += 1
        }
        var result = String(String.UnicodeScalarView(scalars[0..<nameEnd]))
        var index = nameEnd
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace || scalar == "/" || scalar == ">" {
                result.unicodeScalars.append(scalar)
                index += 1
                continue
            }
            // name[=value]
            var end = index
            while end < scalars.count, !scalars[end].properties.isWhitespace, scalars[end] != "=", scalars[end] != ">" { end += 1 }
            let name = String(String.UnicodeScalarView(scalars[index..<end])).lowercased()
            var value = ""
            if end < scalars.count && scalars[end] == "=" {
                end += 1
                if end < scalars.count && (scalars[end] == "\"" || scalars[end] == "'") {
                    let quote = scalars[end]
                    let valueStart = end + 1
                    end = valueStart
                    while end < scalars.count && scalars[end] != quote { end += 1 }
                    value = String(String.UnicodeScalarView(scalars[valueStart..<min(end, scalars.count)]))
                    end = min(end + 1, scalars.count)
                } else {
                    let valueStart = end
                    while end < scalars.count && !scalars[end].properties.isWhitespace && scalars[end] != ">" { end += 1 }
                    value = String(String.UnicodeScalarView(scalars[valueStart..<end]))
                }
            }
            let attribute = String(String.UnicodeScalarView(scalars[index..<end]))
            index = end
            if name.hasPrefix("on") || droppedAttributes.contains(name) || isScriptURL(value) {
                while let last = result.unicodeScalars.last, last.properties.isWhitespace { result.unicodeScalars.removeLast() }
                continue
            }
            result += attribute
        }
        return result
    }

    /// `javascript:` and `vbscript:` URLs, also when written with entities or spaces inside.
    static func isScriptURL(_ value: String) -> Bool {
        guard !value.isEmpty else { return false }
        let decoded = decodeEntities(value).lowercased().filter { !$0.isWhitespace && $0 != "\u{0}" }
        return decoded.hasPrefix("javascript:") || decoded.hasPrefix("vbscript:")
    }

    /// Numeric character references and the few named ones used to hide a scheme.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[rest.index(after: amp)...]
            let semicolon = rest.firstIndex(of: ";")
            let reference = semicolon.map { rest[..<$0] } ?? rest.prefix { $0.isLetter || $0.isNumber || $0 == "#" }
            var decoded: String?
            if reference.hasPrefix("#x") || reference.hasPrefix("#X") {
                decoded = UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if reference.hasPrefix("#") {
                decoded = UInt32(reference.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                switch reference.lowercased() {
                case "colon": decoded = ":"
                case "tab", "newline": decoded = ""
                default: decoded = nil
                }
            }
            if let decoded {
                result += decoded
                rest = rest[reference.endIndex...]
                if rest.first == ";" { rest = rest.dropFirst() }
            } else {
                result += "&"
            }
        }
        return result + rest
    }
}

