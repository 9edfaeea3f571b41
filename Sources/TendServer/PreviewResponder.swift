import Foundation
import Hummingbird
import ServiceLifecycle

/// What the preview server answers, decided without a socket (so tests call it directly).
public struct PreviewReply: Sendable, Equatable {
    public enum Body: Sendable, Equatable {
        case bytes([UInt8])
        /// The Server-Sent Events stream of build events.
        case events
    }

    public var status: Int
    public var headers: [String: String]
    public var body: Body

    /// Answers one request for the site at `siteRoot`.
    public static func reply(method: String, path: String, siteRoot: String) -> PreviewReply {
        guard method == "GET" || method == "HEAD" else {
            return PreviewReply(status: 405, headers: ["Allow": "GET, HEAD", "Content-Type": "text/plain; charset=utf-8"],
                                body: .bytes(Array("Method not allowed\n".utf8)))
        }
        let route = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        if route == LiveScript.eventsPath {
            return PreviewReply(status: 200, headers: ["Content-Type": "text/event-stream", "Cache-Control": "no-cache"], body: .events)
        }
        if route == LiveScript.path {
            return PreviewReply(status: 200, headers: ["Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache"],
                                body: .bytes(Array(LiveScript.source.utf8)))
        }
        switch SitePath.resolve(path, root: siteRoot) {
        case .file(let file):
            guard let data = FileManager.default.contents(atPath: file) else { return notFound(siteRoot) }
            return PreviewReply(status: 200, headers: ["Content-Type": SitePath.contentType(of: file), "Cache-Control": "no-cache"],
                                body: .bytes(Array(data)))
        case .redirect(let location):
            return PreviewReply(status: 301, headers: ["Location": location, "Content-Type": "text/plain; charset=utf-8"],
                                body: .bytes(Array("Moved to \(location)\n".utf8)))
        case .notFound:
            return notFound(siteRoot)
        case .badRequest:
            return PreviewReply(status: 400, headers: ["Content-Type": "text/plain; charset=utf-8"], body: .bytes(Array("Bad request\n".utf8)))
        }
    }

    /// The site's own 404 page, with status 404.
    static func notFound(_ siteRoot: String) -> PreviewReply {
        let page = FileManager.default.contents(atPath: siteRoot + "/404.html").map { Array($0) } ?? Array("Not found\n".utf8)
        return PreviewReply(status: 404, headers: ["Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache"], body: .bytes(page))
    }
}

/// Adapts `PreviewReply` to Hummingbird.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let siteRoot: String
    let live: LiveReload

    func respond(to request: Request, context: Context) async throws -> Response {
        let method = request.method.rawValue
        let reply = PreviewReply.reply(method: method, path: request.head.path ?? "/", siteRoot: siteRoot)
        var headers = HTTPFields()
        for (name, value) in reply.headers {
            switch name {
            case "Content-Type": headers[.contentType] = value
            case "Cache-Control": headers[.cacheControl] = value
            case "Location": headers[.location] = value
            case "Allow": headers[.allow] = value
            default: break
            }
        }
        let status = HTTPResponse.Status(code: reply.status)
        switch reply.body {
        case .bytes(let bytes):
            headers[.contentLength] = String(bytes.count)
            if method == "HEAD" { return Response(status: status, headers: headers, body: ResponseBody()) }
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        case .events:
            if method == "HEAD" { return Response(status: status, headers: headers, body: ResponseBody()) }
            let stream = live.subscribe()
            let live = self.live
            return Response(status: status, headers: headers, body: ResponseBody { writer in
                // The server stops only when every response has ended; an event stream never
                // ends by itself, so graceful shutdown closes the streams.
                try await withGracefulShutdownHandler {
                    for await event in stream {
                        try await writer.write(ByteBuffer(string: event.wireFormat))
                    }
                } onGracefulShutdown: {
                    live.finishAll()
                }
                try await writer.finish(nil)
            })
        }
    }
}
