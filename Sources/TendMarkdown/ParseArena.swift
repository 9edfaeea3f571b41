import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bump allocator that cmark allocates from during one parse, one per thread.
///
/// Why: cmark makes hundreds of `calloc` calls per note and frees every node afterwards;
/// together that was ~14% of all instructions of `tend-bench resolve`. Tend copies what it
/// needs out of the tree right after parsing, so the whole arena can be dropped at once.
/// cmark's own arena (`cmark_get_arena_mem_allocator`) is one global arena and not safe with
/// parses running on several threads. cmark's allocator callbacks take no context, so the
/// current thread's arena is thread-local state.
///
/// The allocator itself is C (`tend_arena_*` in `shim.h`): as Swift closures the callbacks
/// cost ~120 instructions a call. Its thread-local state is defined in the header, so every
/// object file calling it would get a copy of its own: this file is the only one that does.
enum ParseArena {
    /// The allocator handed to `cmark_parser_new_with_mem`; cmark keeps the pointer, so it lives forever.
    nonisolated(unsafe) static let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(calloc: tend_arena_calloc, realloc: tend_arena_realloc, free: tend_arena_free))
        return memory
    }()

    /// Runs `body`, a parse that allocates through `memory`, and drops everything it
    /// allocated afterwards. Nothing from the parse may be used after `body` returns.
    static func withParse<T>(_ body: () -> T) -> T {
        releaseAtThreadExit()
        defer { tend_arena_reset() }
        return body()
    }

    /// Marks the thread so that its arena is freed when it ends: threads come and go with
    /// each parallel phase, and each would otherwise leave its kept chunk behind.
    private static func releaseAtThreadExit() {
        guard pthread_getspecific(threadExitKey) == nil else { return }
        pthread_setspecific(threadExitKey, UnsafeRawPointer(bitPattern: 1))
    }

    private static let threadExitKey: pthread_key_t = {
        var key = pthread_key_t()
        // Key destructors run before the thread's thread-local storage goes away.
        pthread_key_create(&key) { _ in tend_arena_release() }
        return key
    }()
}
