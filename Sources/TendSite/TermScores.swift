/// One page's weighted search terms, as the index keeps them between builds: each term's
/// bytes once, and a record per term listed by bucket (the first byte modulo `bucketCount`),
/// so that merging a bucket over all pages reads only that bucket's terms, from two arrays a
/// page, and makes no String.
///
/// As a collection it is the (term, score) pairs, in bucket order and, within a bucket, in
/// the order the page first used each term.
struct TermScores: Sendable, RandomAccessCollection {
    /// The index merges terms bucket by bucket, on all cores; see `SearchIndex.fileBytes(for:)`.
    static let bucketCount = 64

    /// A term: its bytes are `bytes[start..<start + count]`, and `hash` is the upper half of
    /// its `TermTable.hash` (so merging need not hash it again).
    struct Record: Sendable {
        var start: Int32
        var count: Int32
        var hash: UInt32
        var score: Int32
    }

    private let bytes: [UInt8]
    /// The terms by bucket: bucket `b`'s are `records[bucketStarts[b]..<bucketStarts[b + 1]]`.
    private let records: [Record]

    /// Where `bytes` and `records` are stored, valid while this value is alive: for
    /// `PagesByBucket`, which keeps the pages.
    var bytesAddress: UnsafePointer<UInt8>? { bytes.withUnsafeBufferPointer { $0.baseAddress } }
    var recordsAddress: UnsafePointer<Record>? { records.withUnsafeBufferPointer { $0.baseAddress } }
    let bucketStarts: [Int32]

    static func bucket(ofFirstByte byte: UInt8) -> Int { Int(byte) % bucketCount }

    /// The terms of `table` with `scores[entry]` each, listed by bucket (a stable counting sort).
    init(table: TermTable, scores: [Int32]) {
        let count = table.count
        var bucketStarts = [Int32](repeating: 0, count: Self.bucketCount + 1)
        bucketStarts.withUnsafeMutableBufferPointer { bucketStarts in
            for entry in 0..<count { bucketStarts[Self.bucket(of: table, entry) + 1] &+= 1 }
            for bucket in 0..<Self.bucketCount { bucketStarts[bucket + 1] &+= bucketStarts[bucket] }
        }
        var next = bucketStarts
        records = next.withUnsafeMutableBufferPointer { next in
            scores.withUnsafeBufferPointer { scores in
                [Record](unsafeUninitializedCapacity: count) { records, initialized in
                    for entry in 0..<count {
                        let bucket = Self.bucket(of: table, entry)
                        let (start, length) = table.range(entry)
                        records.baseAddress!.advanced(by: Int(next[bucket])).initialize(
                            to: Record(start: Int32(start), count: Int32(length), hash: table.hashTag(entry), score: scores[entry]))
                        next[bucket] &+= 1
                    }
                    initialized = count
                }
            }
        }
        bytes = table.allBytes
        self.bucketStarts = bucketStarts
    }

    private static func bucket(of table: TermTable, _ entry: Int) -> Int {
        let (start, length) = table.range(entry)
        return length > 0 ? bucket(ofFirstByte: table.byte(at: start)) : 0
    }

    var startIndex: Int { 0 }
    var endIndex: Int { records.count }

    subscript(position: Int) -> (term: String, score: Int) {
        let record = records[position]
        return (String(decoding: bytes[Int(record.start)..<Int(record.start + record.count)], as: UTF8.self), Int(record.score))
    }
}
