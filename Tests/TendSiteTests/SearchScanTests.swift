import Foundation
import Testing
@testable import TendSite

/// The term scan's shortcuts: a byte table in place of the letter and digit tests, and the
/// term's hash worked out while lower-casing.
struct SearchScanTests {
    @Test func wordByteTableIsTheLetterAndDigitTest() {
        for value in 0..<256 {
            let byte = UInt8(value)
            let isWordByte = byte >= 0x80 || (byte | 0x20) &- 97 < 26 || byte &- 48 < 10
            let lowered = byte &- 65 < 26 ? byte + 32 : byte
            #expect(WordBytes.table[value] == (isWordByte ? lowered : 0), "byte \(value)")
        }
    }

    /// The hash handed over with each term is the table's hash of its bytes, on the ASCII,
    /// Latin-1 and Unicode paths and around markup alike.
    @Test(arguments: ["Plain ASCII text, with punctuation: a-b c_d 42x!", "Degraded café promotes BLUE migration",
                      "cafe\u{301} au lait", "naïve—ok→done 🚀 emoji👍🏽end", "日本語のテキスト and Ελληνικά",
                      "İstanbul ǅemal ß", "ÀÉÎÕÜ Þorn ÐÆØ Müller ßß ÿÿ Ÿx ×÷ a×b µm 2ème", "1️⃣ #️⃣ keycaps",
                      "<p class=\"x\">Caf&eacute; <b>Bold</b>&amp;ok &amp no&#8212;way a<b>b</b> <unclosed tail"])
    func hashesAreThoseOfTheTermBytes(text: String) {
        var copy = text
        var terms: [[UInt8]] = []
        copy.withUTF8 { bytes in
            SearchTerms.forEachHashed(in: bytes, skippingMarkup: true) { term, hash in
                terms.append(Array(term))
                #expect(hash == TermTable.hash(term), "\(String(decoding: term, as: UTF8.self))")
            }
        }
        var plain: [[UInt8]] = []
        copy.withUTF8 { bytes in SearchTerms.forEach(in: bytes, skippingMarkup: true) { plain.append(Array($0)) } }
        #expect(terms == plain)
    }

    @Test func termScoresListEveryTermOnceWithItsScore() {
        let scores = SearchIndex.scores(title: "Über Deploy", headings: ["zebra 42"], bodyHTML: Array("<p>über deploy ok</p>".utf8))
        let byTerm = Dictionary(uniqueKeysWithValues: scores.map { ($0.term, $0.score) })
        #expect(byTerm == ["über": 101, "deploy": 101, "zebra": 10, "42": 10, "ok": 1])
        #expect(scores.count == 5)
    }
}
