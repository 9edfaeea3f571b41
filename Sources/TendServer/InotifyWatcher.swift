#if os(Linux)
import Foundation
import Glibc

/// Notices changes to the vault through Linux's inotify: no scanning, so a save is seen within
/// milliseconds and an idle server costs nothing. `VaultWatcher` (polling) is the fallback
/// when inotify is unavailable or out of watches.
///
/// Every folder of the vault gets a watch (inotify does not recurse); folders created later
/// get one when they appear. Editors that save through a temporary file and a rename produce
/// events for files that are gone by the time the burst settles: a path is reported only if
/// it exists then or was part of the vault before.
final class InotifyWatcher: @unchecked Sendable {
    let root: String
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    /// Vault files (relative paths) known to exist.
    private var known: Set<String>
    let quiet: TimeInterval

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MODIFY | IN_DELETE_SELF)

    init?(root: String, known: Set<String>, quiet: TimeInterval = 0.03) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.root = root
        self.descriptor = descriptor
        self.known = known
        self.quiet = quiet
        guard watchTree("") else {
            close(descriptor)
            return nil
        }
    }

    deinit { close(descriptor) }

    /// The same folders the polling watcher reads: dot-folders are skipped but `.tend`
    /// (template overrides) and `.obsidian` (for `app.json`).
    static func isWatched(folderNamed name: String) -> Bool {
        !name.hasPrefix(".") || name == ".tend" || name == ".obsidian"
    }

    /// Watches `relative` and every folder below it; false when inotify refuses (watch limit).
    @discardableResult
    private func watchTree(_ relative: String) -> Bool {
        let path = relative.isEmpty ? root : root + "/" + relative
        let watch = inotify_add_watch(descriptor, path, Self.mask)
        guard watch >= 0 else { return false }
        folders[watch] = relative
        guard let directory = opendir(path) else { return true }
        defer { closedir(directory) }
        var children: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard name != ".", name != "..", Self.isWatched(folderNamed: name) else { continue }
            var status = stat()
            if stat(path + "/" + name, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR { children.append(name) }
        }
        for child in children where !watchTree(relative.isEmpty ? child : relative + "/" + child) { return false }
        return true
    }

    /// Paths named by the events waiting in the queue; `*` when the queue overflowed.
    private func drain() -> Set<String> {
        var paths: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let watch = buffer.withUnsafeBytes { $0.load(fromByteOffset: offset, as: Int32.self) }
                let mask = buffer.withUnsafeBytes { $0.load(fromByteOffset: offset + 4, as: UInt32.self) }
                let length = Int(buffer.withUnsafeBytes { $0.load(fromByteOffset: offset + 12, as: UInt32.self) })
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    paths.insert("*")
                    continue
                }
                if mask & UInt32(IN_IGNORED) != 0 {
                    folders[watch] = nil
                    continue
                }
                guard let folder = folders[watch], !nameBytes.isEmpty else { continue }
                let name = String(decoding: nameBytes, as: UTF8.self)
                let relative = folder.isEmpty ? name : folder + "/" + name
                if mask & UInt32(IN_ISDIR) != 0 {
                    guard Self.isWatched(folderNamed: name) else { continue }
                    if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watchTree(relative) }
                    paths.insert(relative + "/")
                    continue
                }
                // Inside `.obsidian` only `app.json` matters (Obsidian rewrites workspace files constantly).
                if folder == ".obsidian" && name != "app.json" { continue }
                paths.insert(relative)
            }
        }
        return paths
    }

    /// Turns raw event paths into the changed vault files: a folder stands for the files in
    /// it; files that came and went within the burst (an editor's temporary files) are dropped.
    private func settle(_ paths: Set<String>) -> [String] {
        var changed: Set<String> = []
        for path in paths {
            if path == "*" { return ["*"] }
            if path.hasSuffix("/") {
                let folder = String(path.dropLast())
                let inside = known.filter { $0.hasPrefix(folder + "/") }
                changed.formUnion(inside)
                known.subtract(inside)
                // A folder scanned on its own is its own root: drop what the vault's scan would
                // (of a new `.obsidian` folder only `app.json` counts, not Obsidian's workspace files).
                let now = VaultWatcher(root: root + "/" + folder).snapshot().keys.map { folder + "/" + $0 }
                    .filter { !$0.hasPrefix(".obsidian/") || $0 == ".obsidian/app.json" }
                changed.formUnion(now)
                known.formUnion(now)
                continue
            }
            var status = stat()
            if stat(root + "/" + path, &status) == 0 {
                changed.insert(path)
                known.insert(path)
            } else if known.remove(path) != nil {
                changed.insert(path)
            }
        }
        return changed.sorted()
    }

    /// Calls `onChange` after each burst of events has been quiet for `quiet` seconds.
    func run(onChange: @Sendable ([String]) async -> Void) async {
        var pending: Set<String> = []
        var lastEvent = DispatchTime.now()
        while !Task.isCancelled {
            let events = drain()
            let now = DispatchTime.now()
            if !events.isEmpty {
                pending.formUnion(events)
                lastEvent = now
            } else if !pending.isEmpty, Double(now.uptimeNanoseconds - lastEvent.uptimeNanoseconds) / 1e9 >= quiet {
                let changed = settle(pending)
                pending = []
                if !changed.isEmpty && !Task.isCancelled { await onChange(changed) }
                continue
            }
            try? await Task.sleep(nanoseconds: pending.isEmpty ? 20_000_000 : 5_000_000)
        }
    }
}
#endif
