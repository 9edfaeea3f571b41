extension ResolvedVault {
    /// The resolution pass after files were added, removed or renamed (`tend serve`), without
    /// resolving every link again. A link's target depends only on the files that carry its
    /// name (spec §1.3 step 2 picks candidates by file name), its source folder, and for a
    /// `#subpath` the target note's headings and blocks. So a link is resolved again when it
    /// is in a note read again, names a file name that was added or removed, or has a subpath
    /// into a note read again; every other resolution is kept, its file indices renumbered.
    public func updated(with change: VaultChange) -> ResolvedVault {
        let newVault = change.vault
        let resolver = LinkResolver(vault: newVault)
        let noteFiles = newVault.noteFileIndices
        let fileMap = change.fileMap
        // Lower-cased file names whose candidate lists changed.
        var keptFiles = Set<Int>()
        var changedNames = Set<NameKey>()
        for (oldFile, newFile) in fileMap.enumerated() {
            if let newFile { keptFiles.insert(newFile) } else { changedNames.insert(NameKey(fileName(self.resolver.index.lowerPaths[oldFile]))) }
        }
        for newFile in newVault.files.indices where !keptFiles.contains(newFile) {
            changedNames.insert(NameKey(fileName(resolver.index.lowerPaths[newFile])))
        }
        let names = changedNames
        let nameBytes = names.map { Array($0.bytes) }
        let oldNotes = change.oldNoteIndices(previous: vault)
        let reread = Set(change.rereadNotes)
        let rereadFiles = Set(change.rereadNotes.map { noteFiles[$0] })
        let previous = self
        let resolutions = ParallelMap.map(Array(newVault.notes.indices)) { noteIndex -> [LinkResolution] in
            let links = newVault.notes[noteIndex].links
            let source = noteFiles[noteIndex]
            guard !reread.contains(noteIndex), let oldNote = oldNotes[noteIndex] else {
                return links.map { resolver.resolve($0, from: source) }
            }
            let old = previous.resolutions[oldNote]
            return links.indices.map { linkIndex in
                let link = links[linkIndex]
                if Self.mayName(link.path, names, nameBytes) { return resolver.resolve(link, from: source) }
                guard let kept = old[linkIndex].renumbered(fileMap) else { return resolver.resolve(link, from: source) }
                if link.subpath != nil, let target = kept.target, rereadFiles.contains(target) {
                    return resolver.resolve(link, from: source)
                }
                return kept
            }
        }
        return ResolvedVault(vault: newVault, resolver: resolver, resolutions: resolutions, noteFiles: noteFiles, incoming: nil)
    }

    /// Whether the link path's file name (as the resolver looks it up, with or without `.md`)
    /// may be one of `names`. An ASCII name is compared in place, ignoring case, with the few
    /// changed names: this runs for every link of the vault.
    private static func mayName(_ path: String, _ names: Set<NameKey>, _ nameBytes: [[UInt8]]) -> Bool {
        guard !names.isEmpty else { return false }
        var path = path
        let asciiAnswer: Bool? = path.withUTF8 { utf8 in
            let start = (utf8.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
            let segment = UnsafeBufferPointer(rebasing: utf8[start...])
            guard !segment.contains(where: { $0 >= 0x80 }) else { return nil }
            return nameBytes.contains { name in
                equalIgnoringCase(segment, name[...])
                    || (name.count == segment.count + 3 && name.suffix(3).elementsEqual(".md".utf8)
                        && equalIgnoringCase(segment, name.dropLast(3)))
            }
        }
        if let asciiAnswer { return asciiAnswer }
        let name = fileName(lowercaseBytes(path))
        return names.contains(NameKey(name)) || names.contains(NameKey(name + Array(".md".utf8)))
    }

    /// ASCII `segment` against lower-cased `name`, ignoring the case of the segment.
    private static func equalIgnoringCase(_ segment: UnsafeBufferPointer<UInt8>, _ name: ArraySlice<UInt8>) -> Bool {
        guard segment.count == name.count else { return false }
        var index = name.startIndex
        for byte in segment {
            let lower = byte &- 65 < 26 ? byte &+ 32 : byte
            guard lower == name[index] else { return false }
            index += 1
        }
        return true
    }
}

extension LinkResolution {
    /// Whether `self` (of the vault before a change) resolves as `other` does after it, with
    /// file indices compared through `fileMap`. Copies nothing: it runs for every link.
    public func matches(_ other: LinkResolution, through fileMap: [Int?]) -> Bool {
        guard status == other.status, heading == other.heading, block == other.block, ambiguity == other.ambiguity,
              headingChainOutOfOrder == other.headingChainOutOfOrder, candidates.count == other.candidates.count,
              target.flatMap({ fileMap[$0] }) == other.target, (target == nil) == (other.target == nil) else { return false }
        for (mine, theirs) in zip(candidates, other.candidates) where fileMap[mine] != theirs { return false }
        return true
    }

    /// The same resolution with file indices of a changed vault; nil if one of its files is gone.
    public func renumbered(_ fileMap: [Int?]) -> LinkResolution? {
        var copy = self
        if let target {
            guard let mapped = fileMap[target] else { return nil }
            copy.target = mapped
        }
        if !candidates.isEmpty {
            var mapped: [Int] = []
            for candidate in candidates {
                guard let file = fileMap[candidate] else { return nil }
                mapped.append(file)
            }
            copy.candidates = mapped
        }
        return copy
    }
}
