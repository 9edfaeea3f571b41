/// The HTML walker's output: bytes written through a pointer into memory the walk owns.
///
/// Why: the walker writes a page as thousands of short pieces (tags, attribute names, text
/// runs), and appending each to an `[UInt8]` went through Array's generic append with its
/// uniqueness and capacity checks, about 150 instructions a piece. Here a piece is a capacity
/// check and a copy. One walk owns the buffer and frees it (`free()`) when it is done: the
/// type must not be copied while in use.
///
/// Public and inlinable for the page templates (`TemplateRenderer`), which write a page as
/// a few hundred pieces in the same way.
public struct HTMLBytes {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var capacity: Int
    @usableFromInline var used = 0
    /// False while writing into an array's storage (`collect`): not ours to free.
    @usableFromInline var ownsBase = true

    public var count: Int { used }

    public init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    private init(borrowing buffer: UnsafeMutableBufferPointer<UInt8>) {
        base = buffer.baseAddress!
        capacity = buffer.count
        ownsBase = false
    }

    public func free() {
        if ownsBase { base.deallocate() }
    }

    /// The bytes `write` appends, as an array written in place: `write` writes straight into
    /// the storage of the array returned, so a page or a note body is not copied once more
    /// at the end (a page is ~25 KB, ten thousand of them a build). Output past `capacity`
    /// moves to memory of its own, and is copied into the array at the end.
    public static func collect(capacity: Int, _ write: (inout HTMLBytes) -> Void) -> [UInt8] {
        var spilled: HTMLBytes?
        let collected = [UInt8](unsafeUninitializedCapacity: max(capacity, 64)) { buffer, initialized in
            var bytes = HTMLBytes(borrowing: buffer)
            write(&bytes)
            if bytes.ownsBase {
                spilled = bytes
                initialized = 0
            } else {
                initialized = bytes.used
            }
        }
        guard let spilled else { return collected }
        defer { spilled.free() }
        return Array(spilled.bytes)
    }

    /// The bytes written so far, valid until the next write.
    public var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: used) }

    var last: UInt8? { used > 0 ? base[used - 1] : nil }

    @inlinable
    public mutating func append(_ byte: UInt8) {
        reserve(1)
        base[used] = byte
        used += 1
    }

    @inlinable
    public mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress, piece.count > 0 else { return }
        reserve(piece.count)
        copyBytes(from: source, to: base + used, count: piece.count)
        used += piece.count
    }

    @inlinable
    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    mutating func append(_ text: String) {
        // Native and literal strings are contiguous: one copy.
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            for byte in text.utf8 { append(byte) }
        }
    }

    /// `piece` with `& < > "` escaped (`HTMLEscaping`), clean runs copied whole.
    public mutating func appendEscaped(_ piece: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        while true {
            let special = HTMLEscaping.firstSpecial(in: piece, from: runStart)
            if special > runStart { append(UnsafeBufferPointer(rebasing: piece[runStart..<special])) }
            guard special < piece.count else { return }
            HTMLEscaping.entity(for: piece[special]).withUTF8Buffer { append($0) }
            runStart = special + 1
        }
    }

    mutating func appendEscaped(_ text: String) {
        HTMLEscaping.withUTF8(of: text) { appendEscaped($0) }
    }

    func ends(with text: String) -> Bool {
        let suffix = text.utf8
        guard used >= suffix.count else { return false }
        var index = used - suffix.count
        for byte in suffix {
            guard base[index] == byte else { return false }
            index += 1
        }
        return true
    }

    public mutating func removeLast(_ n: Int = 1) {
        precondition(n <= used, "removing more bytes than were written")
        used -= n
    }

    /// Drops everything written from `start` on.
    mutating func truncate(to start: Int) {
        precondition(start <= used, "truncating past the end")
        used = start
    }

    @inlinable
    mutating func reserve(_ extra: Int) {
        guard used + extra > capacity else { return }
        grow(extra)
    }

    @usableFromInline
    mutating func grow(_ extra: Int) {
        capacity = max(capacity * 2, used + extra)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: base, count: used)
        if ownsBase { base.deallocate() }
        base = grown
        ownsBase = true
    }
}
