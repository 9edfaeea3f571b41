// A bump allocator that cmark-gfm allocates from during one parse, one arena per thread.
//
// Why: cmark makes hundreds of calloc calls per note and frees every node afterwards, and
// Tend copies what it needs out of the tree right after parsing, so the whole arena can be
// dropped at once. cmark's own arena allocator is one global arena, unsafe with parses on
// several threads, and its allocator callbacks take no context: the arena is found through
// thread-local storage. It lives in this C file, not in Swift, because each callback from
// Swift went through a closure thunk and pthread_getspecific (about 4% of a build's
// instructions), and in C, not in a header: a _Thread_local defined in a header's static
// inline function is not guaranteed to be one object, and a reset that missed the arena the
// allocations came from once let a build's memory grow fivefold.
#include "parse_arena.h"

#include <cmark-gfm.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum {
    chunk_size = 256 * 1024,
    // Every block starts with its size (realloc needs it); 16 keeps the data 16-byte aligned.
    header_size = 16,
    // Larger blocks get a malloc of their own.
    large_block = chunk_size / 4,
};

// Chunks and large blocks are kept in singly linked lists through their first 16 bytes.
typedef struct link {
    struct link *next;
} link;

typedef struct {
    char *first;   // kept across resets
    link *extra;   // further chunks of this parse
    link *large;   // large blocks of this parse
    char *cursor;
    size_t remaining;
} arena;

static _Thread_local arena current;

static pthread_key_t exit_key;
static pthread_once_t exit_key_once = PTHREAD_ONCE_INIT;

// A thread that ends frees its arena (libdispatch ends idle worker threads).
static void free_on_exit(void *unused) {
    (void)unused;
    tend_parse_arena_reset();
    free(current.first);
    current.first = NULL;
    current.cursor = NULL;
    current.remaining = 0;
}

static void make_exit_key(void) {
    pthread_key_create(&exit_key, free_on_exit);
}

// The rare cases: a large block, or a new chunk. Apart from `allocate` so that the common
// case compiles to a few instructions without saving registers for these calls.
__attribute__((noinline)) static void *allocate_slow(size_t size, size_t total, int zeroed) {
    char *block;
    if (total > large_block) {
        char *big = zeroed ? calloc(1, header_size + total) : malloc(header_size + total);
        if (!big) return NULL;
        ((link *)big)->next = current.large;
        current.large = (link *)big;
        block = big + header_size;
    } else {
        char *chunk = calloc(1, chunk_size);
        if (!chunk) return NULL;
        if (!current.first) {
            current.first = chunk;
            pthread_once(&exit_key_once, make_exit_key);
            pthread_setspecific(exit_key, chunk);
        } else {
            ((link *)chunk)->next = current.extra;
            current.extra = (link *)chunk;
        }
        current.cursor = chunk + header_size;
        current.remaining = chunk_size - header_size;
        block = current.cursor;
        current.cursor += total;
        current.remaining -= total;
    }
    *(size_t *)block = size;
    return block + header_size;
}

// cmark allocates hundreds of small blocks per note (nodes, buffers): this is the bump.
// A chunk's bytes past the cursor are zero (see `tend_parse_arena_reset`), so a calloc from
// a chunk needs no memset: cmark's ~400 callocs per note each cost a call to memset for a
// few dozen bytes (~1.3% of a build's instructions), where the reset clears what a parse used
// in one go.
static inline void *allocate(size_t size, int zeroed) {
    size_t total = header_size + ((size + 15) & ~(size_t)15);
    arena *a = &current;
    if (__builtin_expect(total <= a->remaining && total <= large_block, 1)) {
        char *block = a->cursor;
        a->cursor += total;
        a->remaining -= total;
        *(size_t *)block = size;
        return block + header_size;
    }
    return allocate_slow(size, total, zeroed);
}

static void *parse_arena_calloc(size_t count, size_t size) {
    return allocate(count * size, 1);
}

// Grows by copying into a fresh block: the bytes past the old contents are zero, as all of a
// chunk's unused bytes are (C's realloc leaves them undefined; cmark does not read them).
static void *parse_arena_realloc(void *pointer, size_t size) {
    if (!pointer) return allocate(size, 0);
    size_t old_size = *(size_t *)((char *)pointer - header_size);
    if (size <= old_size) return pointer;
    void *fresh = allocate(size, 0);
    if (fresh) memcpy(fresh, pointer, old_size);
    return fresh;
}

static void parse_arena_free(void *pointer) {
    (void)pointer;
}

// Not named arena_*: libcmark-gfm's own (unused) arena has static functions of those names,
// which a release build links into the same binary (profiles would not tell them apart).
static cmark_mem allocator = {parse_arena_calloc, parse_arena_realloc, parse_arena_free};

struct cmark_mem *tend_parse_arena_allocator(void) {
    return &allocator;
}

void tend_parse_arena_reset(void) {
    // The first chunk was used up to the cursor, or, when the parse went on in further
    // chunks, up to somewhere before its end: cleared, so that `allocate` hands out zeros.
    if (current.first) {
        char *used_end = current.extra ? current.first + chunk_size : current.cursor;
        memset(current.first + header_size, 0, (size_t)(used_end - (current.first + header_size)));
    }
    for (link *block = current.large; block;) {
        link *next = block->next;
        free(block);
        block = next;
    }
    current.large = NULL;
    for (link *chunk = current.extra; chunk;) {
        link *next = chunk->next;
        free(chunk);
        chunk = next;
    }
    current.extra = NULL;
    current.cursor = current.first ? current.first + header_size : NULL;
    current.remaining = current.first ? chunk_size - header_size : 0;
}
