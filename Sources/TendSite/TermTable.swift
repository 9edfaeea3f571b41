#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TendMarkdown

/// Distinct search terms, numbered in the order first seen, keyed by their UTF-8 bytes.
///
/// Pages repeat their words many times, and the index gathers millions of postings; a Swift
/// dictionary keyed by String would make a String and hash it with SipHash for every one.
/// This table hashes the bytes with FNV-1a and keeps each distinct term's bytes once.
///
/// A class over its own memory, not a struct of arrays: a lookup is a few loads, with no
/// uniqueness or bounds check per access and no generic `append(contentsOf:)` per new term.
final class TermTable {
    /// Distinct terms, back to back; entry `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: UnsafeMutablePointer<UInt8>
    private var byteCount = 0
    private var byteCapacity: Int
    private var starts: UnsafeMutablePointer<Int32>
    private var startCapacity: Int
    /// Each entry's hash, upper half: what `entry(_:hash:)` keys on (see `hashes`).
    private var tags: UnsafeMutablePointer<UInt32>
    /// A number per entry, 0 when added: what a page counts of each term (see `add(_:to:)`).
    private var values: UnsafeMutablePointer<Int>
    private(set) var count = 0
    /// Open addressing, linear probing from the hash's upper half: 0 for an empty slot, else
    /// the upper half of the entry's hash << 32 | (entry + 1), so that a probe reads the
    /// entry's bytes only when the hashes agree.
    private var slots: UnsafeMutablePointer<UInt64>
    private var slotCount: Int

    init(capacity: Int = 512) {
        slotCount = 16
        while slotCount < capacity * 2 { slotCount *= 2 }
        slots = .allocate(capacity: slotCount)
        memset(slots, 0, slotCount * MemoryLayout<UInt64>.stride)
        startCapacity = max(capacity, 16) + 1
        starts = .allocate(capacity: startCapacity)
        starts[0] = 0
        tags = .allocate(capacity: startCapacity)
        values = .allocate(capacity: startCapacity)
        byteCapacity = max(capacity, 16) * 8
        bytes = .allocate(capacity: byteCapacity)
    }

    deinit {
        slots.deallocate()
        starts.deallocate()
        tags.deallocate()
        values.deallocate()
        bytes.deallocate()
    }

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
    func entry(_ term: UnsafeBufferPointer<UInt8>) -> Int {
        entry(term, hash: Self.hash(term))
    }

    /// `entry(_:)` with the term's `hash(_:)` worked out already.
    ///
    /// Only the upper half of `hash` is used, so `UInt64(hashes[i]) << 32` will do.
    func entry(_ term: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let tag = hash >> 32
        let mask = slotCount &- 1
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
        append(term, tag: UInt32(truncatingIfNeeded: tag))
        if count * 2 > slotCount { grow() }
        return entry
    }

    func entry(_ term: String) -> Int {
        var term = term
        return term.withUTF8 { entry($0) }
    }

    /// The bytes of `entry`, valid while the table lives and gains no entry.
    func bytes(_ entry: Int) -> UnsafeBufferPointer<UInt8> {
        let start = Int(starts[entry])
        return UnsafeBufferPointer(start: bytes + start, count: Int(starts[entry + 1]) - start)
    }

    /// Adds `amount` to the number kept for `entry`.
    @inline(__always)
    func add(_ amount: Int, to entry: Int) {
        values[entry] &+= amount
    }

    /// The number kept for each entry, in entry order.
    var numbers: [Int] {
        Array(UnsafeBufferPointer(start: values, count: count))
    }

    func term(_ entry: Int) -> String {
        String(decoding: bytes(entry), as: UTF8.self)
    }

    /// All terms' bytes back to back, in entry order.
    var allBytes: [UInt8] {
        Array(UnsafeBufferPointer(start: bytes, count: byteCount))
    }

    /// Where `entry`'s bytes lie in `allBytes`.
    @inline(__always)
    func range(_ entry: Int) -> (start: Int, count: Int) {
        let start = Int(starts[entry])
        return (start, Int(starts[entry + 1]) - start)
    }

    @inline(__always)
    func byte(at offset: Int) -> UInt8 { bytes[offset] }

    /// The upper half of `entry`'s hash: enough for `entry(_:hash:)` (see there).
    @inline(__always)
    func hashTag(_ entry: Int) -> UInt32 { tags[entry] }

    @inline(__always)
    private func equals(_ entry: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[entry])
        guard Int(starts[entry &+ 1]) &- start == term.count else { return false }
        return term.count == 0 || memcmp(bytes + start, term.baseAddress!, term.count) == 0
    }

    private func append(_ term: UnsafeBufferPointer<UInt8>, tag: UInt32) {
        if byteCount + term.count > byteCapacity {
            byteCapacity = max(byteCapacity * 2, byteCount + term.count)
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: byteCapacity)
            larger.update(from: bytes, count: byteCount)
            bytes.deallocate()
            bytes = larger
        }
        if let source = term.baseAddress { copyBytes(from: source, to: bytes + byteCount, count: term.count) }
        byteCount += term.count
        if count + 2 > startCapacity {
            startCapacity *= 2
            let larger = UnsafeMutablePointer<Int32>.allocate(capacity: startCapacity)
            larger.update(from: starts, count: count + 1)
            starts.deallocate()
            starts = larger
            let largerTags = UnsafeMutablePointer<UInt32>.allocate(capacity: startCapacity)
            largerTags.update(from: tags, count: count)
            tags.deallocate()
            tags = largerTags
            let largerValues = UnsafeMutablePointer<Int>.allocate(capacity: startCapacity)
            largerValues.update(from: values, count: count)
            values.deallocate()
            values = largerValues
        }
        tags[count] = tag
        values[count] = 0
        count += 1
        starts[count] = Int32(byteCount)
    }

    /// Doubles the slots and places every entry again.
    private func grow() {
        let old = slots, oldCount = slotCount
        slotCount *= 2
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0, count: slotCount)
        let mask = slotCount - 1
        for index in 0..<oldCount where old[index] != 0 {
            var slot = Int(truncatingIfNeeded: old[index] >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = old[index]
        }
        old.deallocate()
    }
}
