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
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int32] = [0]
    /// Open addressing, linear probing from the hash's upper half: 0 for an empty slot, else
    /// the upper half of the entry's hash << 32 | (entry + 1), so that a probe reads the
    /// entry's bytes only when the hashes agree.
    private var slots: [UInt64]

    init(capacity: Int = 512) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
    }

    var count: Int { starts.count - 1 }

    /// FNV-1a of no bytes; `hash(_:_:)` adds one byte. The term scan hashes as it goes.
    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var result = emptyHash
        for byte in term { result = hash(result, byte) }
        return result
    }

    /// The entry number of `term`, added when new (then equal to the previous `count`).
    mutating func entry(_ term: UnsafeBufferPointer<UInt8>) -> Int {
        entry(term, hash: Self.hash(term))
    }

    /// `entry(_:)` with the term's `hash(_:)` worked out already.
    mutating func entry(_ term: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let tag = hash >> 32
        let mask = slots.count &- 1
        var slot = Int(truncatingIfNeeded: tag) & mask
        while true {
            let value = slots[slot]
            if value == 0 { break }
            if value >> 32 == tag {
                let entry = Int(truncatingIfNeeded: value & 0xFFFF_FFFF) &- 1
                if equals(entry, term) { return entry }
            }
            slot = (slot &+ 1) & mask
        }
        let entry = count
        slots[slot] = tag << 32 | UInt64(entry + 1)
        bytes.append(contentsOf: term)
        starts.append(Int32(bytes.count))
        if count * 2 > slots.count { grow() }
        return entry
    }

    mutating func entry(_ term: String) -> Int {
        var term = term
        return term.withUTF8 { entry($0) }
    }

    func term(_ entry: Int) -> String {
        String(decoding: bytes[Int(starts[entry])..<Int(starts[entry + 1])], as: UTF8.self)
    }

    private func equals(_ entry: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[entry]), end = Int(starts[entry &+ 1])
        guard end &- start == term.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            term.count == 0 || memcmp(stored.baseAddress! + start, term.baseAddress!, term.count) == 0
        }
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for value in old where value != 0 {
            var slot = Int(truncatingIfNeeded: value >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = value
        }
    }
}
