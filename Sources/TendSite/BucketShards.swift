#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TendMarkdown

/// The shards of one bucket of terms (see `TermScores`), gathered over every page: each
/// shard a JSON object from term to its best postings, `[doc, score, doc, score, …]`.
///
/// Postings are kept in flat arrays and grouped by term with counting sorts, and terms are
/// compared as bytes: no String, Dictionary or array per term until the JSON bytes.
enum BucketShards {
    static func shards(ofBucket bucket: Int, in pages: PagesByBucket) -> [(ShardName, [UInt8])] {
        let pageCount = pages.pages.count
        var postingCount = 0
        pages.bounds.withUnsafeBufferPointer { bounds in
            for doc in 0..<pageCount { postingCount += Int(bounds[(bucket + 1) * pageCount + doc] - bounds[bucket * pageCount + doc]) }
        }
        guard postingCount > 0 else { return [] }
        let terms = TermTable(capacity: 1024)
        // Postings in page order: each one's term and its `PostingKey`.
        var postingTerms = [Int32](repeating: 0, count: postingCount)
        var postingKeys = [UInt64](repeating: 0, count: postingCount)
        postingTerms.withUnsafeMutableBufferPointer { postingTerms in
            postingKeys.withUnsafeMutableBufferPointer { postingKeys in
                // Each page's terms read at the addresses `PagesByBucket` took: calling a method
                // on a page's `TermScores` copied it, three retains and releases, on arrays the
                // other core's buckets read too (their counts bounced between the cores).
                pages.bounds.withUnsafeBufferPointer { bounds in
                    var index = 0
                    for doc in 0..<pageCount {
                        let start = Int(bounds[bucket * pageCount + doc]), end = Int(bounds[(bucket + 1) * pageCount + doc])
                        guard start < end, let bytes = pages.bytes[doc], let records = pages.records[doc] else { continue }
                        for position in start..<end {
                            let record = records[position]
                            let term = UnsafeBufferPointer(start: bytes + Int(record.start), count: Int(record.count))
                            postingTerms[index] = Int32(terms.entry(term, hash: UInt64(record.hash) << 32))
                            postingKeys[index] = PostingKey.make(doc: doc, score: record.score)
                            index += 1
                        }
                    }
                }
            }
        }
        let postings = grouped(postingKeys, by: postingTerms, termCount: terms.count)
        var shards: [(ShardName, [UInt8])] = []
        var json: [UInt8] = []
        var current: ShardName?
        for entry in sortedByShardAndTerm(terms) {
            let term = terms.bytes(entry)
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
            let start = Int(postings.starts[entry]), end = Int(postings.starts[entry + 1])
            for index in start..<min(end, start + SearchIndex.postingsPerTerm) {
                if index > start { json.append(UInt8(ascii: ",")) }
                json.appendDecimal(PostingKey.doc(postings.keys[index]))
                json.append(UInt8(ascii: ","))
                json.appendDecimal(PostingKey.score(postings.keys[index]))
            }
            json.append(UInt8(ascii: "]"))
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
        let count = keys.count
        var keys = keys, terms = terms
        var sortedKeys = [UInt64](repeating: 0, count: count)
        var sortedTerms = [Int32](repeating: 0, count: count)
        var counts = [Int](repeating: 0, count: 257)
        // The score is the key's upper half; a byte that is the same in every key needs no pass.
        for shift: UInt64 in [32, 40, 48, 56] {
            let sorted: Bool = keys.withUnsafeBufferPointer { keys in
                terms.withUnsafeBufferPointer { terms in
                    sortedKeys.withUnsafeMutableBufferPointer { sortedKeys in
                        sortedTerms.withUnsafeMutableBufferPointer { sortedTerms in
                            counts.withUnsafeMutableBufferPointer { counts in
                                counts.update(repeating: 0)
                                for key in keys { counts[Int((key >> shift) & 0xFF) &+ 1] &+= 1 }
                                if counts.contains(count) { return false }
                                for digit in 0..<256 { counts[digit &+ 1] &+= counts[digit] }
                                for index in 0..<count {
                                    let digit = Int((keys[index] >> shift) & 0xFF)
                                    let target = counts[digit]
                                    counts[digit] = target &+ 1
                                    sortedKeys[target] = keys[index]
                                    sortedTerms[target] = terms[index]
                                }
                                return true
                            }
                        }
                    }
                }
            }
            if sorted {
                swap(&keys, &sortedKeys)
                swap(&terms, &sortedTerms)
            }
        }
        var starts = [Int32](repeating: 0, count: termCount + 1)
        keys.withUnsafeBufferPointer { keys in
            terms.withUnsafeBufferPointer { terms in
                sortedKeys.withUnsafeMutableBufferPointer { sortedKeys in
                    starts.withUnsafeMutableBufferPointer { starts in
                        for term in terms { starts[Int(term) &+ 1] &+= 1 }
                        for term in 0..<termCount { starts[term &+ 1] &+= starts[term] }
                        // Each term's next free place, kept in its start and put back after.
                        for index in 0..<count {
                            let term = Int(terms[index])
                            sortedKeys[Int(starts[term])] = keys[index]
                            starts[term] &+= 1
                        }
                        for term in stride(from: termCount, to: 0, by: -1) { starts[term] = starts[term &- 1] }
                        starts[0] = 0
                    }
                }
            }
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
        for entry in 0..<count {
            let term = terms.bytes(entry)
            names.append(ShardName(of: term))
            if term.contains(where: { $0 >= 0x80 }) { strings[entry] = String(decoding: term, as: UTF8.self) }
        }
        return (0..<count).sorted { left, right in
            if names[left] != names[right] { return names[left] < names[right] }
            if strings[left] != nil || strings[right] != nil {
                return (strings[left] ?? terms.term(left)) < (strings[right] ?? terms.term(right))
            }
            let leftTerm = terms.bytes(left), rightTerm = terms.bytes(right)
            let order = memcmp(leftTerm.baseAddress!, rightTerm.baseAddress!, min(leftTerm.count, rightTerm.count))
            return order != 0 ? order < 0 : leftTerm.count < rightTerm.count
        }
    }
}

/// Every page's terms, and where each page's terms of each bucket lie in its list by bucket
/// (`TermScores.bucketStarts`), in one table row by row: merging a bucket reads its rows in
/// order instead of reaching into every page's arrays (on 10,000 pages, a cache miss each).
///
/// Unchecked `Sendable`: `bytes` and `records` are addresses into the arrays of `pages`,
/// which this value keeps alive and never changes.
struct PagesByBucket: @unchecked Sendable {
    let pages: [TermScores]
    /// Page `p`'s bucket `b` is `bounds[b * pages.count + p]..<bounds[(b + 1) * pages.count + p]`.
    let bounds: [Int32]
    /// Where each page's term bytes and records are stored (nil for a page without terms).
    let bytes: [UnsafePointer<UInt8>?]
    let records: [UnsafePointer<TermScores.Record>?]

    init(_ pages: [TermScores]) {
        let pageCount = pages.count
        var bounds = [Int32](repeating: 0, count: (TermScores.bucketCount + 1) * pageCount)
        bounds.withUnsafeMutableBufferPointer { bounds in
            for page in 0..<pageCount {
                for (bucket, start) in pages[page].bucketStarts.enumerated() { bounds[bucket * pageCount + page] = start }
            }
        }
        self.pages = pages
        self.bounds = bounds
        bytes = pages.map(\.bytesAddress)
        records = pages.map(\.recordsAddress)
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
