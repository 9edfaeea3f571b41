#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Resolves links exactly as Obsidian does (spec §1.3 `getLinkpathDest`, §1.5 `resolveSubpath`).
public struct LinkResolver: Sendable {
    public let vault: Vault
    let index: VaultIndex
    /// What a `#subpath` resolves against, by note index, gathered once: read through each
    /// target's `Note` for every link, they cost a cache miss on its storage and an atomic
    /// retain on arrays that both threads read.
    private let anchors: [(headings: [Heading], blockIDs: [BlockID])]

    public init(vault: Vault) {
        self.init(vault: vault, index: VaultIndex(files: vault.files))
    }

    /// A resolver for `vault` that reuses this one's name index: valid when the files are the
    /// same and only note contents changed (names do not depend on contents).
    public func reusingIndex(for vault: Vault) -> LinkResolver {
        LinkResolver(vault: vault, index: index)
    }

    private init(vault: Vault, index: VaultIndex) {
        self.vault = vault
        self.index = index
        self.anchors = vault.notes.map { ($0.headings, $0.blockIDs) }
    }

    /// Resolves `link`, written in the note stored at file index `sourceFile`.
    public func resolve(_ link: Link, from sourceFile: Int) -> LinkResolution {
        resolve(path: link.path, subpath: link.subpath, from: sourceFile)
    }

    /// `resolve(_:from:)` from a link's two parts. Callers that read links in place from a
    /// note's array pass these: passing the whole `Link` copied it (four strings, an atomic
    /// retain and release each) for every link of the vault.
    public func resolve(path: String, subpath: String?, from sourceFile: Int) -> LinkResolution {
        var resolution = resolvePath(path, from: sourceFile)
        guard let target = resolution.target else {
            let hasExtension = lastSegment(path).contains(".") && FileKind(path: path) != .note
            resolution.status = hasExtension ? .noSuchFile : .noSuchNote
            return resolution
        }
        // A subpath on a non-note is not a heading: `#page=3` on PDFs, `#icon` on images (§1.5).
        guard let subpath, let noteIndex = vault.files[target].noteIndex else { return resolution }
        resolveSubpath(subpath, headings: anchors[noteIndex].headings, blockIDs: anchors[noteIndex].blockIDs,
                       into: &resolution)
        return resolution
    }

