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
/// current thread's arena is found through thread-local storage.
final class ParseArena {
    private static let chunkSize = 256 * 1024
    private static let headerSize = 16

    private var chunks: [UnsafeMutableRawPointer] = []
    private var large: [UnsafeMutableRawPointer] = []
    private var cursor: UnsafeMutableRawPointer?
    private var remaining = 0

    deinit {
        reset()
        chunks.forEach { free($0) }
    }

    /// Drops everything allocated since the last reset; keeps one chunk for the next parse.
    func reset() {
        large.forEach { free($0) }
        large.removeAll(keepingCapacity: true)
        while chunks.count > 1 { free(chunks.removeLast()) }
        cursor = chunks.first
        remaining = chunks.isEmpty ? 0 : Self.chunkSize
    }

    /// Zeroed memory with a 16-byte header that records the size (for `realloc`).
    func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
        allocate(size, zeroed: true)
    }

    /// `zeroed: false` is for `realloc`, whose new bytes C leaves undefined: cmark's buffers
    /// grow through it, and zeroing them first was most of the arena's memset time.
    private func allocate(_ size: Int, zeroed: Bool) -> UnsafeMutableRawPointer? {
        let total = Self.headerSize + ((size + 15) & ~15)
        let block: UnsafeMutableRawPointer
        if total > Self.chunkSize / 4 {
            guard let big = zeroed ? calloc(1, total) : malloc(total) else { return nil }
            large.append(big)
            block = big
        } else {
            if total > remaining {
                guard let chunk = malloc(Self.chunkSize) else { return nil }
                chunks.append(chunk)
                cursor = chunk
                remaining = Self.chunkSize
            }
            block = cursor!
            cursor = cursor! + total
            remaining -= total
            if zeroed { memset(block, 0, total) }
        }
        block.storeBytes(of: size, as: Int.self)
        return block + Self.headerSize
    }

    func reallocate(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
        guard let pointer else { return allocate(size, zeroed: false) }
        let oldSize = (pointer - Self.headerSize).load(as: Int.self)
        if size <= oldSize { return pointer }
        guard let fresh = allocate(size, zeroed: false) else { return nil }
        fresh.copyMemory(from: pointer, byteCount: oldSize)
        return fresh
    }

    // MARK: Per-thread arena and the callbacks cmark calls

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { raw in
            if let raw { Unmanaged<ParseArena>.fromOpaque(raw).release() }
        }
        return key
    }()

    /// Runs `body` with the calling thread's arena, which outlives the call (the thread holds it).
    static func withCurrent<T>(_ body: (ParseArena) -> T) -> T {
        guard let raw = pthread_getspecific(key) else { return body(current()) }
        return Unmanaged<ParseArena>.fromOpaque(raw)._withUnsafeGuaranteedRef(body)
    }

    /// The calling thread's arena, created on first use.
    static func current() -> ParseArena {
        if let raw = pthread_getspecific(key) { return Unmanaged<ParseArena>.fromOpaque(raw).takeUnretainedValue() }
        let arena = ParseArena()
        pthread_setspecific(key, Unmanaged.passRetained(arena).toOpaque())
        return arena
    }

    /// The allocator handed to `cmark_parser_new_with_mem`; cmark keeps the pointer, so it lives forever.
    nonisolated(unsafe) static let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        // Borrow the thread's arena without retaining it: these run hundreds of times per note.
        memory.initialize(to: cmark_mem(
            calloc: { count, size in ParseArena.withCurrent { $0.allocate(count * size) } },
            realloc: { pointer, size in ParseArena.withCurrent { $0.reallocate(pointer, size) } },
            free: { _ in }))
        return memory
    }()
}
