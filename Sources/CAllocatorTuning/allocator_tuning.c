#include "allocator_tuning.h"
#include <stdlib.h>

// Why 2 MiB pages: a 10,000-note build touches ~360 MiB, which in 4 KiB pages is ~87,000
// page faults, each zeroing a page in the kernel, and as many TLB entries. With mimalloc's
// large OS pages (it asks for transparent huge pages with madvise) the same build took
// 18,000-24,000 faults, a quarter less system time and 4-11% less wall time (three sets of
// alternating runs, 2026-12-06). Where the kernel gives no huge pages (THP "never") nothing
// changes.
//
// Linux only: `tend` links mimalloc only there (on macOS a weak reference to a library that
// is not linked is still an undefined symbol). The reference is weak so that a build linked
// without mimalloc gets null here and skips the call.
#if defined(__linux__) && __has_include(<mimalloc.h>)
#include <mimalloc.h>
#pragma weak mi_option_set

void tend_tune_allocator(void) {
    if (mi_option_set == NULL || getenv("MIMALLOC_LARGE_OS_PAGES") != NULL) return;
    mi_option_set(mi_option_large_os_pages, 1);
}
#else
#if defined(__linux__)
// Said out loud: SwiftPM does not compile this file again when the header appears later, so
// a build made before `make deps` keeps this empty version (Benchmarks/site.sh checks).
#warning "mimalloc.h not found: tend will not ask for large pages (run make deps, then touch this file)"
#endif
void tend_tune_allocator(void) {}
#endif
