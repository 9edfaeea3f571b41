import Foundation

/// Maps a request path to a file of the site, or refuses it. Pure and synchronous, so the
/// rules that keep requests inside the site are tested without a socket.
///
/// The raw path is split on `/` *before* percent-decoding, and every decoded segment is
/// checked: `%2e%2e` is `..`, `%2f` would hide a `/`, `%5c` a backslash, `%00` a NUL; all
/// are refused. The file found is then resolved through symbolic links and must still lie
/// inside the site's folder.
public enum SitePath {
    public enum Resolution: Equatable, Sendable {
        case file(String)
        /// A folder asked for without its trailing `/`: pages link with it.
        case redirect(String)
        case notFound
        case badRequest
    }

    public static func resolve(_ rawPath: String, root: String) -> Resolution {
        let path = rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard path.hasPrefix("/") else { return .badRequest }
        var segments: [String] = []
        for raw in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = String(raw).removingPercentEncoding else { return .badRequest }
            if decoded == "." || decoded == ".." || decoded.contains("/") || decoded.contains("\\")
                || decoded.contains("\0") || decoded.isEmpty {
                return .badRequest
            }
            segments.append(decoded)
        }
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        var candidate = realRoot + (segments.isEmpty ? "" : "/" + segments.joined(separator: "/"))
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            guard path.hasSuffix("/") else { return .redirect(path + "/" + queryPart(rawPath)) }
            candidate += "/index.html"
            guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue else {
                return .notFound
            }
        }
        // A symbolic link must not lead out of the site.
        let real = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path
        guard real.hasPrefix(realRoot + "/") else { return .notFound }
        return .file(real)
    }

    private static func queryPart(_ rawPath: String) -> String {
        guard let question = rawPath.firstIndex(of: "?") else { return "" }
        return String(rawPath[question...])
    }

    /// Content type by file extension.
    public static func contentType(of path: String) -> String {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "avif": return "image/avif"
        case "bmp": return "image/bmp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "mp3": return "audio/mpeg"
        case "m4a": return "audio/mp4"
        case "ogg": return "audio/ogg"
        case "wav": return "audio/wav"
        case "flac": return "audio/flac"
        case "mp4": return "video/mp4"
        case "webm": return "video/webm"
        case "ogv": return "video/ogg"
        case "mov": return "video/quicktime"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        default: return "application/octet-stream"
        }
    }
}
