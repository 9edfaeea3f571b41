// tend-bench: generate deterministic vaults and time Tend's phases on them.
//   tend-bench generate OUT [--notes N] [--seed S] [--broken PERCENT]
//   tend-bench resolve VAULT
// Figures only; nothing here passes or fails on time.
import Foundation
import TendVault
import VaultGenerator

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

func option(_ name: String, in arguments: [String], default value: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
    guard let number = Int(arguments[index + 1]) else { fail("\(name) takes a whole number") }
    return number
}

func generate(_ arguments: [String]) {
    guard let out = arguments.first else { fail("usage: tend-bench generate OUT [--notes N] [--seed S] [--broken PERCENT]") }
    let generator = VaultGenerator(
        noteCount: option("--notes", in: arguments, default: 10_000),
        seed: UInt64(option("--seed", in: arguments, default: 1)),
        brokenPercent: option("--broken", in: arguments, default: 2))
    let vault = generator.generate()
    let manager = FileManager.default
    try? manager.removeItem(atPath: out)
    var bytes = 0
    for (path, contents) in vault.files {
        let url = URL(fileURLWithPath: out).appendingPathComponent(path)
        try? manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard manager.createFile(atPath: url.path, contents: Data(contents.utf8)) else { fail("cannot write \(url.path)") }
        bytes += contents.utf8.count
    }
    // The plants go in a dot-file, which the vault scanner skips.
    let plants = vault.plants.map { "\($0.kind.rawValue)\t\($0.file)\t\($0.line)\t\($0.column)" }.joined(separator: "\n")
    _ = manager.createFile(atPath: out + "/.plants.tsv", contents: Data((plants + "\n").utf8))
    print("generated \(vault.files.count) files (\(bytes / 1024) KiB) with \(vault.plants.count) planted defects in \(out)")
}

func resolve(_ arguments: [String]) {
    guard let root = arguments.first else { fail("usage: tend-bench resolve VAULT") }
    let clock = ContinuousClock()
    let start = clock.now
    let vault: Vault
    do { vault = try Vault.load(root: root) } catch { fail(error.description) }
    let loaded = clock.now
    let resolved = ResolvedVault(vault: vault)
    let done = clock.now
    let links = resolved.resolutions.reduce(0) { $0 + $1.count }
    let broken = resolved.resolutions.reduce(0) { $0 + $1.filter { !$0.isResolved }.count }
    func ms(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.0f ms", value)
    }
    print("notes \(vault.notes.count), files \(vault.files.count), links \(links), broken \(broken); "
        + "read+parse \(ms(loaded - start)), resolve \(ms(done - loaded)), total \(ms(done - start))")
    // Like `tend` itself, end without freeing the vault: the process is about to go away.
    exitWithoutTeardown(0)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else { fail("usage: tend-bench generate|resolve …") }
arguments.removeFirst()
switch command {
case "generate": generate(arguments)
case "resolve": resolve(arguments)
default: fail("unknown command \(command); use generate or resolve")
}