    /// Spec §1.3. `linkpath` is already normalised (NBSP → space, trimmed, NFC).
    public func resolvePath(_ linkpath: String, from sourceFile: Int?) -> LinkResolution {
        var result = LinkResolution(status: .noSuchNote)
        // Step 1: an empty linkpath is the source note itself (`[[#Heading]]`).
        if linkpath.isEmpty {
            result.target = sourceFile
            result.status = sourceFile == nil ? .noSuchNote : .resolved
            return result
        }
        func found(_ file: Int, _ ambiguity: LinkResolution.Ambiguity? = nil, all: [Int] = []) -> LinkResolution {
            LinkResolution(status: .resolved, target: file, candidates: all.count > 1 ? all : [], ambiguity: ambiguity)
        }
        // Steps 2 and 3 for most links, without allocating.
        if let file = onlyFile(bareASCIIName: linkpath) { return found(file) }

        // Step 2: candidates by file name. Everything here works on lower-cased UTF-8 bytes.
        var lower = lowercaseBytes(linkpath)
        let nameStart = (lower.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        let (named, addsMD) = lower.withUnsafeBufferPointer { files(named: UnsafeBufferPointer(rebasing: $0[nameStart...])) }
        guard !named.isEmpty else { return result }
        if addsMD {
            // Byte by byte into the room `lowercaseBytes` left: an array literal is built per call.
            lower.append(UInt8(ascii: "."))
            lower.append(UInt8(ascii: "m"))
            lower.append(UInt8(ascii: "d"))
        }
        let isBareName = nameStart == 0
        // Step 3: a bare name with exactly one file of that name.
        if isBareName && named.count == 1 { return found(index.byName.files[named.lowerBound]) }
        let candidates = Array(index.byName.files[named])

        let sourceFolder: ArraySlice<UInt8> = sourceFile.map { folder(of: index.lowerPaths[$0]) } ?? []
        // Step 4: `./` and `../` are relative to the linking note's folder.
        // Compared with the literals' bytes in place: `Array("./".utf8)` allocated twice a link.
        if lower.hasPrefix("./".utf8) || lower.hasPrefix("../".utf8) {
            lower = Array(absolute(String(decoding: lower, as: UTF8.self),
                                   from: String(decoding: sourceFolder, as: UTF8.self)).utf8)
            if let match = candidates.first(where: { index.lowerPaths[$0] == lower }) { return found(match) }
        }
        // Step 5: a vault-absolute path (one leading `/` stripped).
        if lower.first == UInt8(ascii: "/") { lower.removeFirst() }
        let lowerBytes = lower
        if let match = candidates.first(where: { index.lowerPaths[$0] == lowerBytes }) {
            // A bare name that several files share resolves to the root one: say so.
            let bare = isBareName && candidates.count > 1
            return found(match, bare ? .vaultRoot : nil, all: bare ? [match] + candidates.filter { $0 != match } : [])
        }
        // Step 6: a leading `/` means vault-absolute only.
        if linkpath.hasPrefix("/") { return result }

        // Step 7: suffix match; files under the source folder first, each group shortest first.
        let suffix = candidates.filter { index.lowerPaths[$0].hasSuffix(lowerBytes) }
        guard !suffix.isEmpty else { return result }
        let near = suffix.filter { index.lowerPaths[$0].hasPrefix(sourceFolder) }
        let far = suffix.filter { !index.lowerPaths[$0].hasPrefix(sourceFolder) }
        let byLength: ([Int]) -> [Int] = { group in
            // Stable: ties keep load order.
            group.enumerated().sorted {
                // JavaScript compares string lengths in UTF-16 code units.
                let (a, b) = (utf16Length(index.lowerPaths[$0.element]), utf16Length(index.lowerPaths[$1.element]))
                return a != b ? a < b : $0.offset < $1.offset
            }.map(\.element)
        }
        let nearByLength = byLength(near), farByLength = byLength(far)
        let ordered = nearByLength + farByLength
        let chosen = ordered[0]
        if ordered.count == 1 {
            let path = index.lowerPaths[chosen]
            let boundary = path.count == lowerBytes.count
                || path[path.count - lowerBytes.count - 1] == UInt8(ascii: "/")
            return found(chosen, boundary ? nil : .partialSegment)
        }
        let ambiguity: LinkResolution.Ambiguity
        let winningGroup = near.isEmpty ? farByLength : nearByLength
        let lengths = winningGroup.prefix(2).map { utf16Length(index.lowerPaths[$0]) }
        if lengths.count == 2 && lengths[0] == lengths[1] {
            ambiguity = .loadOrder
        } else if !near.isEmpty && !sourceFolder.isEmpty && near.count < suffix.count {
            ambiguity = .sameFolder
        } else {
            ambiguity = .shortestPath
        }
        return found(chosen, ambiguity, all: ordered)
    }

    /// Spec §1.5: `#^id` is a block (case-insensitive); anything else is a heading chain walked
    /// through the top-level headings, each piece deeper than the last match.
    func resolveSubpath(_ subpath: String, headings: [Heading], blockIDs: [BlockID], into resolution: inout LinkResolution) {
        if resolveASCIIPiece(subpath, headings: headings, blockIDs: blockIDs, into: &resolution) { return }
        let pieces = Self.subpathPieces(subpath)
        guard !pieces.isEmpty else { return }  // `[[Note#]]` is a plain link to the note
        if pieces.count == 1, pieces[0].utf8.first == UInt8(ascii: "^") {
            let id = lowercase(String(pieces[0].dropFirst()))
            // Obsidian's index keeps the id written last when one repeats (spec §3.2).
            if let block = blockIDs.lastIndex(where: { $0.key == id }) {
                resolution.block = block
            } else {
                resolution.status = .noSuchBlock
            }
            return
        }
        let keys = pieces.map { HeadingText.matchKey($0) }
        var next = 0
        var lastLevel = 0
        var target: Int?
        // A chain is out of order when a heading at or above the last match's level comes
        // before the next match: that piece then lies outside the last match's section.
        var outOfOrder = false
        for (position, heading) in headings.enumerated() where heading.isLinkable {
            guard heading.level > lastLevel, heading.matchKey == keys[next] else {
                if target != nil && heading.level <= lastLevel { outOfOrder = true }
                continue
            }
            target = position
            lastLevel = heading.level
            next += 1
            if next == keys.count { break }
        }
        guard next == keys.count, let target else {
            resolution.status = .noSuchHeading
            return
        }
        resolution.heading = target
        resolution.headingChainOutOfOrder = outOfOrder
    }

    /// `resolveSubpath` for most subpaths, one ASCII piece (`#Heading`, `#^id`), with its key
    /// made on the stack and compared in place: splitting into substrings and building a key
    /// string cost ~3,000 instructions a link. False (nothing done) for any other subpath.
    private func resolveASCIIPiece(_ subpath: String, headings: [Heading], blockIDs: [BlockID],
                                   into resolution: inout LinkResolution) -> Bool {
        var subpath = subpath
        return subpath.withUTF8 { bytes in
            var start = 0, end = bytes.count
            while start < end && bytes[start] == UInt8(ascii: "#") { start += 1 }
            while end > start && bytes[end - 1] == UInt8(ascii: "#") { end -= 1 }
            let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard !piece.isEmpty, !piece.contains(UInt8(ascii: "#")), !piece.contains(where: { $0 >= 0x80 }) else { return false }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: piece.count) { key in
                if piece[0] == UInt8(ascii: "^") {
                    // Block ids compare lower-cased (spec §3.1); the last one written wins (§3.2).
                    for index in 1..<piece.count { key[index - 1] = asciiLower(piece[index]) }
                    let id = UnsafeBufferPointer(rebasing: key[..<(piece.count - 1)])
                    if let block = blockIDs.lastIndex(where: { utf8($0.key, equals: id) }) {
                        resolution.block = block
                    } else {
                        resolution.status = .noSuchBlock
                    }
                    return true
                }
                let count = HeadingText.asciiMatchKey(piece, into: key)!
                let wanted = UnsafeBufferPointer(rebasing: key[..<count])
                // One piece: the first linkable heading with that key, at any level.
                if let heading = headings.firstIndex(where: { $0.isLinkable && utf8($0.matchKey, equals: wanted) }) {
                    resolution.heading = heading
                } else {
                    resolution.status = .noSuchHeading
                }
                return true
            }
        }
    }

