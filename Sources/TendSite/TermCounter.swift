#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Weighted counts of one page's search terms, keyed by the term's bytes.
///
/// A page repeats its words many times; a Swift dictionary keyed by String would make a
/// String and hash it with SipHash for every occurrence. This table hashes the bytes once
/// with FNV-1a and keeps each distinct term's bytes once.
struct TermCounter {
    /// Distinct terms, back to back; entry `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    private var counts: [Int] = []
    /// Open addressing, linear probing: an entry index, or -1 for an empty slot.
    private var slots: [Int32]

    init() {
        slots = [Int32](repeating: -1, count: 1024)
        bytes.reserveCapacity(4096)
    }

    var isEmpty: Bool { counts.isEmpty }

    mutating func add(_ term: UnsafeBufferPointer<UInt8>, weight: Int) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { break }
            if hashes[entry] == hash && equals(entry, term) {
                counts[entry] += weight
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(counts.count)
        hashes.append(hash)
        counts.append(weight)
        bytes.append(contentsOf: term)
        starts.append(bytes.count)
        if counts.count * 2 > slots.count { grow() }
    }

    private func equals(_ entry: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[entry], end = starts[entry + 1]
        guard end - start == term.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            term.count == 0 || memcmp(stored.baseAddress! + start, term.baseAddress!, term.count) == 0
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for entry in counts.indices {
            var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry)
        }
    }

    /// Each distinct term with its count, in the order first seen.
    func map<Score>(_ score: (Int) -> Score) -> [(term: String, score: Score)] {
        counts.indices.map { entry in
            (String(decoding: bytes[starts[entry]..<starts[entry + 1]], as: UTF8.self), score(counts[entry]))
        }
    }
}
