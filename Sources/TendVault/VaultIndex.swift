#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every file name of the vault, indexed before any link is resolved (spec §1.3 step 2).
struct VaultIndex: Sendable {
    /// Lower-cased, NFC file name with extension (UTF-8) → file indices in load order.
    let byName: FileNameTable
    /// Lower-cased, NFC full path of each file, as UTF-8 (compared byte-wise: both sides are NFC).
    let lowerPaths: [[UInt8]]

    init(files: [VaultFile]) {
        var lowerPaths: [[UInt8]] = []
        lowerPaths.reserveCapacity(files.count)
        for file in files { lowerPaths.append(lowercaseBytes(file.path)) }
        self.byName = FileNameTable(fileNames: lowerPaths.map(fileNameSlice))
        self.lowerPaths = lowerPaths
    }
}

/// The last `/`-separated segment of a path.
func lastSegment(_ path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
    return String(path[path.utf8.index(after: slash)...])
}

/// Unicode lower-casing (as JavaScript's `toLowerCase`), with a fast path for ASCII text.
func lowercase(_ text: String) -> String {
    String(decoding: lowercaseBytes(text), as: UTF8.self)
}

/// Lower-cased UTF-8 bytes of `text` (see `lowercase`), read through a contiguous buffer.
func lowercaseBytes(_ text: String) -> [UInt8] {
    var text = text
    let ascii: [UInt8]? = text.withUTF8 { source in
        // One pass that lower-cases and notes any non-ASCII byte; written through a pointer
        // (appending byte by byte was ~1,300 instructions per link resolved).
        // Room for the `.md` the resolver may append, so that append does not reallocate.
        var seen: UInt8 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: source.count + 3) { buffer, count in
            for index in 0..<source.count {
                let byte = source[index]
                seen |= byte
                buffer[index] = byte &- 65 < 26 ? byte &+ 32 : byte
            }
            count = source.count
        }
        return seen < 0x80 ? bytes : nil
    }
    return ascii ?? unicodeLowercaseBytes(text)
}

/// `Array(text.lowercased().utf8)` for text that is not all ASCII. The standard library
/// lower-cases such text one scalar at a time, appending each scalar's `lowercaseMapping`,
/// ASCII scalars included (~400 instructions each); here ASCII scalars, most of a path even
/// when a few letters are accented, are mapped on bytes and only the others looked up.
func unicodeLowercaseBytes(_ text: String) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count + 3)
    for scalar in text.unicodeScalars {
        if scalar.isASCII {
            result.append(asciiLower(UInt8(scalar.value)))
        } else {
            result.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
    }
    return result
}

/// A file name as a dictionary key: hashes its bytes in one call (an `[UInt8]` key would
/// feed the hasher one byte at a time). A slice, so a name is looked up inside its
/// lower-cased path without copying it out.
struct NameKey: Hashable, Sendable {
    let bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }
    init(_ bytes: [UInt8]) { self.bytes = bytes[...] }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    /// Lengths first, then one `memcmp`: `elementsEqual` on slices compared byte by byte
    /// through an iterator.
    static func == (a: NameKey, b: NameKey) -> Bool {
        guard a.bytes.count == b.bytes.count else { return false }
        return a.bytes.withUnsafeBytes { left in
            b.bytes.withUnsafeBytes { right in
                left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
            }
        }
    }
}

/// The bytes after the last `/`, in place.
func fileNameSlice(_ path: [UInt8]) -> ArraySlice<UInt8> {
    guard let slash = path.lastIndex(of: UInt8(ascii: "/")) else { return path[...] }
    return path[(slash + 1)...]
}

/// The bytes after the last `/`.
func fileName(_ path: [UInt8]) -> [UInt8] {
    guard let slash = path.lastIndex(of: UInt8(ascii: "/")) else { return path }
    return Array(path[(slash + 1)...])
}

extension Array where Element == UInt8 {
    func hasPrefix<Prefix: Collection<UInt8>>(_ prefix: Prefix) -> Bool {
        count >= prefix.count && self[0..<prefix.count].elementsEqual(prefix)
    }

    func hasSuffix(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
