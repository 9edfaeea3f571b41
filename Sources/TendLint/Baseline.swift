import Foundation
import TendVault

/// Findings recorded on one day, so that CI can fail only on new ones.
///
/// A fingerprint hashes the rule, the file and the finding's subject (the link as written,
/// or nothing for note-level findings), plus which occurrence of that triple it is. Line
/// numbers are left out, so edits elsewhere in a note do not turn old findings into new ones.
public struct Baseline: Sendable, Equatable {
    public var fingerprints: Set<String>

    public init(fingerprints: Set<String>) { self.fingerprints = fingerprints }

    public init(report: LintReport) { fingerprints = Set(report.findings.map(\.fingerprint)) }

    /// `{"version": 1, "fingerprints": [...]}`, sorted: diffs of the file stay readable.
    public func json() -> String {
        let sorted = fingerprints.sorted().map { "    \"\($0)\"" }.joined(separator: ",\n")
        return "{\n  \"version\": 1,\n  \"fingerprints\": [\n\(sorted)\n  ]\n}\n"
    }

    public static func load(_ path: String) throws(VaultError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw VaultError(step: .config, file: path, reason: "the baseline file cannot be read",
                             fix: "create it with `tend lint --write-baseline \(path)`")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let list = object["fingerprints"] as? [String] else {
            throw VaultError(step: .config, file: path, reason: "this is not a Tend baseline file",
                             fix: "write it again with `tend lint --write-baseline \(path)`")
        }
        return Baseline(fingerprints: Set(list))
    }

    /// Gives each finding its fingerprint; findings must already be in their final order.
    static func fingerprint(_ findings: inout [Finding]) {
        var occurrences: [String: Int] = [:]
        for index in findings.indices {
            let finding = findings[index]
            let subject = "\(finding.rule)\u{1F}\(finding.file)\u{1F}\(finding.target ?? "")"
            let occurrence = occurrences[subject, default: 0]
            occurrences[subject] = occurrence + 1
            findings[index].fingerprint = fnv1a("\(subject)\u{1F}\(occurrence)")
        }
    }

    /// FNV-1a, 64 bits, as 16 hex digits: stable across runs and machines (unlike `hashValue`).
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
