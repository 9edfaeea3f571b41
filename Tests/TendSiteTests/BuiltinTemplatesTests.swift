import Foundation
import Testing
@testable import TendSite

/// The generated `Sources/TendSite/Builtin*.swift` files must be exactly what `site-templates/`
/// holds: `BuiltinTemplates.swift` for the page templates, one `BuiltinAsset*.swift` per asset
/// (the stylesheet and the script are concepts of their own, and large), and a long asset's
/// runs of sections in `BuiltinAsset*+First…Last.swift` files of their own.
/// `make templates` (this test with TEND_RECORD_SNAPSHOTS=1) rewrites them.
struct BuiltinTemplatesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sources = root.appendingPathComponent("Sources/TendSite")

    static let header = "// Generated from site-templates/ by `make templates`. Do not edit.\n"

    /// `style.css` → `styleCss`: the Swift name of an asset's text.
    static func identifier(_ fileName: String) -> String {
        let words = fileName.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return words.enumerated().map { $0.offset == 0 ? $0.element.lowercased() : $0.element.capitalized }.joined()
    }

    /// Generated file name → contents.
    static func generated() throws -> [String: String] {
        let folder = root.appendingPathComponent("site-templates")
        func files(_ subfolder: String, suffix: String) throws -> [(String, String)] {
            let url = subfolder.isEmpty ? folder : folder.appendingPathComponent(subfolder)
            return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(suffix) }.sorted().map {
                let text = try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)
                return (suffix == ".mustache" ? String($0.dropLast(suffix.count)) : $0, text)
            }
        }
        func literal(_ text: String) -> String { "#####\"\"\"\n\(text)\n\"\"\"#####" }
        let templates = try files("", suffix: ".mustache").map { "        \"\($0.0)\": \(literal($0.1)),\n" }.joined()
        let assets = try files("assets", suffix: "")
        let assetEntries = assets.map { "        \"\($0.0)\": \(identifier($0.0)),\n" }.joined()
        var result = ["BuiltinTemplates.swift": """
            \(header)enum BuiltinTemplates {
                static let templates: [String: String] = [
            \(templates)    ]
                static let assets: [String: String] = [
            \(assetEntries)    ]
            }

            """]
        for (name, text) in assets {
            let id = identifier(name)
            let fileStem = "BuiltinAsset\(id.prefix(1).uppercased() + id.dropFirst())"
            let parts = sectionParts(text)
            guard parts.count > 1 else {
                result[fileStem + ".swift"] = """
                    \(header)extension BuiltinTemplates {
                        /// site-templates/assets/\(name)
                        static let \(id) = \(literal(text))
                    }

                    """
                continue
            }
            // A long asset is kept in several files, one run of its own sections each; the
            // asset is their concatenation, byte for byte.
            let names = parts.map { id + $0.name }
            result[fileStem + ".swift"] = """
                \(header)extension BuiltinTemplates {
                    /// site-templates/assets/\(name), from its parts (one file each).
                    static let \(id) = \(names.joined(separator: " + "))
                }

                """
            for (part, partName) in zip(parts, names) {
                result["\(fileStem)+\(part.name).swift"] = """
                    \(header)extension BuiltinTemplates {
                        /// site-templates/assets/\(name): \(part.sections)
                        static let \(partName) = \(literal(part.text))
                    }

                    """
            }
        }
        return result
    }

    /// Lines a generated file's text may have; a longer asset is split between sections.
    static let partLines = 380

    /// An asset's text cut into runs of whole sections (a section starts at a
    /// `/* ---------- Title ---------- */` line), each at most `partLines` long where the
    /// sections allow; one part when the text is short or has no sections.
    static func sectionParts(_ text: String) -> [(name: String, sections: String, text: String)] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > partLines else { return [(name: "", sections: "", text: text)] }
        // Sections as (title, lines); the lines before the first title belong to "Variables".
        var sections: [(title: String, lines: [Substring])] = [("Variables", [])]
        for line in lines {
            if line.hasPrefix("/* ---------- "), let end = line.range(of: " ----------", options: .backwards) {
                sections.append((String(line[line.index(line.startIndex, offsetBy: 14)..<end.lowerBound]), [line]))
            } else {
                sections[sections.count - 1].lines.append(line)
            }
        }
        var parts: [[(title: String, lines: [Substring])]] = [[]]
        for section in sections {
            let count = parts[parts.count - 1].reduce(0) { $0 + $1.lines.count }
            if count > 0 && count + section.lines.count > partLines { parts.append([]) }
            parts[parts.count - 1].append(section)
        }
        return parts.enumerated().map { index, part in
            let firstWord = { (title: String) in identifier(String(title.split(separator: " ").first ?? "")).capitalized }
            let name = firstWord(part.first!.title) + "To" + firstWord(part.last!.title)
            let body = part.flatMap(\.lines).joined(separator: "\n")
            // Every part but the last ends with the newline that led to the next one.
            return (name, part.map(\.title).joined(separator: ", "), index < parts.count - 1 ? body + "\n" : body)
        }
    }

    /// The generated files now in the source folder.
    static func existing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: sources.path)
            .filter { $0 == "BuiltinTemplates.swift" || ($0.hasPrefix("BuiltinAsset") && $0.hasSuffix(".swift")) }
    }

    @Test func builtinTemplatesMatchTheFolder() throws {
        let expected = try Self.generated()
        if ProcessInfo.processInfo.environment["TEND_RECORD_SNAPSHOTS"] == "1" {
            for stale in try Self.existing() where expected[stale] == nil {
                try FileManager.default.removeItem(at: Self.sources.appendingPathComponent(stale))
            }
            for (name, text) in expected { try Data(text.utf8).write(to: Self.sources.appendingPathComponent(name)) }
            return
        }
        #expect(Set(try Self.existing()) == Set(expected.keys), "site-templates/ changed: run `make templates` and commit Sources/TendSite/Builtin*.swift")
        for (name, text) in expected {
            let actual = try? String(contentsOf: Self.sources.appendingPathComponent(name), encoding: .utf8)
            #expect(actual == text, "site-templates/ changed: run `make templates` and commit Sources/TendSite/\(name)")
        }
    }

    /// The parts of the stylesheet put it back together exactly, and each is short.
    @Test func stylesheetPartsJoinToTheStylesheet() throws {
        let css = try String(contentsOf: Self.root.appendingPathComponent("site-templates/assets/style.css"), encoding: .utf8)
        let parts = Self.sectionParts(css)
        #expect(parts.count > 1)
        #expect(parts.map(\.text).joined() == css)
        for part in parts { #expect(part.text.split(separator: "\n", omittingEmptySubsequences: false).count <= Self.partLines + 1) }
        #expect(BuiltinTemplates.styleCss == css)
    }

    @Test func everyTemplateParses() throws {
        _ = try TemplateSet(overrides: nil)
    }
}
