import Foundation
import TendLint
@testable import TendSite
import TendVault

/// The fixture vault `Fixtures/site`, loaded and resolved as `tend build` does, judged as of
/// a fixed day.
enum SiteFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/site").path
    static let asOf = CivilDate(year: 2026, month: 11, day: 23)!

    static func context(root: String = root, keepingRenderTrees: Bool = false) throws -> LintContext {
        let config = try VaultConfig.load(vaultRoot: root)
        let vault = try Vault.load(root: root, ignore: config.ignore, keepingRenderTrees: keepingRenderTrees)
        return LintContext(resolved: ResolvedVault(vault: vault), config: config, asOf: asOf)
    }

    static func plan(root: String = root, basePath: String = "/") throws -> SitePlan {
        SitePlan(context: try context(root: root), basePath: basePath)
    }

    static func noteIndex(_ path: String, in plan: SitePlan) -> Int {
        plan.vault.notes.firstIndex { $0.path == path }!
    }

    @discardableResult
    static func build(into output: String, root: String = root, basePath: String? = nil, templates: String? = nil) throws -> SiteBuildSummary {
        try SiteBuilder(context: try context(root: root), options: SiteOptions(output: output, baseURL: basePath, templateOverrides: templates)).build()
    }

    /// Every file of a built site, by path relative to the site.
    static func files(in output: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for relative in FileManager.default.subpaths(atPath: output) ?? [] {
            var isDirectory: ObjCBool = false
            let path = output + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return result
    }
}
