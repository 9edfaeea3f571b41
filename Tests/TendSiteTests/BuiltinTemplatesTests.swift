import Foundation
import Testing
@testable import TendSite

/// `Sources/TendSite/BuiltinTemplates.swift` must be exactly what `site-templates/` holds.
/// `make templates` (this test with TEND_RECORD_SNAPSHOTS=1) rewrites it.
struct BuiltinTemplatesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func generated() throws -> String {
        let folder = root.appendingPathComponent("site-templates")
        func files(_ subfolder: String, suffix: String) throws -> [(String, String)] {
            let url = subfolder.isEmpty ? folder : folder.appendingPathComponent(subfolder)
            return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(suffix) }.sorted().map {
                let text = try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)
                return (suffix == ".mustache" ? String($0.dropLast(suffix.count)) : $0, text)
            }
        }
        func literal(_ entries: [(String, String)]) -> String {
            entries.map { name, text in
                "        \"\(name)\": #####\"\"\"\n\(text)\n\"\"\"#####,\n"
            }.joined()
        }
        return """
            // Generated from site-templates/ by `make templates`. Do not edit.
            enum BuiltinTemplates {
                static let templates: [String: String] = [
            \(literal(try files("", suffix: ".mustache")))    ]
                static let assets: [String: String] = [
            \(literal(try files("assets", suffix: "")))    ]
            }

            """
    }

    @Test func builtinTemplatesMatchTheFolder() throws {
        let expected = try Self.generated()
        let file = Self.root.appendingPathComponent("Sources/TendSite/BuiltinTemplates.swift")
        if ProcessInfo.processInfo.environment["TEND_RECORD_SNAPSHOTS"] == "1" {
            try Data(expected.utf8).write(to: file)
            return
        }
        let actual = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected, "site-templates/ changed: run `make templates` and commit Sources/TendSite/BuiltinTemplates.swift")
    }

    @Test func everyTemplateParses() throws {
        _ = try TemplateSet(overrides: nil)
    }
}
