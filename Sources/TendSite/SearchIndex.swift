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
        /// Weighted term counts (see `scores(title:headings:body:)`).
        var scores: [String: Int]

        /// `body` is the plain text of the rendered page body.
        init(url: String, title: String, path: String, headings: [String], body: String) {
            self.url = url
            self.title = title
            self.path = path
            self.headings = headings
            scores = SearchIndex.scores(title: title, headings: headings, body: body)
        }
    }

    /// Term counts of one page, weighted: 100 per title hit, 10 per heading hit, body hits up to 9.
    static func scores(title: String, headings: [String], body: String) -> [String: Int] {
        // One dictionary, three counters packed in one Int: title << 40, headings << 20, body.
        var counts: [String: Int] = [:]
        counts.reserveCapacity(512)
        forEachTerm(title) { counts[$0, default: 0] += 1 << 40 }
        for heading in headings { forEachTerm(heading) { counts[$0, default: 0] += 1 << 20 } }
        forEachTerm(body) { counts[$0, default: 0] += 1 }
        var scores: [String: Int] = [:]
        scores.reserveCapacity(counts.count)
        for (term, packed) in counts {
            let title = packed >> 40, headings = (packed >> 20) & 0xFFFFF, body = packed & 0xFFFFF
            scores[term] = 100 * title + 10 * headings + min(body, 9)
        }
        return scores
    }

    /// Lower-cased runs of letters and digits, two characters or longer.
    static func forEachTerm(_ text: String, _ body: (String) -> Void) {
        var copy = text
        let isASCII = copy.withUTF8 { bytes in !bytes.contains { $0 >= 0x80 } }
        if isASCII {
            // Most notes: bytes only, one String per term.
            copy.withUTF8 { bytes in
                var word: [UInt8] = []
                word.reserveCapacity(32)
                for byte in bytes {
                    if (97...122).contains(byte) || (48...57).contains(byte) {
                        word.append(byte)
                    } else if (65...90).contains(byte) {
                        word.append(byte + 32)
                    } else if !word.isEmpty {
                        if word.count >= 2 { body(String(decoding: word, as: UTF8.self)) }
                        word.removeAll(keepingCapacity: true)
                    }
                }
                if word.count >= 2 { body(String(decoding: word, as: UTF8.self)) }
            }
            return
        }
        // Terms are NFC, as the script normalises the query: an NFD "Café" must match "café".
        // Foundation's normalisation is slow; text made only of scalars that never compose
        // (the usual accented Latin, punctuation, CJK, emoji) is NFC already.
        let text = nfc(text)
        var current = String.UnicodeScalarView()
        var ascii: [UInt8] = []
        func flush() {
            if !current.isEmpty {
                if current.count >= 2 { body(String(current)) }
                current.removeAll(keepingCapacity: true)
            } else if ascii.count >= 2 {
                body(String(decoding: ascii, as: UTF8.self))
            }
            ascii.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 128 {
                let byte = UInt8(value)
                if (97...122).contains(byte) || (48...57).contains(byte) {
                    if current.isEmpty { ascii.append(byte) } else { current.append(scalar) }
                } else if (65...90).contains(byte) {
                    if current.isEmpty { ascii.append(byte + 32) } else { current.append(Unicode.Scalar(byte + 32)) }
                } else {
                    flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if current.isEmpty && !ascii.isEmpty {
                    current.append(contentsOf: String(decoding: ascii, as: UTF8.self).unicodeScalars)
                    ascii.removeAll(keepingCapacity: true)
                }
                current.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
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

/// Plain text of rendered HTML: tags dropped, the common entities decoded.
enum HTMLText {
    static func plain(_ html: String) -> String {
        var copy = html
        return copy.withUTF8 { utf8 in
            var output: [UInt8] = []
            output.reserveCapacity(utf8.count)
            var inTag = false
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if inTag {
                    if byte == 62 { inTag = false; output.append(32) }
                } else if byte == 60 {
                    inTag = true
                } else if byte == 38 {
                    // An entity (&amp; &lt; …) becomes a space: search only needs the words.
                    var end = index + 1
                    while end < utf8.count && utf8[end] != 59 && end - index < 9 { end += 1 }
                    if end < utf8.count && utf8[end] == 59 {
                        output.append(32)
                        index = end + 1
                        continue
                    }
                    output.append(byte)
                } else {
                    output.append(byte)
                }
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
