import CCmarkGFM
import CParseArena

/// The per-thread bump allocator cmark parses into (C target `CParseArena`).
///
/// Tend copies what it needs out of a cmark tree right after parsing, so nothing is freed
/// node by node: a parse allocates from its thread's arena and the whole arena is dropped
/// when the walk is done. Parses on one thread must not overlap.
enum ParseArena {
    /// The allocator handed to `cmark_parser_new_with_mem`.
    nonisolated(unsafe) static let memory = UnsafeMutablePointer<cmark_mem>(OpaquePointer(tend_parse_arena_allocator()))

    /// Drops everything this thread's parses allocated.
    static func reset() {
        tend_parse_arena_reset()
    }
}
