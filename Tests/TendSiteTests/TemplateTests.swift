import Testing
@testable import TendSite

/// The Mustache engine on the forms the site templates use.
struct TemplateTests {
    private func render(_ templates: [String: String], _ context: TemplateValue, name: String = "main") throws -> String {
        try Self.render(templates, context, name: name)
    }

    /// Parses `templates` (name → text) and renders `name` with `context` (other suites too).
    static func render(_ templates: [String: String], _ context: TemplateValue, name: String = "main") throws -> String {
        var parsed: [String: Template] = [:]
        for (key, text) in templates { parsed[key] = try Template(text) }
        return TemplateRenderer(templates: parsed).render(name, context)
    }

    @Test(arguments: [
        ("{{a}} {{{b}}} {{&b}}", "&lt;x&gt; <y> <y>"),
        ("{{#list}}[{{.}}]{{/list}}", "[1][2]"),
        ("{{#obj}}{{name}}/{{top}}{{/obj}}", "inner/T"),
        ("{{#obj}}{{.top}}{{/obj}}", ""),
        ("{{^missing}}none{{/missing}}{{^list}}x{{/list}}", "none"),
        ("{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}", "no"),
        ("{{obj.name}}", "inner"),
        ("{{#empty(blank)}}e{{/empty(blank)}}{{^empty(list)}}full{{/empty(list)}}", "efull"),
        ("{{#equalzero(zero)}}0{{/equalzero(zero)}}", "0"),
        ("a{{! a comment }}b", "ab"),
        ("{{#blank}}empty strings are true{{/blank}}", "empty strings are true"),
        // A section on text or a number runs inside it (swift-mustache does so), on `true`
        // in the current context.
        ("{{#a}}[{{.}}]{{/a}}{{#zero}}({{.}}){{/zero}}", "[&lt;x&gt;](0)"),
        ("{{#obj}}{{#yes}}{{name}}{{/yes}}{{/obj}}", "inner"),
        ("{{#a}}{{top}}{{/a}}", "T"),
    ])
    func forms(template: String, expected: String) throws {
        let context: TemplateValue = [
            "a": "<x>", "b": "<y>", "list": [1, 2], "obj": ["name": "inner"], "top": "T",
            "flag": false, "blank": "", "zero": 0, "yes": true,
        ]
        #expect(try render(["main": template], context) == expected)
    }

    /// A page's template printed in the layout's `{{{body}}}` slot gives the bytes of
    /// rendering it first and handing it to the layout as `body`, whatever the layout does
    /// around the slot; a layout that uses `body` otherwise gets the value.
    @Test(arguments: [
        ("<main>{{#page}}<h1>{{title}}</h1>{{{body}}}{{/page}}</main>{{{body}}}", true),
        ("{{#page}}{{#inner}}{{{body}}}{{/inner}}{{/page}}|{{&body}}", true),
        ("{{#body}}<main>{{{body}}}</main>{{/body}}", false),
        ("{{^empty(body)}}{{{body}}}{{/empty(body)}}", false),
        ("<pre>{{body}}</pre>", false),
    ])
    func pageBodyInTheLayout(layout: String, slot: Bool) throws {
        let templates = ["layout": layout, "note": "<p>{{title}} & {{.title}}</p>{{#page}}[{{title}}]{{/page}}"]
        let context: TemplateValue = ["title": "Root", "page": ["title": "Page", "inner": ["body": "own <b>"]]]
        let (renderer, expected) = try expectPageAsBefore(templates, context)
        #expect(renderer.program.bodyIsOnlyPrinted == slot)
        // The page's template sees the root context, not the section around the slot.
        #expect(String(decoding: expected, as: UTF8.self).contains(layout.hasPrefix("<pre>") ? "&lt;p&gt;Root &amp; Root&lt;/p&gt;[Page]" : "<p>Root & Root</p>[Page]"))
    }

    /// A `body` at the root is replaced by the page's template, and the template's recursive
    /// partials get as many levels as when it was rendered on its own.
    @Test func pageBodyAsBeforeWithARootBodyAndDeepPartials() throws {
        var nested: TemplateValue = ["n": []]
        for _ in 0..<70 { nested = ["n": [nested]] }
        let templates = ["layout": "{{>wrap}}", "wrap": "<main>\n  {{{body}}}\n</main>", "note": "{{#n}}{{>node}}{{/n}}",
                         "node": "x{{#n}}{{>node}}{{/n}}"]
        var context = nested
        let (_, deep) = try expectPageAsBefore(templates, context)
        #expect(deep.filter { $0 == UInt8(ascii: "x") }.count == 64)
        context.set("body", "stale")
        let (_, replaced) = try expectPageAsBefore(templates, context)
        #expect(!String(decoding: replaced, as: UTF8.self).contains("stale"))
    }

