import Foundation
import TendTestSupport
import Testing
@testable import TendSite

/// Snapshots of rendered note bodies: every construct of `Guide.md`, embeds, a cycle.
struct NoteRenderingTests {
    private func rendered(_ path: String) throws -> String {
        let plan = try SiteFixture.plan()
        return String(decoding: NoteRenderer(plan: plan).renderPage(note: SiteFixture.noteIndex(path, in: plan)), as: UTF8.self)
    }

    private func snapshot(_ path: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        assertSnapshot(try rendered(path), named: name, in: SnapshotFiles.folder(besides: #filePath), sourceLocation: sourceLocation)
    }

    @Test func everyConstruct() throws { try snapshot("Guide.md", "guide.html") }
    @Test func sectionBlockAndListItemEmbeds() throws { try snapshot("Embedder.md", "embedder.html") }
    @Test func embedCycleIsCut() throws { try snapshot("Cycle A.md", "cycle-a.html") }
    @Test func headingAndBlockIDs() throws { try snapshot("Target.md", "target.html") }

    /// A missing note has no href; a missing heading still opens the note (spec §1.5).
    @Test func unresolvedLinksAreVisible() throws {
        let html = try rendered("Guide.md")
        #expect(html.contains("<span class=\"internal-link is-unresolved\" title=\"No note named “Missing Note”\">Missing Note</span>"))
        #expect(html.contains("<a class=\"internal-link is-unresolved\" href=\"/target/\" title=\"“Target” has no heading “No Such Heading”\">"))
    }

    @Test func unpublishedTargetsLeakNothing() throws {
        for path in ["Guide.md", "Embedder.md"] {
            let html = try rendered(path)
            #expect(!html.contains("SECRET"))
            #expect(!html.contains("private-note"))
            #expect(!html.contains("Private/"))
        }
    }

    @Test func cycleShowsMarkerOnce() throws {
        let html = try rendered("Cycle A.md")
        #expect(html.components(separatedBy: "embed-cycle").count == 2)
        #expect(html.contains("markdown-embed-link\" href=\"/cycle-b/\""))
    }

    @Test func commentsAndScriptsAreRemoved() throws {
        let html = try rendered("Guide.md")
        #expect(!html.contains("hidden inline"))
        #expect(!html.contains("block comment"))
        #expect(!html.contains("<script"))
        #expect(html.contains("<span>kept span</span>"))
    }
}
