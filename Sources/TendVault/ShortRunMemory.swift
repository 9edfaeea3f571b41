#if canImport(Glibc)
import Glibc
#endif

/// Memory settings for commands that run once and exit (`lint`, `report`, `build`).
///
/// glibc's malloc gives freed memory back to the kernel and asks for it again, over and
/// over, while 10,000 notes are read and parsed on two threads. Keeping it instead (a large
/// top pad, no trimming, big blocks from the heap rather than their own mappings) cut the
/// system time of `tend lint` on 10,000 notes from about 0.15 s to 0.10 s. Not for `tend
/// serve`, which runs for hours and should give memory back.
public enum ShortRunMemory {
    public static func configure() {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which Swift's Glibc module does not import.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        // <malloc.h>: M_TRIM_THRESHOLD -1, M_TOP_PAD -2, M_MMAP_THRESHOLD -3.
        _ = mallopt(-2, 256 << 20)
        _ = mallopt(-1, 1 << 30)
        _ = mallopt(-3, 32 << 20)
        #endif
    }
}
