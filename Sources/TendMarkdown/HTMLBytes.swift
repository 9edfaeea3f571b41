/// The HTML walker's output: bytes written through a pointer into memory the walk owns.
///
/// Why: the walker writes a page as thousands of short pieces (tags, attribute names, text
/// runs), and appending each to an `[UInt8]` went through Array's generic append with its
/// uniqueness and capacity checks, about 150 instructions a piece. Here a piece is a capacity
/// check and a copy. One walk owns the buffer and frees it (`free()`) when it is done: the
/// type must not be copied while in use.
struct HTMLBytes {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    func free() {
        base.deallocate()
    }

    /// The bytes written so far, valid until the next write.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress, piece.count > 0 else { return }
        reserve(piece.count)
        (base + count).update(from: source, count: piece.count)
        count += piece.count
    }

    mutating func append(_ text: String) {
        // Native and literal strings are contiguous: one copy.
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            for byte in text.utf8 { append(byte) }
        }
    }

    /// `piece` with `& < > "` escaped (`HTMLEscaping`), clean runs copied whole.
    mutating func appendEscaped(_ piece: UnsafeBufferPointer<UInt8>) {
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
        guard count >= suffix.count else { return false }
        var index = count - suffix.count
        for byte in suffix {
            guard base[index] == byte else { return false }
            index += 1
        }
        return true
    }

    mutating func removeLast(_ n: Int = 1) {
        precondition(n <= count, "removing more bytes than were written")
        count -= n
    }

    /// Drops everything written from `start` on.
    mutating func truncate(to start: Int) {
        precondition(start <= count, "truncating past the end")
        count = start
    }

    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        capacity = max(capacity * 2, count + extra)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
    }
}
