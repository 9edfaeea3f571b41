import Foundation
import Testing
@testable import TendVault

/// Each byte-level shortcut of the loader against the general path it stands in for: the
/// same answer on ASCII text, non-ASCII text and the edge cases between them.
struct ShortcutAgreementTests {
    static let texts = [
        "", " ", "   ", "\t", "\r\n", " \r\n\t ", "a", " a ", "  Heading text  ", "\tTabbed\t",
        "x\u{0B}", "\u{0C}y", "Café", " café ", "\u{00A0}nbsp\u{00A0}", " \u{00A0} ", "e\u{301}", " \u{301}x",
        "x \u{301}", "\u{0600} x", "x\u{0600} ", "\u{2003}em\u{2003}", "\u{85}nel", "日本 語", " 🔥 ",
        "a/b", "a/\u{301}b", "/", "//", "a//", "/a", "Folder/Sub/Note.md", "Dossier/Résumé.md",
        "Null", "null", "~", "true", "False", "0x1F", "0o17", "-12", "+3", ".5", ".inf", "-.INF", ".nan",
        "1e3", "3.14", "2026-08-21", "90d", "0", "1.", "1.2.3", "7E-2", "12e", "0x", "2026", "sre-team", "yes", "nan", "x,y", "tag one", "ok",
        "tags", "TAGS", "Tags", "taGs", "ALIASES", "İstanbul", "ß", "Straße", "# Heading ##", "Mixed_CASE-slug 9",
        "What's new? (v2.0)", "a  --  b", "[[link]] | pipe", "%%x%%", "Ünïcödé Heading", "x\u{301}",
    ]

    @Test(arguments: texts)
    func trimAgreesWithCharacterTrim(_ text: String) {
        #expect(trim(Substring(text)) == trimCharacters(Substring(text)))
        // Also inside a larger string, as headings and links are trimmed.
        let padded = "ab" + text + "cd"
        let inner = padded.dropFirst(2).dropLast(2)
        #expect(trim(inner) == trimCharacters(inner))
    }

    @Test(arguments: texts)
    func plainScalarShortcutAgrees(_ text: String) {
        // Described, not compared: `.double(.nan)` is not equal to itself.
        #expect("\(FrontmatterValue.plain(text))" == "\(FrontmatterValue.plainWithoutShortcut(text))")
    }

    @Test(arguments: texts)
    func continuationCountAgreesWithScalarCount(_ text: String) {
        // Every start and end, so that the eight-byte steps meet every alignment and remainder.
        let bytes = Array(("abcdefghij" + text + text + "klmnop").utf8)
        for start in 0...bytes.count {
            for end in start...bytes.count {
                let naive = bytes[start..<end].filter { $0 & 0xC0 == 0x80 }.count
                #expect(SourceText.continuationBytes(in: bytes, start..<end) == naive)
            }
        }
    }

    @Test(arguments: texts)
    func tokenByteSearchAgreesWithFoundation(_ text: String) {
        // The tokens `replacingAll` is called with, and one that is at a text's very end.
        for token in [" > ", "-", "%%", "[[", "]]", "|", "#", "md"] {
            #expect(text.containsBytes(of: token) == text.contains(token), "\(token) in \(text)")
        }
    }

    @Test(arguments: texts)
    func byteContainsAgreesWithFoundation(_ text: String) {
        #expect(text.containsCommaOrSpace == (text.contains(",") || text.contains(" ")))
        #expect(text.containsSpace == text.contains(" "))
    }

    @Test(arguments: texts)
    func caseInsensitiveCompareAgreesWithLowercased(_ text: String) {
        for other in ["tags", "aliases", "TAGS", text, text.uppercased(), "istanbul", "ss"] {
            #expect(text.caseInsensitiveCompare(other) == (text.lowercased() == other.lowercased()))
        }
    }

    @Test(arguments: texts)
    func asciiHeadingKeysAgreeWithUnicodePaths(_ text: String) {
        let allASCII = text.utf8.allSatisfy { $0 < 0x80 }
        #expect((HeadingText.asciiSlug(text) != nil) == allASCII)
        #expect((HeadingText.asciiMatchKey(text) != nil) == allASCII)
        if allASCII {
            #expect(HeadingText.asciiSlug(text) == HeadingText.unicodeSlug(text))
            #expect(HeadingText.asciiMatchKey(text) == HeadingText.unicodeMatchKey(text))
        }
    }

    @Test(arguments: texts)
    func noteFolderAndNameAgreeWithCharacterSearch(_ text: String) {
        let note = NoteParser.parse(path: text, bytes: [])
        let folder = text.lastIndex(of: "/").map { String(text[..<$0]) } ?? ""
        #expect(note.folder == folder)
        let file = text.split(separator: "/").last.map(String.init) ?? text
        #expect(note.name == (file.lowercased().hasSuffix(".md") ? String(file.dropLast(3)) : file))
    }

