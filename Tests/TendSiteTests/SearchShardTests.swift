import Foundation
import Testing
@testable import TendSite

/// The index files are built from term bytes, flat posting arrays and byte comparisons; they
/// must be byte for byte those of the plain String-and-Dictionary way of building them
/// (`ReferenceSearchFiles`), whatever the terms' letters.
struct SearchShardTests {
    /// Words that land in many buckets and shards: ASCII, Latin-1, other scripts, combining
    /// marks, case changes that lengthen a word, digits and symbols between letters.
    static let vocabulary = [
        "deploy", "Deploy", "rollback", "db", "db2", "42", "x1", "zebra", "alpha", "beta", "über", "Über", "uber",
        "éa", "èb", "àz", "Ärger", "ärger", "ß", "ßa", "ÿes", "café", "cafe\u{301}", "naïve", "日本語", "テキスト",
        "Ελληνικά", "Привет", "한국어", "İstanbul", "ǅemal", "2ème", "a×b", "µm", "\u{212B}ngström", "ﬁx", "K\u{212A}",
        "1️⃣", "#️⃣ keycap", "emoji👍🏽end", "x<\u{338}y", "𝔘nicode", "ÀÉÎÕÜ", "Þorn", "ÐÆØ", "aé", "éé", "e\u{301}e",
    ]

    static func documents(count: Int, seed: UInt64) -> [SearchIndex.Document] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        func words(_ count: Int) -> String {
            (0..<count).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " ")
        }
        return (0..<count).map { number in
            let body = "<p>" + words(next(30)) + "</p><h2>" + words(2) + "</h2><p>" + words(next(60)) + "</p>"
            return SearchIndex.Document(url: "n\(number)/", title: words(1 + next(3)), path: "f\(next(4))/n\(number).md",
                                        headings: [words(2)], bodyHTML: Array(body.utf8))
        }
    }

    @Test(arguments: [1, 7, 250, 600])
    func filesAreThoseOfTheReference(count: Int) {
        let documents = Self.documents(count: count, seed: UInt64(count))
        let files = SearchIndex.files(for: documents)
        let reference = ReferenceSearchFiles.files(for: documents)
        #expect(files.map(\.0) == reference.map(\.0))
        for (file, expected) in zip(files, reference) {
            #expect(Array(file.1.utf8) == Array(expected.1.utf8), "\(file.0)")
        }
    }

    /// Postings are put in order a byte of the score at a time: scores past 255 and past
    /// 65,535 (a word many times in a title) need the second and third byte, ties the page order.
    @Test func largeAndTiedScoresAreOrderedAsByTheReference() {
        let repeats = [1, 3, 700, 2, 3, 300, 1, 700, 5, 0, 256, 655, 656]
        let documents = repeats.enumerated().map { number, count in
            SearchIndex.Document(url: "n\(number)/", title: Array(repeating: "alpha", count: count).joined(separator: " ") + " beta",
                                 path: "n\(number).md", headings: ["alpha"], bodyHTML: Array("<p>alpha gamma</p>".utf8))
        }
        let files = SearchIndex.files(for: documents)
        let reference = ReferenceSearchFiles.files(for: documents)
        #expect(files.map(\.0) == reference.map(\.0))
        for (file, expected) in zip(files, reference) { #expect(file.1 == expected.1, "\(file.0)") }
        #expect(files.contains { $0.1.contains("\"alpha\":[2,70011,7,70011,") })
    }

    /// Some shard collects terms from more than one bucket (so its parts are joined), and
    /// some term has more than the kept number of postings: the documents above reach both.
    @Test func theSpecialCasesAreReached() {
        var bucketsOfShard: [String: Set<Int>] = [:]
        for word in Self.vocabulary {
            SearchTerms.forEach(in: word) { term in
                bucketsOfShard[ShardName(of: term).text, default: []].insert(TermScores.bucket(ofFirstByte: term[0]))
            }
        }
        #expect(bucketsOfShard["__", default: []].count > 1)
        let files = SearchIndex.files(for: Self.documents(count: 600, seed: 600))
        #expect(files.contains { $0.0 == "search/terms/__.json" })
        let longest = files.filter { $0.0.hasPrefix("search/terms/") }.map { $0.1.split(separator: "]").map { $0.split(separator: ",").count }.max() ?? 0 }.max() ?? 0
        #expect(longest >= 2 * SearchIndex.postingsPerTerm)
    }

    @Test func postingKeysSortBestScoreFirstThenLowestPage() {
        let postings: [(doc: Int, score: Int32)] = [(3, 9), (1, 9), (2, 110), (0, 1), (7, 0), (5, 100_000_000)]
        let sorted = postings.map { PostingKey.make(doc: $0.doc, score: $0.score) }.sorted()
        #expect(sorted.map(PostingKey.doc) == [5, 2, 1, 3, 0, 7])
        #expect(sorted.map(PostingKey.score) == [100_000_000, 110, 9, 9, 1, 0])
    }
}
