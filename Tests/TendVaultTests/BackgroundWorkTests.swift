import Dispatch
import Testing
@testable import TendVault

/// Work started on another thread and collected later (`tend build` lints beside its planning).
struct BackgroundWorkTests {
    @Test func waitReturnsTheWorksResult() {
        let work = BackgroundWork { (1...1000).reduce(0, +) }
        #expect(work.wait() == 500_500)
    }

    @Test func runsWhileTheCallerWorksAndWaitBlocksUntilDone() {
        // The work cannot finish until the caller has signalled: if `BackgroundWork` ran it
        // on the caller's thread, or `wait` returned early, this would hang or see `false`.
        let callerReady = DispatchSemaphore(value: 0)
        let work = BackgroundWork { () -> Bool in
            callerReady.wait()
            return true
        }
        callerReady.signal()
        #expect(work.wait())
    }
}
