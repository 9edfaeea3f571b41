import Foundation
import TendLint
import TendSite
import TendVault

/// What the live site was built from, for incremental updates.
final class SiteSession: @unchecked Sendable {
    struct State {
        var context: LintContext
        var plan: SitePlan
        /// Search documents of published notes, by note index.
        var documents: [Int: SearchIndex.Document]
        var gitDates: [String: CivilDate]
        /// Parsed once per full build: template edits always rebuild everything.
        var templates: TemplateSet?
        var cache = SiteUpdate.Cache()
    }

    private let lock = NSLock()
    private var current: State?
    private var searchGeneration = 0

    var state: State? {
        get { lock.lock(); defer { lock.unlock() }; return current }
        set { lock.lock(); current = newValue; lock.unlock() }
    }

    func nextSearchGeneration() -> Int {
        lock.lock(); defer { lock.unlock() }
        searchGeneration += 1
        return searchGeneration
    }

    func isCurrentSearch(_ generation: Int) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return generation == searchGeneration
    }
}
