import Foundation
import Testing
import TendLint
@testable import TendSite
import TendTestSupport
import TendVault
import VaultGenerator

/// A page rendered from the tree its note was parsed into when the vault was loaded must be
/// the page a second parse of the replaced text gives (`NoteRenderer.parsedTree`). Each vault
/// is built both ways and the two sites compared byte for byte; the counts make sure the
/// kept trees were used, so that the comparison is not between two second parses.
struct KeptTreeTests {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    private static let handbook = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("vault").path

    private struct BothWays {
        var parsedAgain: [String: Data] = [:]
        var kept: [String: Data] = [:]
        /// Of the build with kept trees: pages and embeds rendered from them, embeds in all.
        var fromTrees = 0
        var embedsFromTrees = 0
        var embeds = 0
        var notePages = 0
    }

    /// Builds `root` with and without kept trees; returns both sites' files and the counts.
    private func buildBothWays(_ root: String) throws -> BothWays {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var built = BothWays()
        for keeping in [false, true] {
            let output = folder.path(keeping ? "kept" : "again")
            let context = try SiteFixture.context(root: root, keepingRenderTrees: keeping)
            let summary = try SiteBuilder(context: context, options: SiteOptions(output: output)).build()
            if keeping {
                built.fromTrees = summary.pagesFromKeptTrees
                built.embedsFromTrees = summary.embedsFromKeptTrees
                built.embeds = summary.embedsRendered
                built.kept = SiteFixture.files(in: output)
            } else {
                #expect(summary.pagesFromKeptTrees == 0 && summary.embedsFromKeptTrees == 0)
                built.parsedAgain = SiteFixture.files(in: output)
            }
            built.notePages = summary.plan?.publishedNotes.count ?? 0
        }
        return built
    }

    private func expectSame(_ built: BothWays) {
        #expect(built.kept.keys.sorted() == built.parsedAgain.keys.sorted())
        for (path, data) in built.parsedAgain where built.kept[path] != data {
            Issue.record("\(path) differs when rendered from the kept tree")
        }
    }

    /// Keeping the tree parses with the renderer's extensions (autolinks, strikethrough); the
    /// vault model must not change with them, or lint and the site would disagree. The edge
    /// cases include a wikilink glued to a bare URL, which the autolink extension swallows.
    @Test(arguments: ["kept-trees", "site", "render-edge-cases"])
    func lintFindsTheSameWithKeptTrees(_ name: String) throws {
        let root = Self.fixtures + "/" + name
        var reports: [[Finding]] = []
        var models: [[String]] = []
        for keeping in [false, true] {
            let context = try SiteFixture.context(root: root, keepingRenderTrees: keeping)
            let linter = try Linter(config: context.config, asOf: SiteFixture.asOf)
            reports.append(linter.lint(context).findings)
            models.append(context.vault.notes.map { note in
                let links = note.links.map { "\($0.position.line):\($0.position.column) \($0.raw)" }
                let tags = note.tags.map { "\($0.position.line):\($0.position.column) #\($0.name)" }
                let headings = note.headings.map { "\($0.position.line) \($0.anchor)" }
                return "\(note.path) \(links) \(tags) \(headings)"
            })
        }
        #expect(!reports[0].isEmpty)
        #expect(reports[0] == reports[1])
        #expect(models[0] == models[1])
    }

    /// One note per edge case of the replaced text: emphasis and highlights around links,
    /// escapes, autolinks, comments, callouts, lists, tables with `\|`, footnotes, embeds.
    /// `Section embeds` embeds heading sections of all kinds (`FlatTree.section`); those of
    /// notes with reference definitions or footnotes are parsed again.
    @Test func edgeCasesRenderAlike() throws {
        let built = try buildBothWays(Self.fixtures + "/kept-trees")
        expectSame(built)
        #expect(built.fromTrees >= 30, "only \(built.fromTrees) pages came from kept trees")
        #expect(built.embedsFromTrees >= 10, "only \(built.embedsFromTrees) embeds came from kept trees")
        #expect(built.embedsFromTrees <= built.embeds - 2)
    }

    @Test(arguments: ["site", "render-edge-cases"])
    func fixtureSitesRenderAlike(_ name: String) throws {
        let built = try buildBothWays(Self.fixtures + "/" + name)
        expectSame(built)
        #expect(built.fromTrees > 0)
    }

    @Test func handbookRendersAlike() throws {
        let built = try buildBothWays(Self.handbook)
        expectSame(built)
        #expect(built.fromTrees >= 25)
    }

    /// The benchmark's notes: tables with `\|` in every note, highlights, comments, embeds.
    @Test func generatedVaultRendersAlikeFromTreesOnly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let generated = VaultGenerator(noteCount: 150, seed: 5, brokenPercent: 5).generate()
        try folder.write(generated.files, under: "vault")
        let built = try buildBothWays(folder.path("vault"))
        expectSame(built)
        #expect(built.notePages > 100)
        #expect(built.fromTrees == built.notePages)
        #expect(built.embeds > 50 && built.embedsFromTrees == built.embeds)
    }
}
