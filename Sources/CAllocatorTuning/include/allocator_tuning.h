#ifndef TEND_ALLOCATOR_TUNING_H
#define TEND_ALLOCATOR_TUNING_H

/// Asks mimalloc, when it is the process's allocator, for 2 MiB pages (see the source for
/// why). Does nothing without mimalloc, or when MIMALLOC_LARGE_OS_PAGES is set: the
/// environment decides then.
void tend_tune_allocator(void);

#endif
