import Foundation
import TendVault

/// How `tend build` writes the site: where, under which URL prefix, with which templates.
public struct SiteOptions: Sendable {
    /// Output folder.
    public var output: String
    /// URL path the site lives under, starting and ending with `/` (`/` or `/handbook/`).
    public var basePath: String
    /// Scheme and host when the base URL was absolute (`https://docs.example.org`), for the
    /// feed, the sitemap and canonical links; nil when only a path is known.
    public var origin: String?
    /// Folder whose files override the built-in templates and assets.
    public var templateOverrides: String?
    /// A script tag added to every page (the live-reload client of `tend serve`); nil for builds.
    public var injectedScript: String?

    public init(output: String, baseURL: String? = nil, templateOverrides: String? = nil, injectedScript: String? = nil) {
        self.output = output
        let (origin, path) = SiteOptions.split(baseURL ?? "/")
        self.origin = origin
        self.basePath = path
        self.templateOverrides = templateOverrides
        self.injectedScript = injectedScript
    }

    /// `https://x.org/docs` → (`https://x.org`, `/docs/`); `docs` → (nil, `/docs/`).
    static func split(_ url: String) -> (origin: String?, path: String) {
        var rest = Substring(url)
        var origin: String?
        if let scheme = rest.range(of: "://") {
            let afterScheme = rest[scheme.upperBound...]
            let slash = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
            origin = String(rest[..<slash])
            rest = afterScheme[slash...]
        }
        let segments = rest.split(separator: "/", omittingEmptySubsequences: true)
        let path = segments.isEmpty ? "/" : "/" + segments.joined(separator: "/") + "/"
        return (origin, path)
    }
}
