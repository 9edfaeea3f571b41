import Foundation
import Mustache
import TendVault

/// The templates and assets of a site: the built-in ones (compiled into `tend`, see
/// `BuiltinTemplates.swift`), each replaceable by a file of the same name in the vault's
/// override folder.
struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// Asset files by path under `assets/` (`style.css`), contents as bytes.
    let assets: [String: [UInt8]]
    /// Which file each template came from, for messages.
    let origins: [String: String]

    static let pageTemplates = ["layout", "note", "home", "folder", "tags", "tag", "freshness", "404"]

    init(overrides: String?) throws(VaultError) {
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
        var library = MustacheLibrary()
        var origins: [String: String] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw VaultError(step: .template, file: "\(source.origin):\(error.context.lineNumber):\(error.context.columnNumber)",
                                 reason: "the template does not parse (\(error.error)) near `\(error.context.line.trimmingCharacters(in: .whitespaces))`",
                                 fix: "close every {{#section}} with {{/section}} and check the braces on that line")
            } catch {
                throw VaultError(step: .template, file: source.origin, reason: "the template does not parse (\(error))",
                                 fix: "check the Mustache syntax")
            }
            origins[name] = source.origin
        }
        for name in Self.pageTemplates where library.getTemplate(named: name) == nil {
            throw VaultError(step: .template, file: name + ".mustache", reason: "the template is missing",
                             fix: "restore it, or delete the override folder's broken copy")
        }
        self.library = library
        self.assets = assets
        self.origins = origins
    }

    /// Renders a page: its own template into `body`, then the layout around it.
    func renderPage(_ template: String, context: [String: Any]) -> String {
        var context = context
        context["body"] = library.render(context, withTemplate: template) ?? ""
        return library.render(context, withTemplate: "layout") ?? ""
    }
}
