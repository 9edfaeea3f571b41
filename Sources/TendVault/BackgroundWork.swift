import Dispatch

/// Work started on another thread now and collected later: a phase that does not depend on
/// the phase running meanwhile fills the core that phase leaves idle (`tend build` lints
/// while the site is planned, and planning runs largely on one core).
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written once by the worker before `finished` is signalled, read only after the wait.
    private var value: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.value = work()
            self.finished.signal()
        }
    }

    /// The work's result, once it is done. Call once.
    public func wait() -> Value {
        finished.wait()
        return value!
    }
}
