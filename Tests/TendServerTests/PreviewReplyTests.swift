import Foundation
import Testing
import TendTestSupport
@testable import TendServer

/// The preview server's answers, in-process: paths, content types, 404, traversal attempts.
/// Each test gets its own copy of the site, removed when the test ends (the suite's `deinit`).
final class PreviewReplyTests: Sendable {
    let folder: TemporaryFolder
    /// A small site, plus a secret beside it and a symlink inside it that points out.
    let site: String

    init() throws {
        folder = try TemporaryFolder()
        let base = folder.path
        let files = [
            "index.html": "<html>home</html>", "404.html": "<html>not here</html>",
            "guide/index.html": "<html>guide</html>", "assets/style.css": "body{}", "assets/site.js": "x()",
            "Attachments/a b.svg": "<svg/>", "search/docs.json": "{}", "sitemap.xml": "<urlset/>",
        ]
        let root = try folder.write(files, under: "site")
        FileManager.default.createFile(atPath: base + "/secret.txt", contents: Data("root:secret".utf8))
        try? FileManager.default.createSymbolicLink(atPath: root + "/leak.txt", withDestinationPath: base + "/secret.txt")
        site = root
    }

    deinit {
        folder.remove()
    }

    private func get(_ path: String, method: String = "GET") -> PreviewReply {
        PreviewReply.reply(method: method, path: path, siteRoot: site)
    }

    private func text(_ reply: PreviewReply) -> String {
        if case .bytes(let bytes) = reply.body { return String(decoding: bytes, as: UTF8.self) }
        return ""
    }

    @Test(arguments: [
        ("/", "text/html; charset=utf-8", "<html>home</html>"),
        ("/guide/", "text/html; charset=utf-8", "<html>guide</html>"),
        ("/guide/?q=1", "text/html; charset=utf-8", "<html>guide</html>"),
        ("/assets/style.css", "text/css; charset=utf-8", "body{}"),
        ("/assets/site.js", "text/javascript; charset=utf-8", "x()"),
        ("/Attachments/a%20b.svg", "image/svg+xml", "<svg/>"),
        ("/search/docs.json", "application/json", "{}"),
        ("/sitemap.xml", "application/xml", "<urlset/>"),
    ])
    func servesFilesWithTheirType(path: String, type: String, body: String) {
        let reply = get(path)
        #expect(reply.status == 200)
        #expect(reply.headers["Content-Type"] == type)
        #expect(text(reply) == body)
    }

    @Test func folderWithoutSlashRedirects() {
        let reply = get("/guide?x=1")
        #expect(reply.status == 301)
        #expect(reply.headers["Location"] == "/guide/?x=1")
    }

    @Test func missingPagesGetThe404Page() {
        let reply = get("/nope/")
        #expect(reply.status == 404)
        #expect(text(reply) == "<html>not here</html>")
        #expect(reply.headers["Content-Type"] == "text/html; charset=utf-8")
    }

    @Test(arguments: [
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/guide/..%2f..%2fsecret.txt",
        "/..%5csecret.txt", "/assets/%00x", "/guide/%2e%2e/%2e%2e/secret.txt", "/./index.html",
        "/leak.txt", "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "relative",
    ])
    func neverReadsOutsideTheSite(path: String) {
        let reply = get(path)
        #expect(reply.status == 400 || reply.status == 404, "\(path) → \(reply.status)")
        #expect(!text(reply).contains("root:"))
    }

    @Test func onlyGetAndHead() {
        #expect(get("/", method: "POST").status == 405)
        #expect(get("/", method: "HEAD").status == 200)
    }

    @Test func liveReloadEndpoints() {
        #expect(get("/_tend/events").body == .events)
        #expect(get("/_tend/events").headers["Content-Type"] == "text/event-stream")
        #expect(text(get("/_tend/live.js")).contains("new EventSource(\"/_tend/events\")"))
    }
}

struct LiveReloadTests {
    @Test func eventsInWireFormat() {
        #expect(LiveReload.Event.reload(3).wireFormat == "event: reload\ndata: 3\n\n")
        #expect(LiveReload.Event.error("a\nb").wireFormat == "event: error\ndata: a ⏎ b\n\n")
    }

