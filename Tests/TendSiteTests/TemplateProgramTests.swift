import Foundation
import Testing
@testable import TendSite

/// Templates are compiled into flat ops with jumps, partials linked once, and literal text
/// in one shared buffer (`TemplateProgram.swift`); printed strings are read where the
/// context stores them (`TemplateValue.printedText`). These renders go wrong if a jump,
/// a link, a text range or a stored address is off.
struct TemplateProgramTests {
    private func render(_ templates: [String: String], _ context: TemplateValue, name: String = "main") throws -> String {
        try TemplateTests.render(templates, context, name: name)
    }

    @Test func nestedAndSiblingSectionsJumpPastTheirEnds() throws {
        let template = "<{{#a}}A{{#b}}B{{^c}}!c{{/c}}{{/b}}a{{/a}}|{{^a}}not a{{/a}}|{{#c}}C{{/c}}{{^b}}not b{{/b}}>"
        #expect(try render(["main": template], ["a": true, "b": [1, 2]]) == "<AB!cB!ca||>")
        #expect(try render(["main": template], ["c": true]) == "<|not a|Cnot b>")
        #expect(try render(["main": "{{#a}}{{/a}}{{^a}}{{/a}}end"], [:]) == "end")
    }

    @Test func partialsLinkToTemplatesCompiledBeforeAndAfterThem() throws {
        // Templates compile in name order: "a" comes before "main", "z" after it.
        let templates = ["main": "{{>a}}-{{>z}}-{{>missing}}.", "a": "A{{>z}}", "z": "Z"]
        #expect(try render(templates, [:]) == "AZ-Z-.")
        #expect(try render(templates, [:], name: "a") == "AZ")
        #expect(try render(templates, [:], name: "missing") == "")
    }

    @Test func aPartialThatIncludesItselfStopsAtDepth64() throws {
        let output = try render(["main": "x{{>main}}"], [:])
        #expect(output == String(repeating: "x", count: 65))
    }

    @Test func partialIndentsAreTheirOwnTextInEachTemplate() throws {
        let templates = ["main": "a\n  {{>p}}\n\t{{>p}}\nb", "p": "1\n2\n"]
        #expect(try render(templates, [:]) == "a\n  1\n  2\n\t1\n\t2\nb")
    }

    @Test(arguments: [
        // 15 bytes are held inside a string, 16 bytes are stored outside it.
        String(repeating: "a", count: 15), String(repeating: "b", count: 16),
        "<short & \"q\">", "<" + String(repeating: "long & escaped ", count: 8) + ">", "ünïcödé ✓ text, long enough", "",
    ])
    func stringsPrintTheSameFromEveryStorage(text: String) throws {
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        let template = "{{s}}|{{{s}}}|{{b}}|{{&b}}"
        // Many values, so that the output buffer grows while addresses into the context are read.
        let list: TemplateValue = .list(Array(repeating: ["s": .string(text), "b": .utf8(Array(text.utf8))], count: 300))
        let once = "\(escaped)|\(text)|\(escaped)|\(text)"
        #expect(try render(["main": template], ["s": .string(text), "b": .utf8(Array(text.utf8))]) == once)
        #expect(try render(["main": "{{#list}}\(template){{/list}}"], ["list": list]) == String(repeating: once, count: 300))
    }

    @Test func numbersFlagsAndContainersPrintAsBefore() throws {
        let context: TemplateValue = ["n": -42, "big": .int(Int.max), "yes": true, "no": false, "list": [1], "obj": ["a": 1], "none": nil]
        #expect(try render(["main": "{{n}} {{big}} {{yes}} {{no}} [{{list}}{{obj}}{{none}}]"], context)
                    == "-42 9223372036854775807 true false []")
    }
}
