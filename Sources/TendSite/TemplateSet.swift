import Foundation
import TendVault

/// The templates and assets of a site: the built-in ones (compiled into `tend`, see
/// `BuiltinTemplates.swift` and `BuiltinAsset*.swift`), each replaceable by a file of the same name in the vault's
/// override folder.
public struct TemplateSet: Sendable {
    let renderer: TemplateRenderer
    /// Asset files by path under `assets/` (`style.css`), contents as bytes.
    let assets: [String: [UInt8]]
    /// Which file each template came from, for messages.
    let origins: [String: String]

    static let pageTemplates = ["layout", "note", "home", "folder", "tags", "tag", "freshness", "404"]

    public init(overrides: String?) throws(VaultError) {
        var sources: [String: (text: String, origin: String)] = [:]
        for (name, text) in BuiltinTemplates.templates {
            sources[name] = (text, "site-templates/\(name).mustache (built in)")
        }
        var assets: [String: [UInt8]] = [:]
        for (name, text) in BuiltinTemplates.assets { assets[name] = Array(text.utf8) }
        if let overrides, FileManager.default.fileExists(atPath: overrides) {
            for relative in (FileManager.default.subpaths(atPath: overrides) ?? []).sorted() {
                let path = overrides + "/" + relative
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw VaultError(step: .template, file: path, reason: "the file cannot be read", fix: "check its permissions")
                }
                if relative.hasSuffix(".mustache") {
                    sources[String(relative.dropLast(9))] = (String(decoding: data, as: UTF8.self), path)
                } else if relative.hasPrefix("assets/") {
                    assets[String(relative.dropFirst(7))] = Array(data)
                }
            }
        }
        var templates: [String: Template] = [:]
        var origins: [String: String] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                templates[name] = try Template(source.text)
            } catch {
                throw VaultError(step: .template, file: "\(source.origin):\(error.line):\(error.column)",
                                 reason: "the template does not parse: \(error.message)",
                                 fix: "close every {{#section}} with a matching {{/section}} and every {{ with }}")
            }
            origins[name] = source.origin
        }
        for name in Self.pageTemplates where templates[name] == nil {
            throw VaultError(step: .template, file: name + ".mustache", reason: "the template is missing",
                             fix: "restore it, or delete the override folder's broken copy")
        }
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            if let missing = Self.partials(template.nodes).first(where: { templates[$0] == nil }) {
                throw VaultError(step: .template, file: origins[name] ?? name, reason: "it includes the partial `\(missing)`, which does not exist",
                                 fix: "add \(missing).mustache or remove {{>\(missing)}}")
            }
        }
        self.renderer = TemplateRenderer(templates: templates)
        self.assets = assets
        self.origins = origins
    }

    private static func partials(_ nodes: [Template.Node]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .partial(let name, _): return [name]
            case .section(_, let children, _): return partials(children)
            default: return []
            }
        }
    }

    /// Renders a page: its own template where the layout prints `{{{body}}}`
    /// (`TemplateRenderer.renderPageBytes`).
    func renderPage(_ template: String, context: consuming TemplateValue) -> [UInt8] {
        renderer.renderPageBytes(template, layout: "layout", consume context)
    }

    /// Renders one template (a partial too) on its own.
    func render(_ template: String, context: TemplateValue) -> String {
        renderer.render(template, context)
    }

    func renderBytes(_ template: String, context: TemplateValue) -> [UInt8] {
        renderer.renderBytes(template, context)
    }
}
