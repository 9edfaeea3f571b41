/// One page's weighted search terms, as the index keeps them between builds: the page's term
/// table (each term's bytes once) with a score per term, and the terms listed by bucket (the
/// first byte modulo `bucketCount`), so that merging a bucket over all pages reads only that
/// bucket's terms and makes no String.
///
/// As a collection it is the (term, score) pairs, in bucket order and, within a bucket, in
/// the order the page first used each term.
struct TermScores: Sendable, RandomAccessCollection {
    /// The index merges terms bucket by bucket, on all cores; see `SearchIndex.fileBytes(for:)`.
    static let bucketCount = 64

    /// Term `t` is `bytes[starts[t]..<starts[t + 1]]`; its score is `scores[t]`.
    private let bytes: [UInt8]
    private let starts: [Int32]
    private let scores: [Int32]
    /// The terms by bucket: bucket `b`'s are `byBucket[bucketStarts[b]..<bucketStarts[b + 1]]`.
    private let byBucket: [Int32]
    private let bucketStarts: [Int32]

    static func bucket(ofFirstByte byte: UInt8) -> Int { Int(byte) % bucketCount }

    /// The terms of `table` with `scores[entry]` each, listed by bucket (a stable counting sort).
    init(table: TermTable, scores: [Int32]) {
        let count = table.count
        var buckets = [UInt8](repeating: 0, count: count)
        var bucketStarts = [Int32](repeating: 0, count: Self.bucketCount + 1)
        table.bytes.withUnsafeBufferPointer { bytes in
            for entry in 0..<count {
                let start = Int(table.starts[entry])
                let bucket = start < Int(table.starts[entry + 1]) ? Self.bucket(ofFirstByte: bytes[start]) : 0
                buckets[entry] = UInt8(bucket)
                bucketStarts[bucket + 1] += 1
            }
        }
        for bucket in 0..<Self.bucketCount { bucketStarts[bucket + 1] += bucketStarts[bucket] }
        var next = bucketStarts
        var byBucket = [Int32](repeating: 0, count: count)
        for entry in 0..<count {
            let bucket = Int(buckets[entry])
            byBucket[Int(next[bucket])] = Int32(entry)
            next[bucket] += 1
        }
        self.bytes = table.bytes
        self.starts = table.starts
        self.scores = scores
        self.byBucket = byBucket
        self.bucketStarts = bucketStarts
    }

    /// Calls `body` with each term of `bucket` (its bytes, valid only during the call) and its score.
    func forEach(inBucket bucket: Int, _ body: (UnsafeBufferPointer<UInt8>, Int32) -> Void) {
        let first = Int(bucketStarts[bucket]), end = Int(bucketStarts[bucket + 1])
        guard first < end else { return }
        bytes.withUnsafeBufferPointer { bytes in
            for term in byBucket[first..<end] {
                let start = Int(starts[Int(term)]), end = Int(starts[Int(term) + 1])
                body(UnsafeBufferPointer(rebasing: bytes[start..<end]), scores[Int(term)])
            }
        }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { byBucket.count }

    subscript(position: Int) -> (term: String, score: Int) {
        let term = Int(byBucket[position])
        return (String(decoding: bytes[Int(starts[term])..<Int(starts[term + 1])], as: UTF8.self), Int(scores[term]))
    }
}
