import Foundation
import TendVault

/// Findings recorded on one day, so that CI can fail only on new ones.
///
/// A fingerprint hashes the rule, the file and the finding's subject, plus which occurrence of
/// that subject it is. The subject is the link as written; for findings without one (a bad
/// property, a stale note) and for `#todo`s it is the message with its digits removed, so a
/// new problem of the same rule is never mistaken for an old one, while day counts and line
/// numbers can change. Line numbers are left out, so edits elsewhere in a note do not turn
/// old findings into new ones.
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
        struct Subject: Hashable {
            let rule: String
            let target: String
        }
        // A subject includes its file, so occurrences are counted file by file, in order; the
        // files are independent of each other and go on all cores.
        var byFile: [String: [Int]] = [:]
        for index in findings.indices { byFile[findings[index].file, default: []].append(index) }
        let groups = Array(byFile.values)
        let perGroup = ParallelMap.map(groups) { [findings] indices -> [String] in
            var occurrences: [Subject: Int] = [:]
            return indices.map { index in
                let finding = findings[index]
                let subject = Subject(rule: finding.rule, target: subjectText(finding))
                let occurrence = occurrences[subject, default: 0]
                occurrences[subject] = occurrence + 1
                // Fields joined by U+001F (unit separator), as text: "rule␟file␟target␟occurrence".
                var hash = FNV1a()
                hash.add(finding.rule)
                hash.add(separator)
                hash.add(finding.file)
                hash.add(separator)
                hash.add(subject.target)
                hash.add(separator)
                hash.add(String(occurrence))
                return hash.hex
            }
        }
        for (indices, fingerprints) in zip(groups, perGroup) {
            for (index, fingerprint) in zip(indices, fingerprints) { findings[index].fingerprint = fingerprint }
        }
    }

    private static let separator = "\u{1F}"

    /// The link as written; else (and for `#todo`s, whose target is just the tag) the message
    /// with every run of digits replaced by `#`.
    static func subjectText(_ finding: Finding) -> String {
        if let target = finding.target, finding.rule != "todo" { return target }
        var skeleton: [UInt8] = []
        for byte in finding.message.utf8 {
            if (48...57).contains(byte) {
                if skeleton.last != UInt8(ascii: "#") { skeleton.append(UInt8(ascii: "#")) }
            } else {
                skeleton.append(byte)
            }
        }
        return (finding.target ?? "") + String(decoding: skeleton, as: UTF8.self)
    }

    /// FNV-1a, 64 bits, as 16 hex digits: stable across runs and machines (unlike `hashValue`).
    static func fnv1a(_ text: String) -> String {
        var hash = FNV1a()
        hash.add(text)
        return hash.hex
    }
}

/// FNV-1a over the UTF-8 bytes of the strings added, in order.
struct FNV1a {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            for byte in bytes {
                value ^= UInt64(byte)
                value = value &* 0x0000_0100_0000_01B3
            }
        }
    }

    var hex: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
