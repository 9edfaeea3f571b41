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
        init(url: String, title: String, path: String, headings: [String], bodyHTML: [UInt8]) {
            self.url = url
            self.title = title
            self.path = path
            self.headings = headings
            scores = SearchIndex.scores(title: title, headings: headings, bodyHTML: bodyHTML)
        }
    }

    /// Term counts of one page, weighted: 100 per title hit, 10 per heading hit, body hits up to 9.
    static func scores(title: String, headings: [String], bodyHTML: [UInt8]) -> [(term: String, score: Int)] {
        // Three counters packed in one Int: title << 40, headings << 20, body.
        var counts = TermCounts()
        SearchTerms.forEach(in: title) { counts.add($0, weight: 1 << 40) }
        for heading in headings { SearchTerms.forEach(in: heading) { counts.add($0, weight: 1 << 20) } }
        bodyHTML.withUnsafeBufferPointer { bytes in SearchTerms.forEach(in: bytes, skippingMarkup: true) { counts.add($0, weight: 1) } }
        return counts.counts.indices.map { entry in
            let packed = counts.counts[entry]
            let title = packed >> 40, headings = (packed >> 20) & 0xFFFFF, body = packed & 0xFFFFF
            return (counts.terms.term(entry), 100 * title + 10 * headings + min(body, 9))
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
    /// terms are grouped by bucket first, then each bucket gathers its postings and writes
    /// its shards independently.
    static func files(for documents: [Document]) -> [(String, String)] {
        let bucketCount = 64
        let grouped = ParallelMap.map(documents) { BucketedTerms($0.scores, bucketCount: bucketCount) }
        let shardFiles: [[(String, String)]] = ParallelMap.map(Array(0..<bucketCount)) { bucket in
            var terms = TermTable(capacity: 4096)
            var postings: [[(doc: Int32, score: Int32)]] = []
            for (doc, group) in grouped.enumerated() {
                for (term, score) in group.bucket(bucket) {
                    let entry = terms.entry(term)
                    if entry == postings.count { postings.append([]) }
                    postings[entry].append((Int32(doc), Int32(score)))
                }
            }
            var shards: [String: [(term: String, entry: Int)]] = [:]
            for entry in 0..<terms.count {
                let term = terms.term(entry)
                shards[shard(of: term), default: []].append((term, entry))
            }
            return shards.map { name, entries in
                var json: [UInt8] = [UInt8(ascii: "{")]
                for (index, (term, entry)) in entries.sorted(by: { $0.term < $1.term }).enumerated() {
                    if index > 0 { json.append(UInt8(ascii: ",")) }
                    // A term is letters and digits only: nothing to escape.
                    json.append(UInt8(ascii: "\""))
                    json.append(contentsOf: term.utf8)
                    json.append(contentsOf: "\":[".utf8)
                    let best = postings[entry].sorted { $0.score != $1.score ? $0.score > $1.score : $0.doc < $1.doc }
                    for (number, posting) in best.prefix(postingsPerTerm).enumerated() {
                        if number > 0 { json.append(UInt8(ascii: ",")) }
                        appendDecimal(Int(posting.doc), to: &json)
                        json.append(UInt8(ascii: ","))
                        appendDecimal(Int(posting.score), to: &json)
                    }
                    json.append(UInt8(ascii: "]"))
                }
                json.append(contentsOf: "}\n".utf8)
                return ("search/terms/\(name).json", String(decoding: json, as: UTF8.self))
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
            // By bytes: `lastIndex(of:)` on Characters costs thousands of instructions a path.
            let folder = document.path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(document.path[..<$0]) } ?? ""
            let folderNumber: Int
            if let known = folderIndex[folder] {
                folderNumber = known
            } else {
                folderNumber = folders.count
                folderIndex[folder] = folderNumber
                folders.append(folder)
            }
            if index > 0 { docs += "," }
            docs += "["
            JSONString.write(document.url, to: &docs)
            docs += ","
            JSONString.write(document.title, to: &docs)
            docs += ","
            docs += String(folderNumber)
            docs += "]"
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

/// Weighted counts of one page's terms.
private struct TermCounts {
    var terms = TermTable()
    var counts: [Int] = []

    mutating func add(_ term: UnsafeBufferPointer<UInt8>, weight: Int) {
        let entry = terms.entry(term)
        if entry == counts.count { counts.append(0) }
        counts[entry] += weight
    }
}

/// One document's terms grouped by bucket: `bucket(b)` lists the terms whose first byte
/// falls in bucket `b`, without an array per bucket.
private struct BucketedTerms: Sendable {
    private let terms: [(term: String, score: Int)]
    /// `ends[b]..<ends[b + 1]` is bucket `b`'s part of `terms`.
    private let ends: [Int32]

    init(_ scores: [(term: String, score: Int)], bucketCount: Int) {
        var keys: [Int] = []
        keys.reserveCapacity(scores.count)
        var ends = [Int32](repeating: 0, count: bucketCount + 1)
        for (term, _) in scores {
            let key = Int(term.utf8.first ?? 0) % bucketCount
            keys.append(key)
            ends[key + 1] += 1
        }
        for bucket in 0..<bucketCount { ends[bucket + 1] += ends[bucket] }
        var next = ends
        var ordered = scores
        for (index, entry) in scores.enumerated() {
            ordered[Int(next[keys[index]])] = entry
            next[keys[index]] += 1
        }
        terms = ordered
        self.ends = ends
    }

    func bucket(_ bucket: Int) -> ArraySlice<(term: String, score: Int)> {
        terms[Int(ends[bucket])..<Int(ends[bucket + 1])]
    }
}

/// Appends a non-negative integer's decimal digits.
private func appendDecimal(_ value: Int, to output: inout [UInt8]) {
    guard value >= 10 else {
        output.append(UInt8(ascii: "0") + UInt8(value))
        return
    }
    appendDecimal(value / 10, to: &output)
    output.append(UInt8(ascii: "0") + UInt8(value % 10))
}
