// libcmark-gfm and its GFM extensions (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

// Node types of the GFM extensions, assigned when the extensions register. The library
// exports them but installs no header that declares them (they live in its private table.h
// and strikethrough.h), so they are declared here.
extern cmark_node_type CMARK_NODE_TABLE;
extern cmark_node_type CMARK_NODE_TABLE_ROW;
extern cmark_node_type CMARK_NODE_TABLE_CELL;
extern cmark_node_type CMARK_NODE_STRIKETHROUGH;

// Read through functions: Swift 6 refuses direct use of mutable C globals.
static inline cmark_node_type tend_node_type_table(void) { return CMARK_NODE_TABLE; }
static inline cmark_node_type tend_node_type_strikethrough(void) { return CMARK_NODE_STRIKETHROUGH; }

// MARK: Parse arena
//
// A bump allocator that cmark allocates from during one parse, one per thread (see
// `ParseArena.swift` for why). It is C rather than Swift because cmark calls it hundreds of
// times per note: as Swift closures, each call went through a thunk, a thread-local lookup and
// a class reference, ~120 instructions. Here a call is a few loads and a pointer bump.
//
// The arena is thread-local state defined in this header, so each object file that calls
// these functions would have its own copy: only `ParseArena.swift` may call them.

#include <stdlib.h>
#include <string.h>

enum {
    TEND_ARENA_CHUNK_SIZE = 256 * 1024,
    // Every block starts with a 16-byte header holding its size (for `realloc`); a chunk
    // starts with one holding the previous chunk.
    TEND_ARENA_HEADER = 16,
    // Blocks larger than this get their own `malloc`, listed through a second header.
    TEND_ARENA_LARGE = TEND_ARENA_CHUNK_SIZE / 4,
};

typedef struct {
    unsigned char *cursor;
    size_t remaining;
    void *newest_chunk;  // each chunk's first word points to the chunk before it
    void *large;         // large blocks, each pointing to the one before it
} tend_arena;

// The calling thread's arena. A function-local static: Swift emits it with the function,
// where a file-scope one was left undefined at link time.
static inline tend_arena *tend_thread_arena(void) {
    static _Thread_local tend_arena arena;
    return &arena;
}

static inline void *tend_arena_allocate(size_t size, int zeroed) {
    tend_arena *arena = tend_thread_arena();
    if (size > TEND_ARENA_LARGE) {
        size_t total = 2 * TEND_ARENA_HEADER + size;
        unsigned char *big = zeroed ? (unsigned char *)calloc(1, total) : (unsigned char *)malloc(total);
        if (!big) return NULL;
        *(void **)big = arena->large;
        arena->large = big;
        *(size_t *)(big + TEND_ARENA_HEADER) = size;
        return big + 2 * TEND_ARENA_HEADER;
    }
    size_t total = TEND_ARENA_HEADER + ((size + 15) & ~(size_t)15);
    if (total > arena->remaining) {
        unsigned char *chunk = (unsigned char *)malloc(TEND_ARENA_CHUNK_SIZE);
        if (!chunk) return NULL;
        *(void **)chunk = arena->newest_chunk;
        arena->newest_chunk = chunk;
        arena->cursor = chunk + TEND_ARENA_HEADER;
        arena->remaining = TEND_ARENA_CHUNK_SIZE - TEND_ARENA_HEADER;
    }
    unsigned char *block = arena->cursor;
    arena->cursor += total;
    arena->remaining -= total;
    // `realloc` passes zeroed = 0: C leaves its new bytes undefined, and zeroing cmark's
    // growing buffers was most of the arena's memset time.
    if (zeroed) memset(block, 0, total);
    *(size_t *)block = size;
    return block + TEND_ARENA_HEADER;
}

static inline void *tend_arena_calloc(size_t count, size_t size) {
    size_t bytes;
    if (__builtin_mul_overflow(count, size, &bytes)) return NULL;
    return tend_arena_allocate(bytes, 1);
}

static inline void *tend_arena_realloc(void *pointer, size_t size) {
    if (!pointer) return tend_arena_allocate(size, 0);
    size_t old_size = *(size_t *)((unsigned char *)pointer - TEND_ARENA_HEADER);
    if (size <= old_size) return pointer;
    void *fresh = tend_arena_allocate(size, 0);
    if (fresh) memcpy(fresh, pointer, old_size);
    return fresh;
}

// Everything goes at once in `tend_arena_reset`.
static inline void tend_arena_free(void *pointer) { (void)pointer; }

// Drops everything allocated since the last reset; keeps the oldest chunk for the next parse.
static inline void tend_arena_reset(void) {
    tend_arena *arena = tend_thread_arena();
    while (arena->large) {
        void *previous = *(void **)arena->large;
        free(arena->large);
        arena->large = previous;
    }
    unsigned char *chunk = (unsigned char *)arena->newest_chunk;
    if (!chunk) return;
    while (*(void **)chunk) {
        void *previous = *(void **)chunk;
        free(chunk);
        chunk = (unsigned char *)previous;
    }
    arena->newest_chunk = chunk;
    arena->cursor = chunk + TEND_ARENA_HEADER;
    arena->remaining = TEND_ARENA_CHUNK_SIZE - TEND_ARENA_HEADER;
}

// Frees everything, the kept chunk too (when the thread ends).
static inline void tend_arena_release(void) {
    tend_arena_reset();
    tend_arena *arena = tend_thread_arena();
    free(arena->newest_chunk);
    arena->newest_chunk = NULL;
    arena->cursor = NULL;
    arena->remaining = 0;
}
