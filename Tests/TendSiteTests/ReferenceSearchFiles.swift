import Foundation
import TendLint
@testable import TendSite

/// The search index files built the plain way, with Strings, Dictionaries and arrays of
/// postings (as `SearchIndex` once did): what the byte-keyed way must reproduce exactly.
enum ReferenceSearchFiles {
    static func files(for documents: [SearchIndex.Document]) -> [(String, String)] {
        var shardFiles: [(String, String)] = []
        for bucket in 0..<64 {
            let terms = TermTable(capacity: 16)
            var postings: [[(doc: Int32, score: Int32)]] = []
            for (doc, document) in documents.enumerated() {
                for (term, score) in document.terms where Int(term.utf8.first ?? 0) % 64 == bucket {
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
            for (name, entries) in shards {
                var json = "{"
                for (index, (term, entry)) in entries.sorted(by: { $0.term < $1.term }).enumerated() {
                    if index > 0 { json += "," }
                    json += "\"" + term + "\":["
                    let best = postings[entry].sorted { $0.score != $1.score ? $0.score > $1.score : $0.doc < $1.doc }
                    json += best.prefix(SearchIndex.postingsPerTerm).map { "\($0.doc),\($0.score)" }.joined(separator: ",")
                    json += "]"
                }
                shardFiles.append(("search/terms/\(name).json", json + "}\n"))
            }
        }
        var byName: [String: [String]] = [:]
        for (name, text) in shardFiles { byName[name, default: []].append(text) }
        var folderIndex: [String: Int] = [:]
        var folders: [String] = []
        var docs = "{\"v\":2,\"docs\":["
        for (index, document) in documents.enumerated() {
            let folder = document.path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(document.path[..<$0]) } ?? ""
            if folderIndex[folder] == nil {
                folderIndex[folder] = folders.count
                folders.append(folder)
            }
            if index > 0 { docs += "," }
            docs += "[" + JSONString.quote(document.url) + "," + JSONString.quote(document.title) + ",\(folderIndex[folder]!)]"
        }
        docs += "],\"folders\":[" + folders.map { JSONString.quote($0) }.joined(separator: ",") + "]"
        let names = byName.keys.sorted()
        docs += ",\"shards\":[" + names.map { JSONString.quote(String($0.dropFirst(13).dropLast(5))) }.joined(separator: ",") + "]}\n"
        var files = [("search/docs.json", docs)]
        for name in names {
            let parts = byName[name]!.sorted()
            if parts.count == 1 {
                files.append((name, parts[0]))
            } else {
                let inner = parts.map { String($0.dropFirst().dropLast(2)) }.filter { !$0.isEmpty }
                files.append((name, "{" + inner.joined(separator: ",") + "}\n"))
            }
        }
        return files
    }

    static func shard(of term: String) -> String {
        var result = ""
        for scalar in term.unicodeScalars.prefix(2) {
            let value = scalar.value
            result.append((97...122).contains(value) || (48...57).contains(value) ? Character(scalar) : "_")
        }
        return result
    }
}
