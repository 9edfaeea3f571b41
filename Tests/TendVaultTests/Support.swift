import Foundation
@testable import TendVault

/// Helpers shared by the vault tests.
enum Support {
    /// `Tests/TendVaultTests/Fixtures/NAME`, found from this file's path (no bundle needed).
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    static func write(_ contents: String, to path: String) {
        let url = URL(fileURLWithPath: path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(contents.utf8).write(to: url)
    }

    /// The single link of a one-note vault, with its resolution.
    static func onlyLink(in resolved: ResolvedVault, note: String) -> (Link, LinkResolution)? {
        guard let index = resolved.vault.notes.firstIndex(where: { $0.path == note }),
              let link = resolved.vault.notes[index].links.first else { return nil }
        return (link, resolved.resolutions[index][0])
    }

    /// `file:line:col → target#anchor` or `file:line:col ✗ status` for each link of a note.
    static func summary(_ resolved: ResolvedVault, note: String) -> [String] {
        LinkListing(resolved).entries.filter { $0.file == note }.map { entry in
            let place = "\(entry.line):\(entry.column) \(entry.raw)"
            return entry.status == .resolved
                ? "\(place) → \(entry.target ?? "")\(entry.anchor ?? "")"
                : "\(place) ✗ \(entry.status.rawValue)"
        }
    }
}
