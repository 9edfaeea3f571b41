import Foundation
import TendVault

/// Values computed once and shared by worker threads (the explorer of each folder).
final class SharedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    func value(for key: Key, _ make: () -> Value) -> Value {
        lock.lock()
        if let known = values[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        if let raced = values[key] { return raced }
        values[key] = made
        return made
    }
}

/// The first error thrown on any worker thread.
final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var error: VaultError?

    func record(_ error: VaultError) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }
}

/// A count the page threads add to (pages rendered from their note's kept parse tree).
final class SharedCount: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var value = 0

    func add() {
        lock.lock()
        value += 1
        lock.unlock()
    }
}
