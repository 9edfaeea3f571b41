/// Every file name of the vault, indexed before any link is resolved (spec §1.3 step 2).
struct VaultIndex: Sendable {
    /// Lower-cased, NFC file name with extension → file indices in load order.
    let byName: [String: [Int]]
    /// Lower-cased, NFC full path of each file.
    let lowerPaths: [String]

    init(files: [VaultFile]) {
        var byName: [String: [Int]] = [:]
        var lowerPaths: [String] = []
        lowerPaths.reserveCapacity(files.count)
        for (index, file) in files.enumerated() {
            let lower = file.path.lowercased()
            lowerPaths.append(lower)
            byName[lastSegment(lower), default: []].append(index)
        }
        self.byName = byName
        self.lowerPaths = lowerPaths
    }
}

func lastSegment(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
}