    /// Renders `note` in `layout` both ways (the slot, and `body` set in the context first),
    /// expects the same bytes, and returns the renderer and those bytes.
    private func expectPageAsBefore(_ templates: [String: String], _ context: TemplateValue,
                                    sourceLocation: SourceLocation = #_sourceLocation) throws -> (TemplateRenderer, [UInt8]) {
        var parsed: [String: Template] = [:]
        for (key, text) in templates { parsed[key] = try Template(text) }
        let renderer = TemplateRenderer(templates: parsed)
        var withBody = context
        withBody.set("body", .utf8(renderer.renderBytes("note", context)))
        let expected = renderer.renderBytes("layout", withBody)
        #expect(renderer.renderPageBytes("note", layout: "layout", context) == expected, sourceLocation: sourceLocation)
        return (renderer, expected)
    }

    @Test func standaloneTagsTakeTheirLine() throws {
        let template = "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n</ul>\n"
        #expect(try render(["main": template], ["items": ["a", "b"]]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
    }

    @Test func recursivePartials() throws {
        let tree: TemplateValue = ["nodes": [["name": "a", "children": [["name": "b", "children": []]]]]]
        let output = try render(["main": "{{#nodes}}{{>node}}{{/nodes}}", "node": "({{name}}{{#children}}{{>node}}{{/children}})"], tree)
        #expect(output == "(a(b))")
    }

    @Test func indentedPartialsIndentEveryLineButAfterCRLF() throws {
        let templates = ["main": "<ul>\n  {{>items}}\n</ul>\n", "items": "<li>a</li>\n<li>b</li>\r\n<li>c</li>\n"]
        // A "\r\n" is one character to Swift's `String`, which the engine used to work on:
        // the line after it kept no indent, and the byte renderer keeps that.
        #expect(try render(templates, [:]) == "<ul>\n  <li>a</li>\n  <li>b</li>\r\n<li>c</li>\n</ul>\n")
    }

    @Test func bytesBehaveLikeTheSameText() throws {
        let template = "{{a}}|{{{a}}}|{{#empty(a)}}e{{/empty(a)}}{{^empty(a)}}full{{/empty(a)}}|{{#none}}x{{/none}}{{^empty(none)}}y{{/empty(none)}}"
        let asString = try render(["main": template], ["a": "<b>", "none": ""])
        let asBytes = try render(["main": template], ["a": .utf8(Array("<b>".utf8)), "none": .utf8([])])
        #expect(asString == "&lt;b&gt;|<b>|full|x")
        #expect(asBytes == asString)
    }

    /// An object names each key once (a literal naming one twice is a mistake, as in a Swift
    /// dictionary literal, and a debug build stops at it): setting a key replaces its value.
    @Test func settingAKeyReplacesItsValue() throws {
        var context: TemplateValue = ["a": "first", "b": "b"]
        #expect(try render(["main": "{{a}}{{b}}"], context) == "firstb")
        context.set("a", "second")
        context.set("b", "c")
        context.set("d", "d")
        #expect(try render(["main": "{{a}}{{b}}{{d}}"], context) == "secondcd")
    }

    @Test(arguments: [
        ("line one\n{{#open}}\nnever closed", 2, "section `open` is never closed"),
        ("{{#a}}\n{{/b}}", 2, "`{{/b}}` closes `a`, opened on line 1"),
        ("x\ny {{name", 2, "`{{` is never closed"),
        ("{{/a}}", 1, "`{{/a}}` closes no section"),
    ])
    func errorsNameTheLine(template: String, line: Int, message: String) {
        do {
            _ = try Template(template)
            Issue.record("\(template) should not parse")
        } catch {
            #expect(error.line == line)
            #expect(error.message.hasPrefix(message), "\(error.message)")
        }
    }
}

struct HeadingLabelTests {
    @Test(arguments: [
        ("Plain heading", "Plain heading"),
        ("See [[Target]] here", "See Target here"),
        ("Go to [[Note#Part|the part]]", "Go to the part"),
        ("A ==marked== word", "A marked word"),
        ("A %%secret%% B", "A  B"),
        ("Title ^h1", "Title"),
        ("x^2 stays", "x^2 stays"),
    ])
    func readerText(plain: String, label: String) {
        #expect(HeadingLabel.text(plain) == label)
    }
}

struct InlineFootnoteTests {
    private func rewrite(_ text: String) -> String {
        String(decoding: InlineFootnotes.rewrite(Array(text.utf8)), as: UTF8.self)
    }

    @Test func becomeOrdinaryFootnotesAfterTheText() {
        #expect(rewrite("text ^[an inline **note**] done.\nnext") ==
                "text [^tend-inline-1] done.\nnext\n\n[^tend-inline-1]: an inline **note**\n")
        #expect(rewrite("nested ^[a [b] c] end") == "nested [^tend-inline-1] end\n\n[^tend-inline-1]: a [b] c\n")
    }

    @Test func codeIsLeftAlone() {
        #expect(rewrite("`^[code]` and \\^[escaped]") == "`^[code]` and \\^[escaped]")
        #expect(rewrite("```\n^[fenced]\n```") == "```\n^[fenced]\n```")
        #expect(rewrite("no footnote ^[] here") == "no footnote ^[] here")
        #expect(rewrite("a ^[n]\n```\nopen") == "a [^tend-inline-1]\n```\nopen\n```\n\n[^tend-inline-1]: n\n")
    }
}
