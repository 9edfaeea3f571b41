import Testing
import TendVault
@testable import TendSite

/// The renderer reads names where the context stores them (`TemplateValueAddress.swift`):
/// these renders would print wrong or stale text if an address pointed at the wrong field
/// or outlived what it points into.
struct TemplateLookupTests {
    private func render(_ template: String, _ context: TemplateValue) throws -> String {
        TemplateRenderer(templates: ["main": try Template(template)]).render("main", context)
    }

    @Test func namesInNestedListsAndObjectsResolveInnermostFirst() throws {
        // Long strings live on the heap, where a dangling address would show.
        let long = String(repeating: "outer-value-", count: 4)
        let context: TemplateValue = [
            "name": .string(long), "shared": "top",
            "rows": [["name": "row one with a long name", "cells": [["name": "cell a"], ["other": "x"]]],
                     ["cells": [["name": "cell b"]]]],
        ]
        let output = try render("{{#rows}}[{{name}}:{{#cells}}({{name}}|{{.name}}|{{shared}}){{/cells}}]{{/rows}}", context)
        #expect(output == "[row one with a long name:(cell a|cell a|top)(row one with a long name||top)]"
                    + "[\(long):(cell b|cell b|top)]")
    }

    @Test func dottedNamesAndTransformsReadInPlace() throws {
        let context: TemplateValue = ["a": ["b": ["c": "deep"], "n": 0, "list": []], "flag": true]
        let output = try render("{{a.b.c}}/{{a.b.missing}}/{{empty(a.list)}}/{{equalzero(a.n)}}/{{empty(none)}}/{{flag}}/{{a.n}}", context)
        #expect(output == "deep//true/true/true/true/0")
        #expect(try render("{{#a}}{{#b}}{{c}}{{/b}}{{/a}}{{^empty(a.list)}}x{{/empty(a.list)}}{{#unknown(a)}}u{{/unknown(a)}}", context) == "deep")
    }

    /// A name remembers the field where it was found last (`TemplateProgram.Tables.address`):
    /// objects of other shapes, in any order and on one renderer used again, must still give
    /// their own field, or none (then the enclosing object's).
    @Test func aNameFoundInOneShapeIsFoundInAnother() throws {
        let renderer = TemplateRenderer(templates: ["main": try Template("{{#items}}{{a}},{{b}};{{/items}}")])
        let items: [TemplateValue] = [["a": "1", "b": "2"], ["b": "3", "a": "4"], ["c": "5"], ["x": "0", "y": "0", "a": "6"],
                                      ["a": "7", "b": "8"], ["b": "9"]]
        #expect(renderer.render("main", ["a": "R", "b": "S", "items": .list(items)]) == "1,2;4,3;R,S;6,S;7,8;R,9;")
        #expect(renderer.render("main", ["items": .list(items.reversed())]) == ",9;7,8;6,;,;4,3;1,2;")
        #expect(renderer.render("main", ["b": "S", "items": [["b": "b"], ["a": "a", "b": "c"]]]) == ",b;a,c;")
    }

    @Test func aFieldSetAfterBuildingIsFound() throws {
        var context: TemplateValue = ["page": ["title": "T"]]
        context.set("body", .utf8(Array("<p>long body text, more than fifteen bytes</p>".utf8)))
        #expect(try render("{{page.title}}{{{body}}}", context) == "T<p>long body text, more than fifteen bytes</p>")
    }

    /// Folder pages show only a note's review state; it must be the state the note page shows.
    @Test func theReviewStateNameIsTheSummarysState() throws {
        let due = try #require(CivilDate(year: 2026, month: 1, day: 2))
        let states: [ReviewState] = [.fresh(due: due), .dueSoon(due: due, days: 3), .overdue(due: due, days: 4), .missingDate, .inFuture]
        for state in states {
            #expect(ReviewSummary.stateName(state) == ReviewSummary(state: state, asOf: due).state)
        }
    }
}
