import CCmarkGFM
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// cmark-gfm's extensions, registered once, and the one way Tend parses with them.
enum CmarkExtensions {
    /// `cmark_gfm_core_extensions_ensure_registered` guards itself with a plain static flag, so
    /// two threads calling it at once register the extensions twice, and the second registration
    /// gives `strikethrough` and `table` new node type numbers: nodes of one parse then no longer
    /// match the types the renderer compares with. One Swift `static let` serialises the call.
    static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        AutolinkCharacters.takeOver()
        return true
    }()

    /// The GFM extensions by name, found once (finding them for each parse cost more than
    /// attaching them). They are registered for the whole process and never change.
    nonisolated(unsafe) static let table = find("table")
    nonisolated(unsafe) static let strikethrough = find("strikethrough")
    nonisolated(unsafe) static let autolink = find("autolink")

    private static func find(_ name: String) -> OpaquePointer? {
        _ = registered
        return cmark_find_syntax_extension(name)
    }

    /// Parses `bytes` into the thread's parse arena (`ParseArena`) with `extensions` attached;
    /// the document lives until the arena is reset.
    ///
    /// Why the lock and the `~` check: the characters that start an extension's inline syntax
    /// live in one table for the whole process, which cmark-gfm turns on before each inline
    /// pass and off after it (blocks.c `process_inlines`, table.c `row_from_string`). A parse
    /// that ends turns them off under a parse still running on another thread, which then
    /// misses a `~~strike~~` or a bare URL (`ConcurrentParseTests`: about one parse in a
    /// hundred). Autolink's characters are turned on and off by `AutolinkCharacters`, which
    /// keeps them on while any parse that may hold a bare URL runs. Strikethrough's `~` cannot
    /// be handled so: its emphasis pass finds the extension by that same character list, and
    /// loops forever without it. So strikethrough is attached only to text that has a `~`
    /// (without one it cannot change the tree), and those parses take turns; the others never
    /// touch the table.
    ///
    /// `alwaysAutolink` attaches autolink whatever the text holds (tests compare the two).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, options: Int32, extensions: [OpaquePointer?],
                      alwaysAutolink: Bool = false) -> OpaquePointer? {
        guard let parser = cmark_parser_new_with_mem(options, ParseArena.memory) else { return nil }
        let strikes = strikethrough != nil && extensions.contains { $0 == strikethrough }
            && bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "~")), bytes.count) != nil } == true
        let autolinks = autolink != nil && extensions.contains { $0 == autolink }
            && (alwaysAutolink || AutolinkCharacters.mayHoldAutolink(bytes))
        for case let ext? in extensions where (ext != strikethrough || strikes) && (ext != autolink || autolinks) {
            cmark_parser_attach_syntax_extension(parser, ext)
        }
        if autolinks { AutolinkCharacters.begin() }
        defer { if autolinks { AutolinkCharacters.end() } }
        func feedAndFinish() -> OpaquePointer? {
            if let base = bytes.baseAddress, bytes.count > 0 {
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
            }
            return cmark_parser_finish(parser)
        }
        guard strikes else { return feedAndFinish() }
        nonisolated(unsafe) var document: OpaquePointer?
        strikethroughTurns.withLock { _ in document = feedAndFinish() }
        return document
    }

    private static let strikethroughTurns = Mutex(())
}
