import Foundation
import TendVault

/// Writes a site into a staging folder beside the output folder, then swaps it into place,
/// so a failed or interrupted build leaves the previous site as it was. A file whose bytes
/// did not change is hard-linked from the previous site instead of rewritten (same inode,
/// same modification time), so rsync and browsers see it unchanged.
final class SiteOutput: @unchecked Sendable {
    let output: String
    let staging: String
    private let lock = NSLock()
    private var createdFolders: Set<String> = []
    private(set) var written = 0
    private(set) var unchanged = 0
    /// Whether there is a previous site to compare with: a first build skips looking for
    /// each file in it (a failed `stat` per page).
    private let hasPrevious: Bool
    /// Marks a folder as made by `tend build`: only such a folder is ever replaced.
    static let marker = ".tend-site"

    init(output: String, vaultRoot: String) throws(VaultError) {
        let outputPath = SiteOutput.absolute(output)
        let vaultPath = SiteOutput.absolute(vaultRoot)
        let home = SiteOutput.absolute(ProcessInfo.processInfo.environment["HOME"] ?? "/root")
        func refuse(_ reason: String, _ fix: String) -> VaultError {
            VaultError(step: .write, file: output, reason: reason, fix: fix)
        }
        if outputPath == "/" || outputPath == home {
            throw refuse("the output folder is / or your home folder", "choose a folder of its own, e.g. --out _site")
        }
        if outputPath == vaultPath || vaultPath.hasPrefix(outputPath + "/") {
            throw refuse("the output folder is the vault or contains it", "choose a folder outside the vault, e.g. --out _site")
        }
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        hasPrevious = fileManager.fileExists(atPath: outputPath, isDirectory: &isDirectory)
        if hasPrevious {
            guard isDirectory.boolValue else { throw refuse("it exists and is not a folder", "remove it or choose another path") }
            let entries = (try? fileManager.contentsOfDirectory(atPath: outputPath)) ?? []
            if !entries.isEmpty && !entries.contains(SiteOutput.marker) {
                throw refuse("the folder is not empty and was not written by tend build",
                             "choose an empty or new folder; Tend only replaces folders it wrote itself")
            }
        }
        self.output = outputPath
        let parent = (outputPath as NSString).deletingLastPathComponent
        let name = (outputPath as NSString).lastPathComponent
        self.staging = "\(parent)/.\(name).tend-staging-\(getpid())"
        try? fileManager.removeItem(atPath: staging)
        // Leftovers of interrupted builds (their process is gone).
        // (`…-trash` folders belong to a background `rm`, which removes them itself.)
        for entry in (try? fileManager.contentsOfDirectory(atPath: parent)) ?? []
        where entry.hasPrefix(".\(name).tend-staging-") && !entry.hasSuffix("-trash") {
            let digits = entry.dropFirst(".\(name).tend-staging-".count).prefix { $0.isNumber }
            if let other = Int32(digits), other != getpid(), kill(other, 0) != 0 {
                try? fileManager.removeItem(atPath: parent + "/" + entry)
            }
        }
        do {
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw refuse("the staging folder \(staging) cannot be created", "check that the parent folder exists and is writable")
        }
    }

    static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        var result = url.path
        while result.count > 1 && result.hasSuffix("/") { result.removeLast() }
        return result
    }

    /// Makes the folder of `relative` in the staging folder. The lock guards only the set of
    /// folders made: held during `mkdir`, it made the page threads take turns in the kernel.
    /// A folder enters the set once it exists, so a thread that finds it there can write.
    private func prepareFolder(of relative: String) throws(VaultError) {
        guard let folderPart = PathParts.beforeLastSlash(relative) else { return }
        let folder = String(folderPart)
        lock.lock()
        let isMade = createdFolders.contains(folder)
        lock.unlock()
        guard !isMade else { return }
        try makeFolder(folder)
        lock.lock()
        createdFolders.insert(folder)
        lock.unlock()
    }

    /// One mkdir for a folder whose parent exists (most pages); parents first when it does not.
    private func makeFolder(_ folder: String) throws(VaultError) {
        let path = staging + "/" + folder
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        if errno == ENOENT, let parent = PathParts.beforeLastSlash(folder) {
            try makeFolder(String(parent))
            if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        }
        throw VaultError(step: .write, file: path, reason: "the folder cannot be created", fix: "check free space and permissions")
    }

    /// Writes one file of the site (`relative` to the site's root). Safe from several threads.
    func write(_ relative: String, _ bytes: [UInt8]) throws(VaultError) {
        try prepareFolder(of: relative)
        let target = staging + "/" + relative
        let previous = output + "/" + relative
        if hasPrevious, FileBytes.equal(previous, bytes), link(previous, target) == 0 {
            count(unchanged: true)
            return
        }
        let ok = FileBytes.write(target, bytes)
        guard ok else {
            throw VaultError(step: .write, file: target, reason: "the file cannot be written", fix: "check free space and permissions")
        }
        count(unchanged: false)
    }

    func write(_ relative: String, _ text: String) throws(VaultError) {
        try write(relative, Array(text.utf8))
    }

    private func count(unchanged isUnchanged: Bool) {
        lock.lock()
        if isUnchanged { unchanged += 1 } else { written += 1 }
        lock.unlock()
    }

    /// Puts the staged site in place of the old one and removes the old one.
    func commit() throws(VaultError) {
        try write(SiteOutput.marker, "Written by tend build. Tend replaces this folder on every build.\n")
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: output) {
            // One atomic exchange where the kernel offers renameat2; two renames otherwise.
            if SiteOutput.exchange(staging, output) {
                SiteOutput.removeInBackground(staging)
                return
            }
            let old = staging + "-old"
            guard rename(output, old) == 0 else {
                throw VaultError(step: .write, file: output, reason: "the previous site cannot be moved aside", fix: "check permissions")
            }
            guard rename(staging, output) == 0 else {
                _ = rename(old, output)
                throw VaultError(step: .write, file: output, reason: "the new site cannot be moved into place", fix: "check permissions")
            }
            SiteOutput.removeInBackground(old)
        } else {
            let parent = (output as NSString).deletingLastPathComponent
            try? fileManager.createDirectory(atPath: parent, withIntermediateDirectories: true)
            guard rename(staging, output) == 0 else {
                throw VaultError(step: .write, file: output, reason: "the new site cannot be moved into place", fix: "check permissions")
            }
        }
    }

    /// Deletes the previous site after the swap without making the build wait for it (10,000
    /// folders take about a second): a detached `rm -rf` of a folder only Tend uses. If it
    /// cannot be started, the folder is removed here.
    static func removeInBackground(_ path: String) {
        let trash = path + "-trash"
        guard rename(path, trash) == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            return
        }
        var pid: pid_t = 0
        let arguments = ["rm", "-rf", trash]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        if posix_spawnp(&pid, "rm", nil, nil, &argv, environ) != 0 {
            try? FileManager.default.removeItem(atPath: trash)
        }
    }

    /// Removes the staging folder of a failed build.
    func abandon() {
        try? FileManager.default.removeItem(atPath: staging)
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `renameat2(…, RENAME_EXCHANGE)`, looked up at run time: glibc declares it only under
    /// `_GNU_SOURCE`, which Swift's Glibc module does not set.
    private static func exchange(_ a: String, _ b: String) -> Bool {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let function = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        return function(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }
}
