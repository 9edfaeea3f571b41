import Dispatch
/// A vault with every link resolved once: the single resolution pass that lint and site share,
/// so a link lint calls broken is exactly the link the site shows as unresolved.
public struct ResolvedVault: Sendable {
    /// A link by its place: note index and index into that note's `links`.
    public struct LinkReference: Sendable, Hashable, Comparable {
        public let note: Int
        public let link: Int

        public static func < (a: LinkReference, b: LinkReference) -> Bool {
            a.note != b.note ? a.note < b.note : a.link < b.link
        }
    }

    public let vault: Vault
    public let resolver: LinkResolver
    /// `resolutions[note][link]` resolves `vault.notes[note].links[link]`.
    public let resolutions: [[LinkResolution]]
    /// File index of each note.
    public let noteFiles: [Int]
    /// Links that reached each file (by file index), including embeds, in source order.
    public let incoming: [[LinkReference]]

    /// Indexes every name, then resolves every link of every note in parallel.
    public init(vault: Vault) {
        var clock = PhaseClock(start: DispatchTime.now())
        self.vault = vault
        let resolver = LinkResolver(vault: vault)
        clock.mark("  name index")
        self.resolver = resolver
        let noteFiles = vault.noteFileIndices
        self.noteFiles = noteFiles
        let indices = Array(vault.notes.indices)
        // Only the link lists are captured: reading `vault.notes[i].links` inside the
        // closure copied each whole `Note`.
        let linkLists = vault.notes.map(\.links)
        let resolutions = ParallelMap.map(indices) { noteIndex in
            // Each link read in place, by its fields: `map`, or passing a `Link`, copied it
            // (four strings, a retain each).
            let links = linkLists[noteIndex]
            var resolved: [LinkResolution] = []
            resolved.reserveCapacity(links.count)
            for index in links.indices {
                resolved.append(resolver.resolve(path: links[index].path, subpath: links[index].subpath, from: noteFiles[noteIndex]))
            }
            return resolved
        }
        clock.mark("  links")
        self.resolutions = resolutions
        self.incoming = Self.incoming(resolutions, fileCount: vault.files.count)
        clock.mark("  backlinks")
    }

    /// The vault after some notes' contents changed (same files): their links are resolved
    /// again, and so are links from other notes into them that name a heading or block
    /// (those anchors may have changed). Everything else keeps its resolution.
    public func updated(with newVault: Vault, changedNotes: [Int]) -> ResolvedVault {
        let resolver = self.resolver.reusingIndex(for: newVault)
        var resolutions = self.resolutions
        let changedFiles = Set(changedNotes.map { noteFiles[$0] })
        for noteIndex in changedNotes {
            resolutions[noteIndex] = newVault.notes[noteIndex].links.map { resolver.resolve($0, from: noteFiles[noteIndex]) }
        }
        let changedSet = Set(changedNotes)
        for file in changedFiles {
            for reference in incoming[file] where !changedSet.contains(reference.note) {
                let link = newVault.notes[reference.note].links[reference.link]
                if link.subpath != nil {
                    resolutions[reference.note][reference.link] = resolver.resolve(link, from: noteFiles[reference.note])
                }
            }
        }
        // When every changed note still links to the same files, link by link, the incoming
        // lists (note, link index) are still right: most edits change text, not links.
        let sameTargets = changedNotes.allSatisfy { noteIndex in
            self.resolutions[noteIndex].map(\.target) == resolutions[noteIndex].map(\.target)
        }
        return ResolvedVault(vault: newVault, resolver: resolver, resolutions: resolutions, noteFiles: noteFiles,
                             incoming: sameTargets ? incoming : nil)
    }

    init(vault: Vault, resolver: LinkResolver, resolutions: [[LinkResolution]], noteFiles: [Int], incoming: [[LinkReference]]?) {
        self.vault = vault
        self.resolver = resolver
        self.resolutions = resolutions
        self.noteFiles = noteFiles
        self.incoming = incoming ?? Self.incoming(resolutions, fileCount: vault.files.count)
    }

    static func incoming(_ resolutions: [[LinkResolution]], fileCount: Int) -> [[LinkReference]] {
        // Counted first, so that each list is allocated once: appended to one by one, the list
        // of a much-linked note was allocated anew as it grew, on the one thread this runs on.
        // Targets are read through buffers: iterating the resolutions copied each (its strings
        // retained and released).
        var counts = [Int](repeating: 0, count: fileCount)
        for noteResolutions in resolutions {
            noteResolutions.withUnsafeBufferPointer { buffer in
                for index in buffer.indices {
                    if let target = buffer[index].target { counts[target] += 1 }
                }
            }
        }
        var incoming = counts.map { count -> [LinkReference] in
            var list: [LinkReference] = []
            if count > 0 { list.reserveCapacity(count) }
            return list
        }
        for noteIndex in resolutions.indices {
            resolutions[noteIndex].withUnsafeBufferPointer { buffer in
                for linkIndex in buffer.indices {
                    if let target = buffer[linkIndex].target {
                        incoming[target].append(LinkReference(note: noteIndex, link: linkIndex))
                    }
                }
            }
        }
        return incoming
    }

    public func link(_ reference: LinkReference) -> Link {
        vault.notes[reference.note].links[reference.link]
    }

    public func resolution(_ reference: LinkReference) -> LinkResolution {
        resolutions[reference.note][reference.link]
    }

    /// Links from other notes to file `file` (what the backlinks pane lists): self-links excluded.
    public func backlinks(toFile file: Int) -> [LinkReference] {
        incoming[file].filter { noteFiles[$0.note] != file }
    }

    /// Every link, in note then source order, with its resolution.
    public var allLinks: [(reference: LinkReference, link: Link, resolution: LinkResolution)] {
        var result: [(reference: LinkReference, link: Link, resolution: LinkResolution)] = []
        for (noteIndex, note) in vault.notes.enumerated() {
            for (linkIndex, link) in note.links.enumerated() {
                result.append((LinkReference(note: noteIndex, link: linkIndex), link, resolutions[noteIndex][linkIndex]))
            }
        }
        return result
    }

    /// Attachments (non-note files) that at least one link or embed reaches, by file index.
    public var attachmentsInUse: [Int] {
        vault.files.indices.filter { vault.files[$0].kind != .note && !incoming[$0].isEmpty }
    }

    /// Tags by lower-cased name; a nested tag also counts under each parent (`#a/b` under `a`).
    public var tags: [String: [TagUse]] {
        var result: [String: [TagUse]] = [:]
        for (noteIndex, note) in vault.notes.enumerated() {
            for (tagIndex, tag) in note.tags.enumerated() {
                let parts = tag.key.split(separator: "/", omittingEmptySubsequences: true)
                for depth in parts.indices {
                    let name = parts[...depth].joined(separator: "/")
                    result[name, default: []].append(TagUse(note: noteIndex, tag: tagIndex, isExact: depth == parts.count - 1))
                }
            }
        }
        return result
    }

    /// The file a user means by `name` on the command line: a vault path, or a link target
    /// resolved as if written in a note at the vault root.
    public func file(named name: String) -> Int? {
        let normalised = WikilinkSyntax.normaliseTarget(name)
        if let exact = vault.files.firstIndex(where: { $0.path == normalised }) { return exact }
        return resolver.resolvePath(normalised, from: nil).target
    }
}

/// One use of a tag: the note, the index into its `tags`, and whether it is the tag itself
/// or a nested child counted under it.
public struct TagUse: Sendable, Hashable {
    public let note: Int
    public let tag: Int
    public let isExact: Bool
}
