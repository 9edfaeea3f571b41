import Foundation

/// Fans build events out to every open `/_tend/events` stream.
public final class LiveReload: @unchecked Sendable {
    public enum Event: Sendable, Equatable {
        case hello(Int)
        case reload(Int)
        case error(String)
        /// A comment line that keeps proxies from timing out and finds clients that left.
        case ping

        /// The event in Server-Sent Events framing; an error message is kept on one line.
        public var wireFormat: String {
            switch self {
            case .hello(let build): return "event: hello\ndata: \(build)\n\n"
            case .reload(let build): return "event: reload\ndata: \(build)\n\n"
            case .ping: return ": ping\n\n"
            case .error(let message):
                let line = message.split(whereSeparator: \.isNewline).joined(separator: " ⏎ ")
                return "event: error\ndata: \(line)\n\n"
            }
        }
    }

    private let lock = NSLock()
    private var clients: [UUID: AsyncStream<Event>.Continuation] = [:]
    private var lastError: String?
    public private(set) var build = 0

    public init() {}

    /// A new client's stream: it starts with `hello` (and the current error, if any).
    public func subscribe() -> AsyncStream<Event> {
        let id = UUID()
        return AsyncStream { continuation in
            lock.lock()
            clients[id] = continuation
            continuation.yield(.hello(build))
            if let lastError { continuation.yield(.error(lastError)) }
            lock.unlock()
            continuation.onTermination = { [weak self] _ in
                guard let self else { return }
                self.lock.lock()
                self.clients[id] = nil
                self.lock.unlock()
            }
        }
    }

    public func buildSucceeded() {
        lock.lock()
        build += 1
        lastError = nil
        let event = Event.reload(build)
        let targets = Array(clients.values)
        lock.unlock()
        targets.forEach { $0.yield(event) }
    }

    public func buildFailed(_ message: String) {
        lock.lock()
        lastError = message
        let targets = Array(clients.values)
        lock.unlock()
        targets.forEach { $0.yield(.error(message)) }
    }

    /// Sends a ping to every stream (a closed connection fails the write and ends its stream).
    public func ping() {
        lock.lock()
        let targets = Array(clients.values)
        lock.unlock()
        targets.forEach { $0.yield(.ping) }
    }

    /// Ends every stream (at shutdown, so that open connections close).
    public func finishAll() {
        lock.lock()
        let targets = Array(clients.values)
        clients.removeAll()
        lock.unlock()
        targets.forEach { $0.finish() }
    }

    public var clientCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return clients.count
    }
}

/// The script every served page loads: reload on `reload`, an overlay on `error`.
enum LiveScript {
    static let path = "/_tend/live.js"
    static let eventsPath = "/_tend/events"
    static let tag = "<script src=\"\(path)\" defer></script>"

    static let source = """
        // Tend live reload (tend serve only; never part of tend build output).
        (function () {
          "use strict";
          var overlay = null;
          function showError(message) {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.id = "tend-error-overlay";
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:auto 1rem 1rem 1rem;z-index:9999;padding:1rem 1.25rem;" +
                "background:#3b0d0d;color:#ffe4e4;font:14px/1.5 ui-monospace,monospace;border-radius:8px;" +
                "box-shadow:0 8px 30px rgba(0,0,0,.4);white-space:pre-wrap;max-height:50vh;overflow:auto";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "tend serve: the last rebuild failed\\n\\n" + message.split(" ⏎ ").join("\\n");
          }
          var source = new EventSource("\(eventsPath)");
          var first = null;
          source.addEventListener("hello", function (event) {
            if (first !== null && event.data !== first) { location.reload(); }
            first = event.data;
          });
          source.addEventListener("reload", function () { location.reload(); });
          source.addEventListener("error", function (event) {
            if (event.data) { showError(event.data); }
          });
        })();

        """
}