    /// Whether `string` is `bytes`, compared in place: lengths first, then one `memcmp`
    /// (a generic `elementsEqual` on the UTF-8 view cost ~300 instructions a heading).
    private func utf8(_ string: String, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let utf8 = string.utf8
        guard utf8.count == bytes.count else { return false }
        guard !bytes.isEmpty else { return true }
        return utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
            ?? utf8.elementsEqual(bytes)
    }

    /// The non-empty `#`-separated pieces of a subpath, found on bytes (`#` is ASCII, so each
    /// piece starts and ends on a scalar boundary).
    static func subpathPieces(_ subpath: String) -> [Substring] {
        var pieces: [Substring] = []
        let utf8 = subpath.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: "#") {
                if start < index { pieces.append(subpath[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start < utf8.endIndex { pieces.append(subpath[start..<utf8.endIndex]) }
        return pieces
    }

    /// Step 2: where in `index.byName.files` the files of lower-cased name `name` are: the
    /// name as written when it has an extension, else (or when that finds none) with `.md`.
    private func files(named name: UnsafeBufferPointer<UInt8>) -> (files: Range<Int>, addsMD: Bool) {
        if name.contains(UInt8(ascii: ".")) {
            let literal = index.byName.files(named: name)
            if !literal.isEmpty { return (literal, false) }
        }
        return (index.byName.files(named: name, suffix: ".md"), true)
    }

    /// Steps 2 and 3 when `linkpath` is a bare ASCII name that exactly one file carries (most
    /// links), lower-cased on the stack: an array per link cost ~550 instructions to allocate,
    /// more than the lookup. Nil sends the link down the general path.
    private func onlyFile(bareASCIIName linkpath: String) -> Int? {
        var linkpath = linkpath
        return linkpath.withUTF8 { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count) { lower in
                var seen: UInt8 = 0
                for index in source.indices {
                    let byte = source[index]
                    guard byte != UInt8(ascii: "/") else { return nil }
                    seen |= byte
                    lower[index] = byte &- 65 < 26 ? byte &+ 32 : byte
                }
                guard seen < 0x80 else { return nil }
                let named = files(named: UnsafeBufferPointer(lower)).files
                return named.count == 1 ? index.byName.files[named.lowerBound] : nil
            }
        }
    }

    /// The folder part of a path, as a slice of it (no copy: this runs for most links).
    private func folder(of lowerPath: [UInt8]) -> ArraySlice<UInt8> {
        guard let slash = lowerPath.lastIndex(of: UInt8(ascii: "/")) else { return [] }
        return lowerPath[..<slash]
    }

    /// Length in UTF-16 code units of UTF-8 bytes: 4-byte sequences count twice.
    private func utf16Length(_ bytes: [UInt8]) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += byte >= 0xF0 ? 2 : 1 }
        return count
    }

    /// `./x` and `../x` against a folder; climbing above the root stays at the root (§1.3 step 4).
    private func absolute(_ relative: String, from folder: String) -> String {
        var parts = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        var rest = Substring(relative)
        while true {
            if rest.hasPrefix("./") {
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("../") {
                rest = rest.dropFirst(3)
                if !parts.isEmpty { parts.removeLast() }
            } else {
                break
            }
        }
        return (parts + [String(rest)]).joined(separator: "/")
    }
}
