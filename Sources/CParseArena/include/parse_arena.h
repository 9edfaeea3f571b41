// A bump allocator for cmark-gfm, one per thread: see parse_arena.c.
#ifndef TEND_PARSE_ARENA_H
#define TEND_PARSE_ARENA_H

struct cmark_mem;

// The allocator to hand to cmark_parser_new_with_mem. Everything cmark allocates through it
// on a thread stays until that thread calls tend_parse_arena_reset.
struct cmark_mem *tend_parse_arena_allocator(void);

// Drops everything the calling thread's parses allocated; keeps one chunk for the next parse.
void tend_parse_arena_reset(void);

#endif
