import Foundation

/// Settings from the vault's `.obsidian/app.json` that change rendering.
enum ObsidianSettings {
    /// `strictLineBreaks` (spec §0.4): false unless the vault turned it on.
    static func strictLineBreaks(vaultRoot: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: vaultRoot + "/.obsidian/app.json"),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        return object["strictLineBreaks"] as? Bool ?? false
    }
}
