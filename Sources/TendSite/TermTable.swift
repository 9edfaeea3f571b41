#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Distinct search terms, numbered in the order first seen, keyed by their UTF-8 bytes.
///
/// Pages repeat their words many times, and the index gathers millions of postings; a Swift
/// dictionary keyed by String would make a String and hash it with SipHash for every one.
/// This table hashes the bytes with FNV-1a and keeps each distinct term's bytes once.
struct TermTable {
    /// Distinct terms, back to back; entry `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Open addressing, linear probing: an entry number, or -1 for an empty slot.
    private var slots: [Int32]

    init(capacity: Int = 512) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
    }

    var count: Int { hashes.count }

    /// The entry number of `term`, added when new (then equal to the previous `count`).
    mutating func entry(_ term: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { break }
            if hashes[entry] == hash && equals(entry, term) { return entry }
            slot = (slot + 1) & mask
        }
        let entry = hashes.count
        slots[slot] = Int32(entry)
        hashes.append(hash)
        bytes.append(contentsOf: term)
        starts.append(bytes.count)
        if hashes.count * 2 > slots.count { grow() }
        return entry
    }

    mutating func entry(_ term: String) -> Int {
        var term = term
        return term.withUTF8 { entry($0) }
    }

    func term(_ entry: Int) -> String {
        String(decoding: bytes[starts[entry]..<starts[entry + 1]], as: UTF8.self)
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
        for entry in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry)
        }
    }
}
