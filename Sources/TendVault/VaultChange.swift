import Foundation

/// A vault after files were added, removed, renamed or edited (`tend serve`): the folder is
/// scanned again, notes that did not change are reused as they are, the rest are read.
public struct VaultChange: Sendable {
    public let vault: Vault
    /// New file index of each old file (by old file index); nil when the file is gone.
    public let fileMap: [Int?]
    /// New note indices of the notes read again: new files and files that changed on disk.
    public let rereadNotes: [Int]

    public init(vault: Vault, fileMap: [Int?], rereadNotes: [Int]) {
        self.vault = vault
        self.fileMap = fileMap
        self.rereadNotes = rereadNotes
    }

    /// Notes of the same files read again (`rereadNotes`, by index): every file keeps its index.
    public init(sameFiles vault: Vault, rereadNotes: [Int]) {
        self.init(vault: vault, fileMap: vault.files.indices.map { $0 }, rereadNotes: rereadNotes)
    }

    /// Old note index of each new note (by new note index); nil for a new file.
    public func oldNoteIndices(previous: Vault) -> [Int?] {
        var result = [Int?](repeating: nil, count: vault.notes.count)
        for (oldFile, newFile) in fileMap.enumerated() {
            guard let newFile, let oldNote = previous.files[oldFile].noteIndex,
                  let newNote = vault.files[newFile].noteIndex else { continue }
            result[newNote] = oldNote
        }
        return result
    }
}

extension Vault {
    /// This vault after the files at `changedPaths` (relative to the vault, as on disk) were
    /// added, removed, renamed or edited. `ignore` must be the configuration's ignore globs.
    public func reloading(changedPaths: [String], ignore: [GlobPattern]) throws(VaultError) -> VaultChange {
        let scan = try VaultScanner(root: root, ignore: ignore).scan()
        let changed = Set(changedPaths.map(nfc))
        let previous = self
        let vault = Vault.assemble(root: root, scan: scan) { path in
            guard !changed.contains(path), let index = previous.noteIndex(ofPath: path) else { return nil }
            return previous.notes[index]
        }
        var newFileByPath: [String: Int] = [:]
        newFileByPath.reserveCapacity(vault.files.count)
        for (index, file) in vault.files.enumerated() { newFileByPath[file.path] = index }
        let fileMap = files.map { newFileByPath[$0.path] }
        let reread = vault.notes.indices.filter { changed.contains(vault.notes[$0].path) || noteIndex(ofPath: vault.notes[$0].path) == nil }
        return VaultChange(vault: vault, fileMap: fileMap, rereadNotes: reread)
    }
}
