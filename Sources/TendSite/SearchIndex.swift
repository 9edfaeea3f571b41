import Foundation
import TendMarkdown
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
        /// Weighted term counts (see `scores(title:headings:bodyHTML:)`).
        var terms: TermScores

        /// `bodyHTML` is the rendered page body; its tags and character references are skipped.
        init(url: String, title: String, path: String, headings: [String], bodyHTML: [UInt8]) {
            self.url = url
            self.title = title
            self.path = path
            self.headings = headings
            terms = SearchIndex.scores(title: title, headings: headings, bodyHTML: bodyHTML)
        }
    }

    /// Term counts of one page, weighted: 100 per title hit, 10 per heading hit, body hits up to 9.
    static func scores(title: String, headings: [String], bodyHTML: [UInt8]) -> TermScores {
        // Three counters packed in one Int: title << 40, headings << 20, body.
        let counts = TermCounts()
        SearchTerms.forEachHashed(in: title) { counts.add($0, hash: $1, weight: 1 << 40) }
        for heading in headings { SearchTerms.forEachHashed(in: heading) { counts.add($0, hash: $1, weight: 1 << 20) } }
        bodyHTML.withUnsafeBufferPointer { bytes in
            SearchTerms.forEachHashed(in: bytes, skippingMarkup: true) { counts.add($0, hash: $1, weight: 1) }
        }
        let scores = counts.counts.map { packed in
            let title = packed >> 40, headings = (packed >> 20) & 0xFFFFF, body = packed & 0xFFFFF
            return Int32(100 * title + 10 * headings + min(body, 9))
        }
        return TermScores(table: counts.terms, scores: scores)
    }

    /// `docs.json` and the shards, as file name → contents.
    static func files(for documents: [Document]) -> [(String, String)] {
        fileBytes(for: documents).map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }
    }

    /// `docs.json` and the shards, as file name → UTF-8 bytes.
    ///
    /// Terms are merged per bucket (the term's first byte, see `TermScores`) on all cores:
    /// each bucket gathers its postings and writes its shards independently (`BucketShards`).
    static func fileBytes(for documents: [Document]) -> [(String, [UInt8])] {
        let pages = PagesByBucket(documents.map(\.terms))
        let bucketShards = ParallelMap.map(Array(0..<TermScores.bucketCount)) { bucket in
            BucketShards.shards(ofBucket: bucket, in: pages)
        }
        // One shard name can collect terms from several buckets only if its first character
        // is not ASCII (`_`): those are merged into one object here.
        var byName: [ShardName: [[UInt8]]] = [:]
        for (name, json) in bucketShards.joined() { byName[name, default: []].append(json) }
        let names = byName.keys.sorted()
        var files: [(String, [UInt8])] = [("search/docs.json", docsJSON(documents, shards: names))]
        files.reserveCapacity(names.count + 1)
        for name in names {
            let parts = byName[name]!
            let path = "search/terms/" + name.text + ".json"
            if parts.count == 1 {
                files.append((path, parts[0]))
            } else {
                // Join `{a}` `{b}` into `{a,b}`, in the order of the parts as text; terms are
                // unique across buckets. Rare (non-ASCII first letters), so Strings are fine here.
                let texts = parts.map { String(decoding: $0, as: UTF8.self) }.sorted()
                let inner = texts.map { String($0.dropFirst().dropLast(2)) }.filter { !$0.isEmpty }
                files.append((path, Array(("{" + inner.joined(separator: ",") + "}\n").utf8)))
            }
        }
        return files
    }

    /// The list of pages as [url, title, folder index] (folder paths are listed once, not per
    /// page), and the list of shards, which lets the script skip words whose shard does not
    /// exist (no 404s).
    private static func docsJSON(_ documents: [Document], shards: [ShardName]) -> [UInt8] {
        var folderIndex: [String: Int] = [:]
        var folders: [String] = []
        var docs = Array("{\"v\":2,\"docs\":[".utf8)
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
            if index > 0 { docs.append(UInt8(ascii: ",")) }
            docs.append(UInt8(ascii: "["))
            JSONBytes.appendString(document.url, to: &docs)
            docs.append(UInt8(ascii: ","))
            JSONBytes.appendString(document.title, to: &docs)
            docs.append(UInt8(ascii: ","))
            docs.appendDecimal(folderNumber)
            docs.append(UInt8(ascii: "]"))
        }
        docs.append(contentsOf: "],\"folders\":[".utf8)
        for (index, folder) in folders.enumerated() {
            if index > 0 { docs.append(UInt8(ascii: ",")) }
            JSONBytes.appendString(folder, to: &docs)
        }
        docs.append(contentsOf: "],\"shards\":[".utf8)
        for (index, shard) in shards.enumerated() {
            if index > 0 { docs.append(UInt8(ascii: ",")) }
            JSONBytes.appendString(shard.text, to: &docs)
        }
        docs.append(contentsOf: "]}\n".utf8)
        return docs
    }
}

/// Weighted counts of one page's terms, kept in its term table.
private struct TermCounts {
    // A page has a few hundred distinct words; the table grows for a longer one.
    let terms = TermTable(capacity: 256)

    var counts: [Int] { terms.numbers }

    func add(_ term: UnsafeBufferPointer<UInt8>, hash: UInt64, weight: Int) {
        terms.add(weight, to: terms.entry(term, hash: hash))
    }
}