    @Test(arguments: texts)
    func byteSplitAgreesWithUTF8IndexSplit(_ text: String) {
        for byte in [UInt8(ascii: "#"), UInt8(ascii: "/"), UInt8(ascii: " ")] {
            let index = text.utf8.firstIndex(of: byte)
            let split = text.split(atFirst: byte)
            #expect(split?.before == index.map { String(text[..<$0]) })
            #expect(split?.after == index.map { String(text[text.utf8.index(after: $0)...]) })
        }
    }

    /// Every sequence of up to three bytes drawn from the bytes where UTF-8's rules change.
    @Test func utf8ValidationAgreesWithStandardLibrary() {
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                    0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        var sequences: [[UInt8]] = [[]]
        for length in 1...3 {
            sequences += sequences.filter { $0.count == length - 1 }.flatMap { prefix in interesting.map { prefix + [$0] } }
        }
        // Four-byte forms around the edges of the planes, and longer texts.
        sequences += [[0xF0, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
                      [0xF3, 0xBF, 0xBF, 0xBF], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF, 0x41],
                      Array("Café 日本 🔥 ok".utf8), Array("Café 日本 🔥 ok".utf8.dropLast(4)), Array("🔥".utf8.dropLast())]
        // The same forms after and before runs of ASCII, which are skipped eight bytes at a time.
        for form in sequences.prefix(700) where !form.isEmpty {
            for pad in [1, 7, 8, 9, 15, 16, 17] {
                let ascii = [UInt8](repeating: 0x61, count: pad)
                sequences += [ascii + form, form + ascii, ascii + form + ascii]
            }
        }
        for bytes in sequences {
            let valid = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
            #expect(valid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test(arguments: texts + ["#a", "a#", "##", "a##b", "#^id", "A#B#C", "é#ü", "#"])
    func subpathPiecesAgreeWithSplit(_ text: String) {
        let split = text.utf8.split(separator: UInt8(ascii: "#"), omittingEmptySubsequences: true).map { Substring($0) }
        #expect(LinkResolver.subpathPieces(text) == split)
    }

    /// Heading chains resolved in one pass against the two-pass reference (match, then check
    /// that each match lies in the section of the one before), over notes that nest, repeat
    /// and skip levels.
    @Test func headingChainsAgreeWithTwoPassReference() {
        let notes = [
            "# A\n## B\n### C\n## D\n### C\n# E\n## B\n",
            "## B\n# A\n### C\n## B\n#### C\n",
            "# A\n# A\n## B\n## B\n### C\n",
            "### C\n## B\n# A\n## B\n### C\n",
            "# A\n> ## B\n## B\n- ### C\n### C\n",
            "# Ünïcödé\n## B: part\n### C?\n## d\n",
        ]
        let subpaths = ["A", "B", "C", "A#B", "A#C", "A#B#C", "B#C", "A#D#C", "D#C", "E#B", "A#E", "B#B", "A#A",
                        "Ünïcödé#B part#C", "ünïcödé#d", "B#A", "C#B", "A##B", "#A#B#", "^x", "A#^x"]
        for text in notes {
            let vault = Vault.make(["N.md": text])
            let headings = vault.notes[0].headings, blockIDs = vault.notes[0].blockIDs
            for subpath in subpaths {
                var fast = LinkResolution(status: .resolved), slow = LinkResolution(status: .resolved)
                LinkResolver(vault: vault).resolveSubpath(subpath, headings: headings, blockIDs: blockIDs, into: &fast)
                Self.referenceResolveSubpath(subpath, headings: headings, blockIDs: blockIDs, into: &slow)
                #expect(fast.status == slow.status, "\(text) \(subpath)")
                #expect(fast.heading == slow.heading, "\(text) \(subpath)")
                #expect(fast.block == slow.block, "\(text) \(subpath)")
                #expect(fast.headingChainOutOfOrder == slow.headingChainOutOfOrder, "\(text) \(subpath)")
            }
        }
    }

    /// `LinkResolver.resolveSubpath` as it was before the one-pass chain check.
    private static func referenceResolveSubpath(_ subpath: String, headings: [Heading], blockIDs: [BlockID],
                                                into resolution: inout LinkResolution) {
        let pieces = subpath.utf8.split(separator: UInt8(ascii: "#"), omittingEmptySubsequences: true).map { Substring($0) }
        guard !pieces.isEmpty else { return }
        if pieces.count == 1, pieces[0].utf8.first == UInt8(ascii: "^") {
            let id = String(pieces[0].dropFirst()).lowercased()
            if let block = blockIDs.lastIndex(where: { $0.key == id }) { resolution.block = block } else { resolution.status = .noSuchBlock }
            return
        }
        let keys = pieces.map { HeadingText.unicodeMatchKey($0) }
        var next = 0, lastLevel = 0
        var matched: [Int] = []
        for (position, heading) in headings.enumerated() where heading.isLinkable {
            guard heading.level > lastLevel, heading.matchKey == keys[next] else { continue }
            matched.append(position)
            lastLevel = heading.level
            next += 1
            if next == keys.count { break }
        }
        guard next == keys.count, let target = matched.last else {
            resolution.status = .noSuchHeading
            return
        }
        resolution.heading = target
        resolution.headingChainOutOfOrder = zip(matched, matched.dropFirst()).contains { outer, inner in
            headings[(outer + 1)..<inner].contains { $0.isLinkable && $0.level <= headings[outer].level }
        }
    }

    /// The scanner skips eight bytes at a time while none may start syntax: each form, at
    /// every offset around those eight-byte steps, must still be found (or, escaped, not).
    @Test func scannerFindsSyntaxAtEveryOffset() {
        for offset in 0..<20 {
            for tail in 0..<10 {
                let pad = String(repeating: "a", count: offset), after = String(repeating: "b", count: tail)
                let text = pad + " [[Target]]" + after + " ![[Pic.png]] #tag " + pad + "==mark== $x$ \\[[No]]" + after + "\n"
                let note = NoteParser.parse(path: "N.md", bytes: Array(text.utf8))
                #expect(note.links.map { "\($0.position.column) \($0.raw)" }
                        == ["\(offset + 2) [[Target]]", "\(offset + tail + 13) ![[Pic.png]]"], "\(offset) \(tail)")
                #expect(note.tags.map { "\($0.position.column) \($0.name)" } == ["\(offset + tail + 26) tag"])
                #expect(note.highlights.map(\.text) == ["mark"])
                #expect(note.math.count == 1)
            }
        }
    }

    @Test(arguments: texts + ["İstanbul/Straße.md", "ΣΑΣ ΟΔΟΣ", "ǅemal", "\u{2126}hm \u{212A}elvin", "ÀÉÎÕÜ/Çà.md", "ﬁ ǰ ΐ", "ⓐⒶ 🅐"])
    func lowercaseBytesAgreeWithStandardLibrary(_ text: String) {
        #expect(lowercaseBytes(text) == Array(text.lowercased().utf8))
        #expect(unicodeLowercaseBytes(text) == Array(text.lowercased().utf8))
    }

    /// Every ASCII scalar: the byte mapping stands in for `lowercaseMapping` only there.
    @Test func asciiLowerAgreesWithLowercaseMapping() {
        for value in UInt8(0)..<0x80 {
            #expect([asciiLower(value)] == Array(Unicode.Scalar(value).properties.lowercaseMapping.utf8))
        }
    }

    /// A wikilink's end column counted on from its start against the count from the line's start.
    @Test(arguments: texts + ["Café 日本 🔥 [[A]] x", "a\u{301}b [[é]] c"])
    func positionCountedOnAgreesWithPositionFromLineStart(_ text: String) {
        for bytes in [Array(("x\n" + text + " tail\n").utf8), Array(("x\n" + text).utf8) + [0xFF, 0x41, 0xC3]] {
            let source = SourceText(bytes: bytes)
            let line = source.lineRange(2)
            for start in line.lowerBound...line.upperBound {
                let from = source.position(ofOffset: start, line: 2)
                for end in start...line.upperBound {
                    #expect(source.position(ofOffset: end, onLineAfter: from, atOffset: start) == source.position(ofOffset: end, line: 2))
                }
            }
        }
    }

    @Test(arguments: ["plain/path.md", "a%20b", "%2F%3b%23", "%", "50%", "%G1", "%4", "%C3%A9t%C3%A9", "%c3%a9", "%E2%82",
                      "%E2%82%AC", "%ED%A0%80", "%F0%9F%94%A5", "%F4%90%80%80", "%F5%80%80%80", "%80", "%C0%AF", "%C3%28",
                      "Café%20Crème.md", "x%23y#z", ""])
    func decodeURIAgreesWithArrayReference(_ text: String) {
        #expect(URIDecoding.decodeURI(text) == Self.referenceDecodeURI(text))
    }

    /// `URIDecoding.decodeURI` as it was: on a copied array, reserved bytes in a Set.
    private static func referenceDecodeURI(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        let input = Array(text.utf8)
        let reserved = Set(";/?:@&=+$,#".utf8)
        func hex(_ index: Int) -> UInt8? {
            guard index + 2 < input.count, input[index] == UInt8(ascii: "%"),
                  let high = UInt8(String(decoding: input[(index + 1)...(index + 1)], as: UTF8.self), radix: 16),
                  let low = UInt8(String(decoding: input[(index + 2)...(index + 2)], as: UTF8.self), radix: 16) else { return nil }
            return high << 4 | low
        }
        var output: [UInt8] = []
        var index = 0
        while index < input.count {
            guard input[index] == UInt8(ascii: "%") else {
                output.append(input[index])
                index += 1
                continue
            }
            guard let first = hex(index) else { return nil }
            if first < 0x80 {
                output += reserved.contains(first) ? Array(input[index..<(index + 3)]) : [first]
                index += 3
                continue
            }
            let width = (0xC2...0xDF).contains(first) ? 2 : (0xE0...0xEF).contains(first) ? 3 : (0xF0...0xF4).contains(first) ? 4 : 0
            guard width > 0 else { return nil }
            var sequence = [first]
            for step in 1..<width {
                guard let next = hex(index + 3 * step), next & 0xC0 == 0x80 else { return nil }
                sequence.append(next)
            }
            guard String(validating: sequence, as: UTF8.self) != nil else { return nil }
            output += sequence
            index += 3 * width
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Lines with a non-ASCII byte at every offset of lines of several lengths: marked as
    /// such, and validated (eight ASCII bytes at a time) like the standard library does.
    @Test func wideLinesAgreeWithByteCheck() {
        for length in [0, 1, 7, 8, 9, 16, 23] {
            for position in 0..<max(1, length) {
                for high: UInt8 in [0x41, 0x80, 0xC3, 0xFF] {
                    var line = [UInt8](repeating: 0x62, count: length)
                    if length > 0 { line[position] = high }
                    let bytes = Array("first\n".utf8) + line + Array("\nlast".utf8)
                    let source = SourceText(bytes: bytes)
                    #expect(source.isASCII == !bytes.contains { $0 >= 0x80 }, "\(length) \(position) \(high)")
                    let firstInvalid = (1...source.lineCount).first { line in
                        String(validating: bytes[source.lineRange(line)], as: UTF8.self) == nil
                    }
                    #expect(source.firstInvalidUTF8Line == firstInvalid, "\(length) \(position) \(high)")
                }
            }
        }
    }

    @Test(arguments: texts + ["300", " 300 ", "300x200", " 300 x 200 ", "300px", "x300", "0x0", "\u{00A0}300", "３００", "300\u{301}",
                              "Diagram", "-300", "+300", "30 0", "12x", "x", "\t42\n"])
    func sizeShortcutAgreesWithGeneralParse(_ text: String) {
        #expect(WikilinkSyntax.parseSize(text) == WikilinkSyntax.parseSizeWithoutShortcut(text))
    }

    /// Embeds whose display part has no `|` skip the split: same size and alias as with one.
    @Test(arguments: ["![[a.png|300]]", "![[a.png| 300 x 200 ]]", "![[a.png|Diagram]]", "![[a.png|Diagram|300]]", "![[a.png|300|]]",
                      "![[a.png|\u{00A0}300]]", "![[a.png|3\u{301}00]]", "![[a.png||300]]", "![[a.png|a|\u{301}300]]", "[[a|300]]"])
    func embedPartsWithoutBarAgreeWithSplit(_ text: String) {
        let note = NoteParser.parse(path: "N.md", bytes: Array((text + "\n").utf8))
        let link = note.links[0]
        let content = String(text.drop { $0 != "|" }.dropFirst().dropLast(2))
        var alias: String? = trim(Substring(content))
        var size: EmbedSize?
        if link.syntax == .wikiEmbed, let display = alias {
            let pieces = display.split(separator: "|", omittingEmptySubsequences: false)
            if let last = pieces.last, let parsed = WikilinkSyntax.parseSizeWithoutShortcut(last) {
                size = parsed
                let rest = pieces.dropLast().joined(separator: "|")
                alias = rest.isEmpty ? nil : trim(Substring(rest))
            }
        }
        #expect(link.size == size, "\(text)")
        #expect(link.alias == alias, "\(text)")
    }

    /// Dates written as ten bytes read as the padded general form does, at both ends of the
    /// years it covers and past them.
    @Test(arguments: [(2026, 12, 4), (1, 1, 1), (0, 1, 31), (999, 10, 9), (9999, 12, 31), (10_000, 1, 1), (-44, 3, 15),
                      (2024, 2, 29), (1970, 1, 1)])
    func dateDescriptionMatchesPaddedForm(year: Int, month: Int, day: Int) throws {
        let date = try #require(CivilDate(year: year, month: month, day: day))
        #expect(date.description == date.paddedDescription)
        if (0...9999).contains(year) { #expect(date.description.utf8.count == 10) }
    }
}
