import Foundation
import Testing
@testable import TendSite
import TendVault

/// Search terms are NFC whichever way the text was written; the shortcut past Foundation's
/// normalisation must never keep a string that normalisation would change.
struct SearchNormalisationTests {
    @Test(arguments: ["café", "naïve — ok → done 🚀", "日本語のテキスト", "한국어", "Ελληνικά", "Привет", "emoji 👍🏽"])
    func composedTextTakesTheShortcut(text: String) {
        #expect(isNFCWithoutChecking(text))
        #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars))
    }

    @Test(arguments: ["cafe\u{301}", "\u{212B}ngstr\u{F6}m", "\u{1100}\u{1161}", "a\u{0374}", "\u{2126}",
                      "e\u{300}", "x\u{2FF}e\u{300}", "\u{0340}"])
    func textThatNormalisationChangesIsNormalised(text: String) {
        #expect(!isNFCWithoutChecking(text))
        var terms: [String] = []
        SearchTerms.forEach(in: text) { terms.append(String(decoding: $0, as: UTF8.self)) }
        for term in terms { #expect(term.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(term.unicodeScalars)) }
    }

    /// The byte scan sends only words with non-ASCII bytes down the Unicode path; the terms
    /// must be exactly those of the Unicode path run over the whole text.
    @Test(arguments: ["Plain ASCII text, with punctuation: a-b c_d 42x!", "Degraded café promotes BLUE migration",
                      "cafe\u{301} au lait", "x<\u{338}y and =\u{338}z", "naïve—ok→done 🚀 emoji👍🏽end",
                      "日本語のテキスト and Ελληνικά", "İstanbul ǅemal ß", "A", "é", "aé", "\u{301}ab", "",
                      "ÀÉÎÕÜ Þorn ÐÆØ Müller ßß ÿÿ Ÿx ×÷ a×b µm 2ème", "É\u{301}t\u{E9}", "ÀÀ\u{300}"])
    func byteScanFindsTheTermsOfTheUnicodePath(text: String) {
        var fast: [String] = []
        SearchTerms.forEach(in: text) { fast.append(String(decoding: $0, as: UTF8.self)) }
        var reference: [String] = []
        SearchTerms.unicodeTerms(text) { reference.append($0) }
        #expect(fast == reference)
    }

    /// In HTML, tags and character references end a word and are never indexed.
    @Test func markupIsSkipped() {
        var terms: [String] = []
        let html = "<p class=\"x\">Caf&eacute; <b>Bold</b>&amp;ok &amp no&#8212;way a<b>b</b> <unclosed tail"
        var copy = html
        copy.withUTF8 { SearchTerms.forEach(in: $0, skippingMarkup: true) { terms.append(String(decoding: $0, as: UTF8.self)) } }
        #expect(terms == ["caf", "bold", "ok", "amp", "no", "way"])
    }

    /// 100 per title hit, 10 per heading hit, body hits counted up to 9.
    @Test func scoresWeighTitleHeadingsAndBody() {
        let body = "<p>" + String(repeating: "deploy ", count: 12) + "Rollback</p>"
        let scores = SearchIndex.scores(title: "Deploy", headings: ["Deploy steps"], bodyHTML: Array(body.utf8))
        let byTerm = Dictionary(uniqueKeysWithValues: scores.map { ($0.term, $0.score) })
        #expect(byTerm == ["deploy": 119, "steps": 10, "rollback": 1])
    }
}
