import Foundation
import TendLint
import TendVault

/// The search index: a small list of pages, and term postings split into shards by the
/// term's first two characters, so a browser fetches only the shards of the words typed
/// (format in `site-templates/README.md`).
public struct SearchIndex: Sendable {
    /// Postings kept per term, best first.
    static let postingsPerTerm = 100

    /// What search knows of one page. The term scores are worked out once, when the page is
    /// rendered: `tend serve` writes the index again after every change from kept documents.
    public struct Document: Sendable {
        var url: String
        var title: String
        var path: String
        var headings: [String]
        /// Weighted term counts (see `scores(title:headings:bodyHTML:)`), in no particular order.
        var scores: [(term: String, score: Int)]

        /// `bodyHTML` is the rendered page body; its tags and character references are skipped.
        init(url: String, title: String, path: String, headings: [String], bodyHTML: String) {
            self.url = url
            self.title = title
            self.path = path
            self.headings = headings
            scores = SearchIndex.scores(title: title, headings: headings, bodyHTML: bodyHTML)
        }
    }

    /// Term counts of one page, weighted: 100 per title hit, 10 per heading hit, body hits up to 9.
    static func scores(title: String, headings: [String], bodyHTML: String) -> [(term: String, score: Int)] {
        // Three counters packed in one Int: title << 40, headings << 20, body.
        var counts = TermCounter()
        SearchTerms.forEach(in: title) { counts.add($0, weight: 1 << 40) }
        for heading in headings { SearchTerms.forEach(in: heading) { counts.add($0, weight: 1 << 20) } }
        var html = bodyHTML
        html.withUTF8 { bytes in SearchTerms.forEach(in: bytes, skippingMarkup: true) { counts.add($0, weight: 1) } }
        return counts.map { packed in
            let title = packed >> 40, headings = (packed >> 20) & 0xFFFFF, body = packed & 0xFFFFF
            return 100 * title + 10 * headings + min(body, 9)
        }
    }

    /// `über` → `_b`: each of the first two characters kept when `a-z0-9`, else `_`.
    static func shard(of term: String) -> String {
        var result = ""
        for scalar in term.unicodeScalars.prefix(2) {
            let value = scalar.value
            result.append((97...122).contains(value) || (48...57).contains(value) ? Character(scalar) : "_")
        }
        return result
    }

    /// `docs.json` and the shards, as file name → contents.
    ///
    /// Terms are merged per bucket (the term's first byte) on all cores: each document's
    /// terms are split into buckets first, then each bucket gathers its postings and writes
    /// its shards independently.
    static func files(for documents: [Document]) -> [(String, String)] {
        let bucketCount = 64
        let perDocument: [[[(String, Int)]]] = ParallelMap.map(Array(documents.indices)) { doc in
            var buckets = [[(String, Int)]](repeating: [], count: bucketCount)
            for (term, score) in documents[doc].scores {
                buckets[Int(term.utf8.first ?? 0) % bucketCount].append((term, score))
            }
            return buckets
        }
        let shardFiles: [[(String, String)]] = ParallelMap.map(Array(0..<bucketCount)) { bucket in
            var postings: [String: [(doc: Int, score: Int)]] = [:]
            for (doc, buckets) in perDocument.enumerated() {
                for (term, score) in buckets[bucket] { postings[term, default: []].append((doc, score)) }
            }
            var shards: [String: [(String, ArraySlice<(doc: Int, score: Int)>)]] = [:]
            for (term, list) in postings {
                let best = list.sorted { $0.score != $1.score ? $0.score > $1.score : $0.doc < $1.doc }.prefix(postingsPerTerm)
                shards[shard(of: term), default: []].append((term, best))
            }
            return shards.map { name, terms in
                var text = "{"
                for (index, (term, list)) in terms.sorted(by: { $0.0 < $1.0 }).enumerated() {
                    if index > 0 { text += "," }
                    text += JSONString.quote(term) + ":["
                    var first = true
                    for posting in list {
                        if !first { text += "," }
                        first = false
                        text += String(posting.doc)
                        text += ","
                        text += String(posting.score)
                    }
                    text += "]"
                }
                return ("search/terms/\(name).json", text + "}\n")
            }
        }
        // One shard name can collect terms from several buckets only if its first character
        // is not ASCII (`_`): those are merged into one object here.
        var byName: [String: [String]] = [:]
        for (name, text) in shardFiles.joined() { byName[name, default: []].append(text) }
        var files: [(String, String)] = []
        // Pages as [url, title, folder index]: folder paths are listed once, not per page.
        var folderIndex: [String: Int] = [:]
        var folders: [String] = []
        var docs = "{\"v\":2,\"docs\":["
        for (index, document) in documents.enumerated() {
            let folder = document.path.lastIndex(of: "/").map { String(document.path[..<$0]) } ?? ""
            let folderNumber: Int
            if let known = folderIndex[folder] {
                folderNumber = known
            } else {
                folderNumber = folders.count
                folderIndex[folder] = folderNumber
                folders.append(folder)
            }
            if index > 0 { docs += "," }
            docs += "[\(JSONString.quote(document.url)),\(JSONString.quote(document.title)),\(folderNumber)]"
        }
        docs += "],\"folders\":[" + folders.map { JSONString.quote($0) }.joined(separator: ",") + "]"
        let names = byName.keys.sorted()
        // The shard list lets the script skip words whose shard does not exist (no 404s).
        docs += ",\"shards\":[" + names.map { JSONString.quote(String($0.dropFirst(13).dropLast(5))) }.joined(separator: ",") + "]}\n"
        files.append(("search/docs.json", docs))
        for name in names {
            let parts = byName[name]!.sorted()
            if parts.count == 1 {
                files.append((name, parts[0]))
            } else {
                // Join `{a}` `{b}` into `{a,b}`; terms are unique across buckets.
                let inner = parts.map { String($0.dropFirst().dropLast(2)) }.filter { !$0.isEmpty }
                files.append((name, "{" + inner.joined(separator: ",") + "}\n"))
            }
        }
        return files
    }
}
