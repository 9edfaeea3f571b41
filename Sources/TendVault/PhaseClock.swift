import Foundation

/// Phase timings on standard error when `TEND_PROFILE` is set (for benchmarks; off otherwise).
///
/// Each phase shows its wall time and the CPU time the whole process spent in it: a phase
/// whose CPU time is about its wall time ran on one core, which on a machine of several
/// cores is where a build waits.
public struct PhaseClock {
    /// Read once: `ProcessInfo.environment` builds a dictionary of the whole environment
    /// (~440,000 instructions), and a build makes a clock per phase group.
    private static let enabled = getenv("TEND_PROFILE") != nil
    private var last: DispatchTime
    private var lastCPU: UInt64

    public init(start: DispatchTime) {
        last = start
        lastCPU = Self.enabled ? PhaseClock.processCPUNanoseconds() : 0
    }

    public mutating func mark(_ phase: String) {
        guard Self.enabled else { return }
        let now = DispatchTime.now()
        let cpu = PhaseClock.processCPUNanoseconds()
        let wall = (now.uptimeNanoseconds - last.uptimeNanoseconds) / 1_000_000
        let used = (cpu &- lastCPU) / 1_000_000
        FileHandle.standardError.write(Data("  \(phase): \(wall) ms (cpu \(used) ms, resident \(PhaseClock.residentMiB().map { "\($0) MiB" } ?? "n/a"))\n".utf8))
        last = now
        lastCPU = cpu
    }

    /// A figure of the phase just marked (`  pages from kept trees: 9998 of 10000`).
    public func note(_ text: String) {
        guard Self.enabled else { return }
        FileHandle.standardError.write(Data("    \(text)\n".utf8))
    }

    /// The process's resident memory: each new page the heap touches is zeroed by the kernel
    /// first, which is a large part of a build's system time, so it is worth seeing per phase.
    /// Nil where there is no `/proc` (macOS).
    private static func residentMiB() -> Int? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / (1 << 20)
    }

    /// User and system time of all the process's threads so far.
    private static func processCPUNanoseconds() -> UInt64 {
        var time = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return 0 }
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
