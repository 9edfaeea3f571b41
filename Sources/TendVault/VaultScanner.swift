#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists every file under a vault root.
///
/// Skips dot-files and dot-folders (`.obsidian/`, `.git/`, `.trash/`) and paths matching the
/// ignore globs. Symbolic links are followed only when they stay inside the vault, and a
/// folder reached twice (a link loop) is read once, so a scan always ends.
struct VaultScanner {
    struct Entry {
        var path: String
        var absolutePath: String
    }

    /// Something the scan passed over, with the reason (shown by `--verbose` and in lint).
    struct Skipped {
        var path: String
        var reason: String
    }

    let root: String
    let ignore: [GlobPattern]

    func scan() throws(VaultError) -> (entries: [Entry], skipped: [Skipped]) {
        guard let realRoot = realPath(root) else {
            throw VaultError(step: .scan, file: root, reason: "the vault folder does not exist or cannot be read",
                             fix: "pass the path of a folder that holds your notes")
        }
        var info = stat()
        guard stat(realRoot, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw VaultError(step: .scan, file: root, reason: "this is not a folder",
                             fix: "pass the vault's folder, not a file inside it")
        }
        var entries: [Entry] = []
        var skipped: [Skipped] = []
        var visited: Set<FileIdentity> = [FileIdentity(info)]
        var pending: [(relative: String, absolute: String)] = [("", realRoot)]
        while let (relative, absolute) = pending.popLast() {
            guard let directory = opendir(absolute) else {
                skipped.append(Skipped(path: relative, reason: "folder cannot be read"))
                continue
            }
            var children: [(name: String, isRegularFile: Bool)] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                if name.hasPrefix(".") { continue }
                children.append((name, entry.pointee.d_type == UInt8(DT_REG)))
            }
            closedir(directory)
            // The folder's part of its children's paths, made once: two appends per child
            // (a path, then "/" and the name) cost a fifth of this serial step.
            let relativePrefix = relative.isEmpty ? "" : relative + "/"
            let absolutePrefix = absolute + "/"
            for (name, isRegularFile) in children.sorted(by: { $0.name < $1.name }) {
                let childRelative = relativePrefix + name
                let childAbsolute = absolutePrefix + name
                // The directory entry says "regular file" for most: no `lstat` needed then
                // (10,000 system calls at 10k notes). Other kinds, and file systems that do
                // not say, are asked.
                if isRegularFile {
                    if !ignore.contains(where: { $0.matches(childRelative) }) {
                        entries.append(Entry(path: nfc(childRelative), absolutePath: childAbsolute))
                    }
                    continue
                }
                var childInfo = stat()
                guard lstat(childAbsolute, &childInfo) == 0 else { continue }
                var target = childAbsolute
                if (childInfo.st_mode & S_IFMT) == S_IFLNK {
                    guard let resolved = realPath(childAbsolute), stat(resolved, &childInfo) == 0 else {
                        skipped.append(Skipped(path: childRelative, reason: "broken symbolic link"))
                        continue
                    }
                    guard resolved == realRoot || resolved.hasPrefix(realRoot + "/") else {
                        skipped.append(Skipped(path: childRelative, reason: "symbolic link leads outside the vault"))
                        continue
                    }
                    target = resolved
                }
                let isFolder = (childInfo.st_mode & S_IFMT) == S_IFDIR
                if ignore.contains(where: { isFolder ? $0.matchesFolder(childRelative) : $0.matches(childRelative) }) {
                    continue
                }
                if isFolder {
                    guard visited.insert(FileIdentity(childInfo)).inserted else {
                        skipped.append(Skipped(path: childRelative, reason: "folder already read (symbolic link loop)"))
                        continue
                    }
                    pending.append((childRelative, target))
                } else if (childInfo.st_mode & S_IFMT) == S_IFREG {
                    entries.append(Entry(path: nfc(childRelative), absolutePath: target))
                }
            }
        }
        // Byte order of the paths: the same on every machine and locale. Compared with
        // memcmp: the generic element-by-element comparison cost ~170 instructions a pair,
        // and paths share long folder prefixes.
        let keys = entries.map { Array($0.path.utf8) }
        let order = keys.indices.sorted { Self.bytesPrecede(keys[$0], keys[$1]) }
        return (order.map { entries[$0] }, skipped)
    }

    /// Whether `a` comes before `b` in byte order (a prefix first).
    static func bytesPrecede(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let common = min(a.count, b.count)
        let order = a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common) }
        }
        return order != 0 ? order < 0 : a.count < b.count
    }

    private func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// Device and inode: the identity of a folder, for loop detection.
private struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
