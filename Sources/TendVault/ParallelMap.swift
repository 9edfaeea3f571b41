import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps an array on all cores; results keep the input order (deterministic output).
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultBox<R>(count: items.count)
        // Chunks of a few items keep scheduling cheap while balancing uneven note sizes.
        let chunk = max(1, min(64, items.count / (ProcessInfoCores.count * 8)))
        let chunks = (items.count + chunk - 1) / chunk
        items.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let input = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { part in
                let start = part * chunk
                for index in start..<min(items.count, start + chunk) {
                    results.set(index, transform(input[index]))
                }
            }
        }
        return results.values()
    }
}

/// Write-once slots filled from several threads; each index is written by one thread only,
/// into storage allocated up front, so no thread ever touches another's slot.
private final class ResultBox<R>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<R?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: R) { slots[index] = value }

    func values() -> [R] { slots.map { $0! } }
}

enum ProcessInfoCores {
    static let count: Int = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
}
