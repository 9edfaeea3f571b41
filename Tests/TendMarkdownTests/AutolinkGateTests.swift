import CCmarkGFM
import Testing
@testable import TendMarkdown

/// Autolink is attached only to text that may hold a bare URL, a `www.` link or an email
/// (`AutolinkCharacters.mayHoldAutolink`): for every text the tree must be the one a parse
/// with autolink always attached gives.
struct AutolinkGateTests {
    static let texts = [
        "Plain text, no links at all.",
        "Visit www.example.org today.",
        "Visit WWW.EXAMPLE.ORG or wWw.example.org.",
        "See https://example.com/a?b=c and HTTP://EXAMPLE.COM.",
        "ftp://files.example.net/x and a scheme-less //example.com.",
        "Write to someone@example.com or mailto:someone@example.com.",
        "Chat at xmpp:someone@example.com/home.",
        "A colon: and words with w in them, www without a dot.",
        "Trailing www.",
        "(www.example.org) and *www.example.org* and ~~https://x.y~~.",
        "[text](https://example.com) and <https://example.com>.",
        "`www.example.org` in code and https://example.com in **bold**.",
        "| a | b |\n|---|---|\n| www.example.org | c@d.ef |\n",
        "Line one\nwww.example.org\nhttps://example.com\n",
    ]

    private func tree(_ text: String, always: Bool) -> String {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let extensions = [CmarkExtensions.table, CmarkExtensions.strikethrough, CmarkExtensions.autolink]
            guard let document = CmarkExtensions.parse(buffer, options: CMARK_OPT_SOURCEPOS, extensions: extensions,
                                                       alwaysAutolink: always),
                  let xml = cmark_render_xml(document, CMARK_OPT_SOURCEPOS) else { return "no document" }
            // The XML lives in the thread's parse arena, like the document: not freed here.
            return String(cString: xml)
        }
    }

    @Test(arguments: texts)
    func gatedParseGivesTheSameTree(_ text: String) {
        #expect(tree(text, always: false) == tree(text, always: true))
    }

    @Test func theGateSeesEveryKindOfAutolink() {
        let holds = Self.texts.map { text in Array(text.utf8).withUnsafeBufferPointer(AutolinkCharacters.mayHoldAutolink) }
        #expect(holds == [false, true, true, true, true, true, true, false, true, true, true, true, true, true])
        // The texts the gate lets through do get links: the comparison above is not empty.
        #expect(tree(Self.texts[1], always: false).contains("<link"))
        #expect(tree(Self.texts[5], always: false).contains("mailto:"))
    }
}
