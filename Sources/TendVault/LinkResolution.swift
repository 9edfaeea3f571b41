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
    public var ambiguity: Ambiguity?
    /// `[[N#A#C]]` matched, but `C` is not inside `A`'s section (Obsidian does not check; §1.5).
    public var headingChainOutOfOrder = false
    // The indices below are stored as Int32, -1 for none: a vault has a resolution per link
    // (~220,000 at 10,000 notes) and pages read them in link order; as `Int?` fields a
    // resolution took 72 bytes, more than a cache line, and 24 bytes now.
    private var targetIndex: Int32 = -1
    private var headingIndex: Int32 = -1
    private var blockIndex: Int32 = -1
    /// Every file that matched the path, best first, when there was more than one.
    public var candidates: [Int] = []

    /// File index of the target (also set for `noSuchHeading` / `noSuchBlock`).
    public var target: Int? {
        get { Self.index(targetIndex) }
        set { targetIndex = Self.stored(newValue) }
    }
    /// Index into the target note's `headings`.
    public var heading: Int? {
        get { Self.index(headingIndex) }
        set { headingIndex = Self.stored(newValue) }
    }
    /// Index into the target note's `blockIDs`.
    public var block: Int? {
        get { Self.index(blockIndex) }
        set { blockIndex = Self.stored(newValue) }
    }

    public init(status: Status, target: Int? = nil, heading: Int? = nil, block: Int? = nil, candidates: [Int] = [],
                ambiguity: Ambiguity? = nil, headingChainOutOfOrder: Bool = false) {
        self.status = status
        self.ambiguity = ambiguity
        self.headingChainOutOfOrder = headingChainOutOfOrder
        self.candidates = candidates
        self.target = target
        self.heading = heading
        self.block = block
    }

    private static func index(_ stored: Int32) -> Int? { stored < 0 ? nil : Int(stored) }

    private static func stored(_ index: Int?) -> Int32 {
        guard let index else { return -1 }
        precondition(index >= 0 && index <= Int(Int32.max), "a vault index fits an Int32")
        return Int32(index)
    }

    public var isResolved: Bool { status == .resolved }
    /// The file was found, whatever happened to the `#` part.
    public var foundFile: Bool { target != nil }
}
