import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every file of a vault, with its notes read and parsed.
public struct Vault: Sendable {
    /// Absolute path of the vault folder as given.
    public let root: String
    /// All files, notes and attachments, sorted by path (byte order): the "load order" that
    /// breaks ties between equally good link candidates (spec §1.3 step 7).
    public let files: [VaultFile]
    public let notes: [Note]
    /// Paths the scan passed over, with why.
    public let skipped: [(path: String, reason: String)]
    /// Note index by vault path: findings name their file by path, and lint, reports and the
    /// site all look notes up that way.
    private let noteIndexByPath: [String: Int]

    public init(files: [VaultFile], notes: [Note], root: String = "", skipped: [(path: String, reason: String)] = []) {
        self.root = root
        self.files = files
        self.notes = notes
        self.skipped = skipped
        var byPath: [String: Int] = [:]
        byPath.reserveCapacity(notes.count)
        for index in notes.indices where byPath[notes[index].path] == nil { byPath[notes[index].path] = index }
        noteIndexByPath = byPath
    }

    /// The index of the note at vault path `path`, if there is one.
    public func noteIndex(ofPath path: String) -> Int? {
        noteIndexByPath[path]
    }

    /// Reads the vault at `root`: scans, then reads and parses notes in parallel on all cores.
    /// `keepingRenderTrees`: each note keeps its parse tree for the site (`Note.renderTree`).
    public static func load(root: String, ignore: [GlobPattern] = [], keepingRenderTrees: Bool = false) throws(VaultError) -> Vault {
        var clock = PhaseClock(start: DispatchTime.now())
        let scan = try VaultScanner(root: root, ignore: ignore).scan()
        clock.mark("scan")
        return assemble(root: root, scan: scan, keepingRenderTrees: keepingRenderTrees) { _ in nil }
    }

    /// Files and notes in scan order; a note is parsed from disk unless `reuse` gives it.
    static func assemble(root: String, scan: (entries: [VaultScanner.Entry], skipped: [VaultScanner.Skipped]),
                         keepingRenderTrees: Bool = false, reuse: @Sendable (String) -> Note?) -> Vault {
        var files: [VaultFile] = []
        var notePaths: [VaultScanner.Entry] = []
        for entry in scan.entries {
            let kind = FileKind(path: entry.path)
            files.append(VaultFile(path: entry.path, kind: kind, noteIndex: kind == .note ? notePaths.count : nil))
            if kind == .note { notePaths.append(entry) }
        }
        let notes = ParallelMap.map(notePaths) { entry -> Note in
            if let note = reuse(entry.path) { return note }
            switch readFile(entry.absolutePath) {
            case .success(let bytes):
                return NoteParser.parse(path: entry.path, bytes: bytes, keepingRenderTree: keepingRenderTrees)
            case .failure(let reason):
                // One unreadable note must not stop the others: it becomes an empty note with a problem.
                var note = NoteParser.parse(path: entry.path, bytes: [])
                note.problems.append(ParseProblem(kind: .unreadableFile, position: Position(line: 1, column: 1),
                                                  message: "the file could not be read: \(reason)",
                                                  fix: "check the file's permissions"))
                return note
            }
        }
        return Vault(files: files, notes: notes, root: root,
                     skipped: scan.skipped.map { (path: $0.path, reason: $0.reason) })
    }

    /// Calls `body` with each note and its index, the note read in place. A loop such as
    /// `for (i, note) in notes.enumerated()` copies every note (a dozen reference-counted
    /// fields, counted atomically); a dozen lint rules doing that over 10,000 notes showed up in profiles.
    public func forEachNote(_ body: (_ index: Int, _ note: Note) throws -> Void) rethrows {
        try notes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices { try body(index, buffer[index]) }
        }
    }

    /// Builds a vault from in-memory notes (tests, generators): `files` maps paths to contents;
    /// attachments may map to empty strings.
    public static func make(_ contents: [String: String]) -> Vault {
        var files: [VaultFile] = []
        var notes: [Note] = []
        for path in contents.keys.map(nfc).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let kind = FileKind(path: path)
            files.append(VaultFile(path: path, kind: kind, noteIndex: kind == .note ? notes.count : nil))
            if kind == .note {
                let text = contents[path] ?? contents.first { nfc($0.key) == path }?.value ?? ""
                notes.append(NoteParser.parse(path: path, bytes: Array(text.utf8)))
            }
        }
        return Vault(files: files, notes: notes)
    }

    /// The same vault with some notes read again from disk (`tend serve` after a save).
    /// `relativePaths` are paths as found on disk under `root`. Nil when one of them is not a
    /// note of this vault (a new, removed or renamed file needs a full `load`).
    public func reloadingNotes(atDiskPaths relativePaths: [String]) -> (vault: Vault, notes: [Int])? {
        var fileByPath: [String: Int] = [:]
        for (index, file) in files.enumerated() { fileByPath[file.path] = index }
        var updated = notes
        var changed: [Int] = []
        for raw in relativePaths {
            let path = nfc(raw)
            guard let file = fileByPath[path], let noteIndex = files[file].noteIndex,
                  case .success(let bytes) = readFile(root + "/" + raw) else { return nil }
            updated[noteIndex] = NoteParser.parse(path: path, bytes: bytes)
            changed.append(noteIndex)
        }
        return (Vault(files: files, notes: updated, root: root, skipped: skipped), changed.sorted())
    }

    /// The note stored in file `index`, if that file is a note.
    public func note(atFile index: Int) -> Note? {
        files[index].noteIndex.map { notes[$0] }
    }

    /// File index of each note, by note index.
    public var noteFileIndices: [Int] {
        var result = [Int](repeating: 0, count: notes.count)
        for (index, file) in files.enumerated() { if let note = file.noteIndex { result[note] = index } }
        return result
    }
}
