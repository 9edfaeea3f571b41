import Foundation
import Testing
@testable import TendSite

/// The generated `Sources/TendSite/Builtin*.swift` files must be exactly what `site-templates/`
/// holds: `BuiltinTemplates.swift` for the page templates, one `BuiltinAsset*.swift` per asset
/// (the stylesheet and the script are concepts of their own, and large).
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
            result["BuiltinAsset\(id.prefix(1).uppercased() + id.dropFirst()).swift"] = """
                \(header)extension BuiltinTemplates {
                    /// site-templates/assets/\(name)
                    static let \(id) = \(literal(text))
                }

                """
        }
        return result
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

    @Test func everyTemplateParses() throws {
        _ = try TemplateSet(overrides: nil)
    }
}
