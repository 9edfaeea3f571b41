import CCmarkGFM
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Autolink's inline characters (`:` and `w`) in cmark-gfm's process-wide table of special
/// characters, on exactly while a parse with autolink attached runs.
///
/// Why: cmark-gfm turns an extension's characters on before each parse's inline pass and
/// off after it, for the whole process (see `CmarkExtensions.parse`); a parse ending on one
/// thread turned them off under another's, which then missed a bare URL. Keeping them on for
/// good fixed that, but then every parse split its text at each `w` and `:` and merged the
/// pieces again (`cmark_consolidate_text_nodes`: ~2% of a build). Now autolink's own list is
/// emptied, so no parse toggles the characters, and a count turns them on when the first
/// autolink parse begins and off when the last one ends. A parse without autolink may see
/// them on: its text is split and merged back, the same tree.
enum AutolinkCharacters {
    /// A parser that holds an extension with autolink's characters, for
    /// `cmark_manage_extensions_special_characters`; never freed.
    nonisolated(unsafe) private static var switcher: OpaquePointer?
    private static let running = Mutex(0)

    /// Empties autolink's character list and keeps it for `begin`/`end`. Called once, when the
    /// extensions are registered.
    static func takeOver() {
        guard let autolink = cmark_find_syntax_extension("autolink"),
              let holder = cmark_syntax_extension_new("tend-autolink-characters"),
              let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return }
        let memory = cmark_get_default_mem_allocator()
        var characters: UnsafeMutablePointer<cmark_llist>?
        for character in [UInt8(ascii: ":"), UInt8(ascii: "w")] {
            characters = cmark_llist_append(memory, characters, UnsafeMutableRawPointer(bitPattern: UInt(character)))
        }
        cmark_syntax_extension_set_special_inline_chars(holder, characters)
        // An extension without an inline match function is not listed among a parser's inline
        // extensions, and `cmark_manage_extensions_special_characters` reads only those.
        cmark_syntax_extension_set_match_inline_func(holder) { _, _, _, _, _ in nil }
        cmark_parser_attach_syntax_extension(parser, holder)
        cmark_syntax_extension_set_special_inline_chars(autolink, nil)
        switcher = parser
    }

    static func begin() {
        running.withLock { count in
            if count == 0, let switcher { cmark_manage_extensions_special_characters(switcher, 1) }
            count += 1
        }
    }

    static func end() {
        running.withLock { count in
            count -= 1
            if count == 0, let switcher { cmark_manage_extensions_special_characters(switcher, 0) }
        }
    }

    /// Whether autolink could find anything in `bytes`: a URL needs `://`, a `www.` link the
    /// letters `www` (in any case) before a dot, and an email (also `mailto:` and `xmpp:`) an `@`.
    /// Without any of them the extension cannot change the tree.
    static func mayHoldAutolink(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return false }
        let count = bytes.count
        if memchr(base, Int32(UInt8(ascii: "@")), count) != nil { return true }
        let hasScheme = anyOffset(of: UInt8(ascii: ":"), in: bytes) { colon in
            colon + 2 < count && base[colon + 1] == UInt8(ascii: "/") && base[colon + 2] == UInt8(ascii: "/")
        }
        return hasScheme || anyOffset(of: UInt8(ascii: "."), in: bytes) { dot in
            dot >= 3 && base[dot - 3] | 0x20 == UInt8(ascii: "w") && base[dot - 2] | 0x20 == UInt8(ascii: "w")
                && base[dot - 1] | 0x20 == UInt8(ascii: "w")
        }
    }

    /// Whether `test` holds at some offset of `byte` in `bytes`, found with `memchr`.
    private static func anyOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, where test: (Int) -> Bool) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var from = 0
        while from < bytes.count, let found = memchr(base + from, Int32(byte), bytes.count - from) {
            let offset = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            if test(offset) { return true }
            from = offset + 1
        }
        return false
    }
}
