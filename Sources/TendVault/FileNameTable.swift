#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lower-cased file names → the files that carry each name (spec §1.3 step 2): what the
/// resolver looks up for every link of the vault, on all cores at once.
///
/// Plain integers in flat arrays, read in place: a `[NameKey: [Int]]` cost several cache
/// misses per link (bucket, key bytes and value array were each their own heap object), and
/// both threads retained the same value arrays atomically. Here a lookup is one probe of an
/// open-addressing table and one `memcmp` with the name's bytes.
struct FileNameTable: Sendable {
    private struct Slot {
        var hash: UInt64 = 0
        /// The name is `names[nameStart..<nameStart + nameCount]`.
        var nameStart: Int32 = 0
        var nameCount: Int32 = 0
        /// Its files are `files[filesStart..<filesStart + fileCount]`; 0 files: an empty slot.
        var filesStart: Int32 = 0
        var fileCount: Int32 = 0
    }

    /// Linear probing; a power-of-two count, at most half full, so every probe run ends.
    private let slots: [Slot]
    /// Every distinct name's bytes, end to end.
    private let names: [UInt8]
    /// File indices grouped by name, each group in load order.
    let files: [Int]

    /// `fileNames[i]` is the lower-cased name of file `i`.
    init(fileNames: [ArraySlice<UInt8>]) {
        // Names grouped in order of first appearance through a probe table of their own (group
        // number + 1, 0 for empty), with this table's hash: grouping through a Swift dictionary
        // hashed each name with SipHash, and building the index is a serial step of the load.
        var capacity = 1
        while capacity < fileNames.count * 2 { capacity *= 2 }
        var groupAt = [Int32](repeating: 0, count: capacity)
        var groups: [[Int]] = []
        var groupNames: [ArraySlice<UInt8>] = []
        var groupHashes: [UInt64] = []
        for (file, name) in fileNames.enumerated() {
            let hash = Self.finish(Self.hash(name, continuing: Self.seed))
            var position = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while true {
                let group = Int(groupAt[position]) - 1
                if group < 0 {
                    groupAt[position] = Int32(groups.count + 1)
                    groups.append([file])
                    groupNames.append(name)
                    groupHashes.append(hash)
                    break
                }
                if groupHashes[group] == hash && NameKey(groupNames[group]) == NameKey(name) {
                    groups[group].append(file)
                    break
                }
                position = (position + 1) & (capacity - 1)
            }
        }
        capacity = 1
        while capacity < groups.count * 2 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        var names: [UInt8] = []
        var files: [Int] = []
        files.reserveCapacity(fileNames.count)
        for group in groups.indices {
            let name = groupNames[group], hash = groupHashes[group]
            var position = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[position].fileCount != 0 { position = (position + 1) & (capacity - 1) }
            slots[position] = Slot(hash: hash, nameStart: Int32(names.count), nameCount: Int32(name.count),
                                   filesStart: Int32(files.count), fileCount: Int32(groups[group].count))
            names += name
            files += groups[group]
        }
        self.slots = slots
        self.names = names
        self.files = files
    }

    /// Where in `files` the files named `name` followed by `suffix` (both lower-cased) are;
    /// empty when none is. The suffix is matched in place: the resolver tries `name.md`
    /// without building it.
    func files(named name: UnsafeBufferPointer<UInt8>, suffix: StaticString = "") -> Range<Int> {
        let suffix = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        let hash = Self.finish(Self.hash(suffix, continuing: Self.hash(name, continuing: Self.seed)))
        let count = name.count + suffix.count
        let mask = slots.count - 1
        var position = Int(truncatingIfNeeded: hash) & mask
        return names.withUnsafeBufferPointer { names in
            while true {
                let slot = slots[position]
                if slot.fileCount == 0 { return 0..<0 }
                if slot.hash == hash && Int(slot.nameCount) == count {
                    let stored = names.baseAddress! + Int(slot.nameStart)
                    if (name.isEmpty || memcmp(stored, name.baseAddress!, name.count) == 0)
                        && (suffix.isEmpty || memcmp(stored + name.count, suffix.baseAddress!, suffix.count) == 0) {
                        return Int(slot.filesStart)..<Int(slot.filesStart + slot.fileCount)
                    }
                }
                position = (position + 1) & mask
            }
        }
    }

    /// FNV-1a, then a multiply-shift finish so the low bits (the slot) depend on every byte.
    /// Swift's `Hasher` (SipHash) cost several times more, and names come from the vault's
    /// own files, not from an adversary.
    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    private static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes, continuing hash: UInt64) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    private static func finish(_ hash: UInt64) -> UInt64 {
        var hash = hash ^ (hash >> 29)
        hash &*= 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}
