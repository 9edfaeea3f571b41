import Foundation

/// Phase timings on standard error when `TEND_PROFILE` is set (for benchmarks; off otherwise).
public struct PhaseClock {
    private let enabled = ProcessInfo.processInfo.environment["TEND_PROFILE"] != nil
    private var last: DispatchTime

    public init(start: DispatchTime) { last = start }

    public mutating func mark(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        FileHandle.standardError.write(Data("  \(phase): \((now.uptimeNanoseconds - last.uptimeNanoseconds) / 1_000_000) ms\n".utf8))
        last = now
    }
}
