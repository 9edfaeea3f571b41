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

    /// A note past the folder's first 50 (titles sort by their numbers: "Note 52" is the 53rd)
    /// is listed just before "N more…", marked current.
    @Test func currentNotePastTheListingLimit() throws {
        try snapshot(page: "big/note-52/index.html", "explorer-past-limit.html")
    }

    /// Names sort as in Obsidian's file explorer: numbers by value, case ignored, folders too;
    /// backlinks and the freshness dashboard's ties follow the same order.
    @Test func numbersInNamesSortByValue() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let vault = try folder.write(["Home.md": "# Home\n", "Steps/Step 10.md": "# Step 10\n[[Home]] #step\n",
                                      "Steps/Step 2.md": "# Step 2\n[[Home]] #step\n", "Steps/step 1.md": "# step 1\n[[Home]] #step\n",
                                      "Steps/Step 02b.md": "# Step 02b\n[[Home]] #step\n",
                                      "Part 10/A.md": "# A\n", "Part 9/B.md": "# B\n"], under: "vault")
        let site = folder.path("site")
        try SiteFixture.build(into: site, root: vault)
        let steps = ["step 1", "Step 2", "Step 02b", "Step 10"]
        let html = try String(contentsOfFile: site + "/steps/step-2/index.html", encoding: .utf8)
        expectLinks(steps, inOrderIn: html)
        expectLinks(["Part 9", "Part 10"], inOrderIn: html)
        // Backlinks are listed in the same order.
        let home = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        let backlinks = try #require(home.range(of: "<ul class=\"backlink-list\">"))
        expectLinks(steps, inOrderIn: home, from: backlinks.upperBound)
        // So are the freshness dashboard's ties (all four have no review date).
        expectLinks(steps, inOrderIn: try String(contentsOfFile: site + "/freshness/index.html", encoding: .utf8))
        // And the tag page's notes (in path order they would start with Step 02b).
        expectLinks(steps, inOrderIn: try String(contentsOfFile: site + "/tags/step/index.html", encoding: .utf8))
    }

    /// Each of `titles` is a link text in `html` after `start`, in this order.
    private func expectLinks(_ titles: [String], inOrderIn html: String, from start: String.Index? = nil,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let found = titles.map { html.range(of: ">\($0)</a>", range: (start ?? html.startIndex)..<html.endIndex)?.lowerBound }
        #expect(found.allSatisfy { $0 != nil } && found == found.sorted { $0! < $1! }, "\(titles): \(found)",
                sourceLocation: sourceLocation)
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
