#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The shards of one bucket of terms (see `TermScores`), gathered over every page: each
/// shard a JSON object from term to its best postings, `[doc, score, doc, score, …]`.
///
/// Postings are kept in flat arrays and grouped by term with a counting sort, and terms are
/// compared as bytes: no String, Dictionary or array per term until the JSON bytes.
enum BucketShards {
    static func shards(ofBucket bucket: Int, in documents: [SearchIndex.Document]) -> [(ShardName, [UInt8])] {
        var terms = TermTable(capacity: 4096)
        var postingTerms: [Int32] = []
        var postingKeys: [UInt64] = []
        for (doc, document) in documents.enumerated() {
            document.terms.forEach(inBucket: bucket) { term, score in
                postingTerms.append(Int32(terms.entry(term)))
                postingKeys.append(PostingKey.make(doc: doc, score: score))
            }
        }
        guard terms.count > 0 else { return [] }
        let postings = grouped(postingKeys, by: postingTerms, termCount: terms.count)
        let order = sortedByShardAndTerm(terms)
        var shards: [(ShardName, [UInt8])] = []
        var json: [UInt8] = []
        var current: ShardName?
        terms.bytes.withUnsafeBufferPointer { bytes in
            for entry in order {
                let term = UnsafeBufferPointer(rebasing: bytes[Int(terms.starts[entry])..<Int(terms.starts[entry + 1])])
                let name = ShardName(of: term)
                if name != current {
                    if let current {
                        json.append(contentsOf: "}\n".utf8)
                        shards.append((current, json))
                    }
                    current = name
                    json = [UInt8(ascii: "{")]
                } else {
                    json.append(UInt8(ascii: ","))
                }
                // A term is letters and digits only: nothing to escape.
                json.append(UInt8(ascii: "\""))
                json.append(contentsOf: term)
                json.append(contentsOf: "\":[".utf8)
                postings.keys.withUnsafeBufferPointer { keys in
                    let start = Int(postings.starts[entry]), end = Int(postings.starts[entry + 1])
                    for index in start..<min(end, start + SearchIndex.postingsPerTerm) {
                        if index > start { json.append(UInt8(ascii: ",")) }
                        appendDecimal(PostingKey.doc(keys[index]), to: &json)
                        json.append(UInt8(ascii: ","))
                        appendDecimal(PostingKey.score(keys[index]), to: &json)
                    }
                }
                json.append(UInt8(ascii: "]"))
            }
        }
        if let current {
            json.append(contentsOf: "}\n".utf8)
            shards.append((current, json))
        }
        return shards
    }

    /// Each term's postings, best first: term `t`'s are `keys[starts[t]..<starts[t + 1]]`.
    ///
    /// `keys` come in page order. A stable radix sort by score (best first) and then a stable
    /// counting sort by term leave each term's postings best first and, among equal scores,
    /// in page order: what sorting each term's postings by `PostingKey` gives, without a
    /// comparison sort per term.
    private static func grouped(_ keys: [UInt64], by terms: [Int32], termCount: Int) -> (keys: [UInt64], starts: [Int32]) {
        var keys = keys, terms = terms
        var sortedKeys = keys, sortedTerms = terms
        // The score is the key's upper half; a byte that is the same in every key needs no pass.
        for shift: UInt64 in [32, 40, 48, 56] {
            var counts = [Int](repeating: 0, count: 257)
            for key in keys { counts[Int((key >> shift) & 0xFF) + 1] += 1 }
            if counts.contains(keys.count) { continue }
            for digit in 0..<256 { counts[digit + 1] += counts[digit] }
            for index in keys.indices {
                let digit = Int((keys[index] >> shift) & 0xFF)
                let target = counts[digit]
                counts[digit] = target + 1
                sortedKeys[target] = keys[index]
                sortedTerms[target] = terms[index]
            }
            swap(&keys, &sortedKeys)
            swap(&terms, &sortedTerms)
        }
        var starts = [Int32](repeating: 0, count: termCount + 1)
        for term in terms { starts[Int(term) + 1] += 1 }
        for term in 0..<termCount { starts[term + 1] += starts[term] }
        var next = starts
        for (index, term) in terms.enumerated() {
            sortedKeys[Int(next[Int(term)])] = keys[index]
            next[Int(term)] += 1
        }
        return (sortedKeys, starts)
    }

    /// The table's entries ordered by shard name, then by term as Swift orders Strings. For
    /// two ASCII terms that is the order of their bytes; any other pair is compared as Strings.
    private static func sortedByShardAndTerm(_ terms: TermTable) -> [Int] {
        let count = terms.count
        var names: [ShardName] = []
        names.reserveCapacity(count)
        var strings: [String?] = Array(repeating: nil, count: count)
        terms.bytes.withUnsafeBufferPointer { bytes in
            for entry in 0..<count {
                let term = UnsafeBufferPointer(rebasing: bytes[Int(terms.starts[entry])..<Int(terms.starts[entry + 1])])
                names.append(ShardName(of: term))
                if term.contains(where: { $0 >= 0x80 }) { strings[entry] = String(decoding: term, as: UTF8.self) }
            }
        }
        return terms.bytes.withUnsafeBufferPointer { bytes in
            terms.starts.withUnsafeBufferPointer { starts in
                (0..<count).sorted { left, right in
                    if names[left] != names[right] { return names[left] < names[right] }
                    if strings[left] != nil || strings[right] != nil {
                        return (strings[left] ?? terms.term(left)) < (strings[right] ?? terms.term(right))
                    }
                    let leftStart = Int(starts[left]), leftCount = Int(starts[left + 1]) - leftStart
                    let rightStart = Int(starts[right]), rightCount = Int(starts[right + 1]) - rightStart
                    let order = memcmp(bytes.baseAddress! + leftStart, bytes.baseAddress! + rightStart, min(leftCount, rightCount))
                    return order != 0 ? order < 0 : leftCount < rightCount
                }
            }
        }
    }
}

/// A posting as one sortable number: ascending keys are best score first, then lowest page.
enum PostingKey {
    static func make(doc: Int, score: Int32) -> UInt64 {
        UInt64(UInt32.max - UInt32(score)) << 32 | UInt64(UInt32(doc))
    }

    static func doc(_ key: UInt64) -> Int { Int(key & 0xFFFF_FFFF) }
    static func score(_ key: UInt64) -> Int { Int(UInt32.max - UInt32(key >> 32)) }
}

/// Appends a non-negative integer's decimal digits.
private func appendDecimal(_ value: Int, to output: inout [UInt8]) {
    var divisor = 1
    while divisor <= value / 10 { divisor *= 10 }
    while divisor > 0 {
        output.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
        divisor /= 10
    }
}
