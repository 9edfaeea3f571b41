/// What a link points at after resolution: the file, the heading or block, or why not.
public struct LinkResolution: Sendable, Equatable {
    public enum Status: String, Sendable, Codable {
        case resolved
        /// No note has that name or path.
        case noSuchNote = "no-such-note"
        /// The link names a file with an extension (`diagram.png`) and no file has that name.
        case noSuchFile = "no-such-file"
        /// The note exists; the `#Heading` part matches none of its top-level headings.
        case noSuchHeading = "no-such-heading"
        /// The note exists; the `#^id` part matches none of its block ids.
        case noSuchBlock = "no-such-block"
    }

    /// How Obsidian chose among several files that the link could mean (spec §1.3).
    public enum Ambiguity: String, Sendable, Codable {
        /// A bare name matched several files; the one at the vault root was taken.
        case vaultRoot = "vault-root"
        /// Several files matched; the one in the linking note's folder was taken.
        case sameFolder = "same-folder"
        /// Several files matched; the one with the shortest path was taken.
        case shortestPath = "shortest-path"
        /// Several files matched equally well; the first in load (path) order was taken.
        case loadOrder = "load-order"
        /// One file matched, but only by a string suffix that splits a folder name
        /// (`[[x/Note]]` finding `ax/Note.md`).
        case partialSegment = "partial-segment"
    }

    public var status: Status
    /// File index of the target (also set for `noSuchHeading` / `noSuchBlock`).
    public var target: Int?
    /// Index into the target note's `headings`.
    public var heading: Int?
    /// Index into the target note's `blockIDs`.
    public var block: Int?
    /// Every file that matched the path, best first, when there was more than one.
    public var candidates: [Int] = []
    public var ambiguity: Ambiguity?
    /// `[[N#A#C]]` matched, but `C` is not inside `A`'s section (Obsidian does not check; §1.5).
    public var headingChainOutOfOrder = false

    public var isResolved: Bool { status == .resolved }
    /// The file was found, whatever happened to the `#` part.
    public var foundFile: Bool { target != nil }
}
