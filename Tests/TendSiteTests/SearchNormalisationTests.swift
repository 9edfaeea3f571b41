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

    @Test(arguments: ["cafe\u{301}", "\u{212B}ngstr\u{F6}m", "\u{1100}\u{1161}", "a\u{0374}", "\u{2126}"])
    func textThatNormalisationChangesIsNormalised(text: String) {
        #expect(!isNFCWithoutChecking(text))
        var terms: [String] = []
        SearchIndex.forEachTerm(text) { terms.append($0) }
        for term in terms { #expect(term.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(term.unicodeScalars)) }
    }
}
