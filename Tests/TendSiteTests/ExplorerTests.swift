import Foundation
import Testing
@testable import TendSite
import TendTestSupport

/// The folder explorer every page carries, as built: which folders are open, the current
/// page marked, the listing limit with its "N more…" link, and the markup the stylesheet
/// styles (a note's `<li>` has no class; folders and "more" keep theirs).
struct ExplorerTests {
    @Test func nestedFoldersOpenToTheCurrentNote() throws {
        try snapshot(page: "ops/deep/checklist/index.html", "explorer-nested.html")
    }

    /// A note past the folder's first 50 (titles sort as text: "Note 8" comes after "Note 53")
    /// is listed just before "N more…", marked current.
    @Test func currentNotePastTheListingLimit() throws {
        try snapshot(page: "big/note-08/index.html", "explorer-past-limit.html")
    }

    private func snapshot(page: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var notes = ["Home.md": "# Home\n", "Ops/Runbook.md": "# Runbook\n", "Ops/Deep/Checklist.md": "# Checklist\n",
                     "Guides/Start.md": "# Start\n"]
        for number in 0..<55 { notes["Big/Note \(String(format: "%02d", number)).md"] = "# Note \(number)\n" }
        let vault = try folder.write(notes, under: "vault")
        let site = folder.path("site")
        try SiteFixture.build(into: site, root: vault)
        let html = try String(contentsOfFile: site + "/" + page, encoding: .utf8)
        let start = try #require(html.range(of: "<nav id=\"explorer\""), sourceLocation: sourceLocation)
        let end = try #require(html.range(of: "</nav>", range: start.upperBound..<html.endIndex), sourceLocation: sourceLocation)
        let explorer = String(html[start.lowerBound..<end.upperBound]) + "\n"
        #expect(HTMLNesting.firstProblem(in: explorer) == nil, sourceLocation: sourceLocation)
        assertSnapshot(explorer, named: name, in: SnapshotFiles.folder(besides: #filePath), sourceLocation: sourceLocation)
    }
}
