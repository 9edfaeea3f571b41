import Testing
@testable import TendSite

/// Templates are compiled into flat ops with jumps, partials linked once, and literal text
/// in one shared buffer (`TemplateProgram.swift`). These renders go wrong if a jump, a link
/// or a text range is off.
struct TemplateProgramTests {
    private func render(_ templates: [String: String], _ context: TemplateValue, name: String = "main") throws -> String {
        var parsed: [String: Template] = [:]
        for (key, text) in templates { parsed[key] = try Template(text) }
        return TemplateRenderer(templates: parsed).render(name, context)
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
}
