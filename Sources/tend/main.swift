import CAllocatorTuning
import TendCLI

// Before the first large allocation: the allocator's page size applies to memory it maps later.
tend_tune_allocator()
TendCommand.runMain()
