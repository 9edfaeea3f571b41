import Foundation
import ServiceLifecycle

/// Pings the event streams every 15 seconds.
struct PingService: Service {
    let live: LiveReload

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 15_000_000_000)
                live.ping()
            }
        }
    }
}

/// Whether `path` lies in `folder` (both as given on the command line, made absolute).
func isInside(_ path: String, _ folder: String) -> Bool {
    let file = URL(fileURLWithPath: path).standardizedFileURL.path
    let root = URL(fileURLWithPath: folder).standardizedFileURL.path
    return file.hasPrefix(root + "/")
}

/// Rebuilds on every settled burst of changes, until shutdown. inotify on Linux when every
/// watched file is inside the vault; polling otherwise (or when inotify is out of watches).
struct WatchService: Service {
    let watcher: VaultWatcher
    let start: [String: VaultWatcher.Stamp]
    let server: PreviewServer
    let useInotify: Bool

    func run() async throws {
        let server = self.server
        #if os(Linux)
        if useInotify, let inotify = InotifyWatcher(root: watcher.root, known: Set(start.keys)) {
            await cancelWhenGracefulShutdown {
                await inotify.run { changed in server.rebuild(changed: changed) }
            }
            return
        }
        #endif
        await cancelWhenGracefulShutdown {
            await watcher.run(from: start) { changed in server.rebuild(changed: changed) }
        }
    }
}
