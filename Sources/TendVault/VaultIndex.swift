/// Every file name of the vault, indexed before any link is resolved (spec §1.3 step 2).
struct VaultIndex: Sendable {
    /// Lower-cased, NFC file name with extension → file indices in load order.
    let byName: [String: [Int]]
    /// Lower-cased, NFC full path of each file, as UTF-8 (compared byte-wise: both sides are NFC).
    let lowerPaths: [[UInt8]]

    init(files: [VaultFile]) {
        var byName: [String: [Int]] = [:]
        var lowerPaths: [[UInt8]] = []
        lowerPaths.reserveCapacity(files.count)
        for (index, file) in files.enumerated() {
            let lower = lowercase(file.path)
            lowerPaths.append(Array(lower.utf8))
            byName[lastSegment(lower), default: []].append(index)
        }
        self.byName = byName
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
    var isASCII = true
    var hasUpper = false
    for byte in text.utf8 {
        if byte >= 0x80 { isASCII = false; break }
        if byte >= 65 && byte <= 90 { hasUpper = true }
    }
    guard isASCII else { return text.lowercased() }
    guard hasUpper else { return text }
    return String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
}

extension Array where Element == UInt8 {
    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        count >= prefix.count && self[0..<prefix.count].elementsEqual(prefix)
    }

    func hasSuffix(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