    @Test func subscribersGetHelloThenBuilds() async {
        let live = LiveReload()
        let stream = live.subscribe()
        live.buildSucceeded()
        live.buildFailed("broken")
        live.finishAll()
        var events: [LiveReload.Event] = []
        for await event in stream { events.append(event) }
        #expect(events == [.hello(0), .reload(1), .error("broken")])
        #expect(live.clientCount == 0)
    }
}

struct VaultWatcherTests {
    @Test func seesAddedChangedAndRemovedFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.path
        try FileManager.default.createDirectory(atPath: root + "/Notes", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/.obsidian", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: root + "/Notes/A.md", contents: Data("a".utf8))
        FileManager.default.createFile(atPath: root + "/B.md", contents: Data("b".utf8))
        FileManager.default.createFile(atPath: root + "/.obsidian/workspace.json", contents: Data("{}".utf8))
        let watcher = VaultWatcher(root: root)
        let before = watcher.snapshot()
        #expect(before.keys.sorted() == ["B.md", "Notes/A.md"])
        FileManager.default.createFile(atPath: root + "/Notes/A.md", contents: Data("changed".utf8))
        try FileManager.default.removeItem(atPath: root + "/B.md")
        FileManager.default.createFile(atPath: root + "/C.md", contents: Data("c".utf8))
        FileManager.default.createFile(atPath: root + "/.obsidian/workspace.json", contents: Data("{\"x\":1}".utf8))
        #expect(VaultWatcher.changes(from: before, to: watcher.snapshot()) == ["B.md", "C.md", "Notes/A.md"])
    }
}

#if os(Linux)
/// inotify: saves seen at once, editors' temporary files ignored, new folders watched.
struct InotifyWatcherTests {
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var batches: [[String]] = []
        func add(_ batch: [String]) { lock.lock(); batches.append(batch); lock.unlock() }
        var all: [[String]] { lock.lock(); defer { lock.unlock() }; return batches }
    }

    private func waitFor(_ collected: Collected, count: Int) async {
        for _ in 0..<200 where collected.all.count < count { try? await Task.sleep(nanoseconds: 10_000_000) }
    }

    @Test func reportsSettledBurstsOfRealFiles() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.path
        try FileManager.default.createDirectory(atPath: root + "/Notes", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: root + "/Notes/A.md", contents: Data("a".utf8))
        let watcher = try #require(InotifyWatcher(root: root, known: ["Notes/A.md"]))
        let collected = Collected()
        let task = Task { await watcher.run { collected.add($0) } }
        defer { task.cancel() }
        try await Task.sleep(nanoseconds: 50_000_000)

        // An edit through a temporary file and a rename, as many editors save.
        FileManager.default.createFile(atPath: root + "/Notes/.A.md.tmp", contents: Data("new".utf8))
        rename(root + "/Notes/.A.md.tmp", root + "/Notes/A.md")
        await waitFor(collected, count: 1)
        #expect(collected.all.first == ["Notes/A.md"])

        // A new folder with a note, then a deletion.
        try FileManager.default.createDirectory(atPath: root + "/New", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: root + "/New/B.md", contents: Data("b".utf8))
        await waitFor(collected, count: 2)
        #expect(collected.all.dropFirst().first == ["New/B.md"])
        try FileManager.default.removeItem(atPath: root + "/Notes/A.md")
        await waitFor(collected, count: 3)
        #expect(collected.all.dropFirst(2).first == ["Notes/A.md"])
        // Obsidian's own workspace files are not vault changes, also when the new `.obsidian`
        // folder already holds one by the time the burst settles (the folder is then scanned).
        try FileManager.default.createDirectory(atPath: root + "/.obsidian", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: root + "/.obsidian/workspace.json", contents: Data("{}".utf8))
        try await Task.sleep(nanoseconds: 300_000_000)
        #expect(!collected.all.dropFirst(3).joined().contains(".obsidian/workspace.json"))
    }
}
#endif
