import Foundation

/// Notices changes to the vault (notes, attachments, `tend.yaml`, template overrides) by
/// polling file sizes and modification times.
///
/// Polling rather than inotify: one code path on every platform, no watch limits, and a
/// scan of 10,000 files costs a few milliseconds, far below a writer's save rate. Bursts
/// of saves are debounced: a change is reported once nothing changed for `quiet` seconds.
public final class VaultWatcher: @unchecked Sendable {
    public struct Stamp: Equatable, Sendable {
        var size: Int64
        var modified: Int64
    }

    let root: String
    let extraFiles: [String]
    let interval: TimeInterval
    let quiet: TimeInterval

    public init(root: String, extraFiles: [String] = [], interval: TimeInterval = 0.1, quiet: TimeInterval = 0.05) {
        self.root = root
        self.extraFiles = extraFiles
        self.interval = interval
        self.quiet = quiet
    }

    /// Every watched file with its stamp. Dot-folders are skipped except `.tend/` (template
    /// overrides); the vault's own `.obsidian/app.json` counts (it changes line breaks).
    public func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        func visit(_ folder: String, relative: String) {
            guard let directory = opendir(folder) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
                }
                if name == "." || name == ".." { continue }
                let path = folder + "/" + name
                let relativePath = relative.isEmpty ? name : relative + "/" + name
                if name.hasPrefix(".") && name != ".tend" && relativePath != ".obsidian" { continue }
                var status = stat()
                guard stat(path, &status) == 0 else { continue }
                if (status.st_mode & S_IFMT) == S_IFDIR {
                    visit(path, relative: relativePath)
                } else if relative != ".obsidian" || name == "app.json" {
                    stamps[relativePath] = Stamp(size: Int64(status.st_size),
                                                 modified: Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec))
                }
            }
        }
        visit(root, relative: "")
        for file in extraFiles {
            var status = stat()
            if stat(file, &status) == 0 {
                stamps["@" + file] = Stamp(size: Int64(status.st_size),
                                           modified: Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec))
            }
        }
        return stamps
    }

    /// Paths that differ between two snapshots (added, removed or changed), sorted.
    public static func changes(from old: [String: Stamp], to new: [String: Stamp]) -> [String] {
        var changed: Set<String> = []
        for (path, stamp) in new where old[path] != stamp { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed.sorted()
    }

    /// Calls `onChange` with the changed paths after each settled burst, until cancelled.
    public func run(from start: [String: Stamp], onChange: @Sendable ([String]) async -> Void) async {
        var known = start
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
            var current = snapshot()
            var changed = Self.changes(from: known, to: current)
            guard !changed.isEmpty else { continue }
            // Debounce: wait until a scan shows nothing new.
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(quiet * 1_000_000_000))
                let next = snapshot()
                let more = Self.changes(from: current, to: next)
                current = next
                if more.isEmpty { break }
                changed = Array(Set(changed).union(more)).sorted()
            }
            known = current
            guard !Task.isCancelled else { return }
            await onChange(changed)
        }
    }
}
