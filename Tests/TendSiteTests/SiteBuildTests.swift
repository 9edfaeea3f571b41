import Foundation
import Testing
@testable import TendSite
import TendTestSupport
import TendVault

/// The whole fixture site, built to a temporary folder.
struct SiteBuildTests {
    private func text(_ data: Data?) -> String { data.map { String(decoding: $0, as: UTF8.self) } ?? "" }

    @Test func generatedPagesExist() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("site")
        try SiteFixture.build(into: output)
        for file in ["index.html", "guide/index.html", "target/index.html", "custom/deep/index.html", "notes/deep/index.html",
                     "notes/index.html", "tags/index.html", "tags/ops/index.html", "tags/ops/runbook/index.html", "tags/todo/later/index.html",
                     "freshness/index.html", "404.html", "sitemap.xml", "feed.xml", "robots.txt", "search/docs.json",
                     "assets/style.css", "assets/site.js", "Attachments/diagram.svg", "Attachments/manual.pdf", ".tend-site"] {
            #expect(FileManager.default.fileExists(atPath: output + "/" + file), "missing \(file)")
        }
    }

    /// A note's description shows under its title; a note without one has no empty paragraph.
    @Test func descriptionPathAndStateShowWhenThereAreSome() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("site")
        try SiteFixture.build(into: output)
        let files = SiteFixture.files(in: output)
        #expect(text(files["guide/index.html"]).contains("<p class=\"page-description\">One of each thing a note can hold.</p>"))
        #expect(!text(files["embedder/index.html"]).contains("page-description"))
        // Lists of pages show a note's path, description and review state (in words).
        let tagPage = text(files["tags/guide/index.html"])
        #expect(tagPage.contains("<span class=\"page-list-path\">Guide.md</span>"))
        #expect(tagPage.contains("<p class=\"page-list-description\">One of each thing a note can hold.</p>"))
        #expect(text(files["notes/deep/index.html"]).contains("<span class=\"state-badge state-fresh\">Fresh</span>"))
        #expect(!text(files["notes/index.html"]).contains("state-badge"), "a folder has no review state")
    }

    /// A vault's `note.mustache` written for the earlier default, with a section on the
    /// description, shows no empty paragraph for a note without one (it is null, not "").
    @Test func oldStyleDescriptionSectionInAnOverride() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let overrides = try folder.write(["note.mustache": "{{#note.description}}<p class=\"page-description\">{{.}}</p>{{/note.description}}\n{{{note.html}}}\n"],
                                         under: "templates")
        try SiteFixture.build(into: folder.path("site"), templates: overrides)
        let files = SiteFixture.files(in: folder.path("site"))
        #expect(text(files["guide/index.html"]).contains("<p class=\"page-description\">One of each thing a note can hold.</p>"))
        #expect(!text(files["embedder/index.html"]).contains("page-description"))
    }

    /// A tag written several times, in any case and in the frontmatter too, is listed once,
    /// as first written; one only in a comment is not listed.
    @Test func eachTagOnceOnItsPage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let vault = try folder.write([
            "Home.md": "# Home\n",
            "A.md": "---\ntags: [ops]\n---\n# A\n\n#Ops #todo and #ops/db, #todo again, #OPS. %% #hidden %%\n",
        ], under: "vault")
        try SiteFixture.build(into: folder.path("site"), root: vault)
        let html = try String(contentsOfFile: folder.path("site/a/index.html"), encoding: .utf8)
        let list = try #require(html.range(of: "<ul class=\"tag-list\"[^€]*?</ul>", options: .regularExpression).map { String(html[$0]) })
        let names = list.components(separatedBy: "</a>").dropLast().compactMap { $0.components(separatedBy: ">").last }
        #expect(names == ["#ops", "#todo", "#ops/db"], "\(list)")
    }

    @Test func nothingUnpublishedLeaks() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("site")
        try SiteFixture.build(into: output)
        let files = SiteFixture.files(in: output)
        #expect(files["Attachments/private.png"] == nil)
        #expect(files["private/private-note/index.html"] == nil)
        for (path, data) in files {
            let content = text(data)
            for secret in ["SECRET-CANARY", "SECRET-IN-COMMENT", "PNG-SECRET", "secret-tag", "private-note", "Private Note.md", "private.png"] {
                #expect(!content.contains(secret), "\(path) contains \(secret)")
            }
        }
    }

    /// Every `href` and `src` that points into the site names a file that exists, and every
    /// `#fragment` of an internal link names an id on that page.
    @Test(arguments: ["/", "/docs/handbook/"])
    func everyInternalReferenceExists(basePath: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("site")
        try SiteFixture.build(into: output, basePath: basePath)
        let files = SiteFixture.files(in: output)
        let pattern = try NSRegularExpression(pattern: "(?<![-\\w])(?:href|src)=\"([^\"]*)\"")
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = text(data)
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let reference = String(html[Range(match.range(at: 1), in: html)!]).replacingOccurrences(of: "&amp;", with: "&")
                if reference.hasPrefix("http://") || reference.hasPrefix("https://") || reference.hasPrefix("mailto:") || reference.hasPrefix("data:") { continue }
                var target = reference
                var fragment: String?
                if let hash = target.firstIndex(of: "#") {
                    fragment = String(target[target.index(after: hash)...]).removingPercentEncoding
                    target = String(target[..<hash])
                }
                if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
                var file = path
                if !target.isEmpty {
                    #expect(target.hasPrefix(basePath), "\(path): \(reference) is outside the base path")
                    guard target.hasPrefix(basePath) else { continue }
                    file = (String(target.dropFirst(basePath.count)).removingPercentEncoding ?? target)
                    if file.isEmpty || file.hasSuffix("/") { file += "index.html" }
                }
                #expect(files[file] != nil, "\(path): \(reference) points at \(file), which does not exist")
                if let fragment, !fragment.isEmpty, file.hasSuffix(".html") {
                    #expect(text(files[file]).contains("id=\"\(fragment)\""), "\(path): \(reference): no id \(fragment) in \(file)")
                }
                checked += 1
            }
        }
        #expect(checked > 200)
    }

    @Test func sameVaultSameBytesAndNothingRewritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = folder.path("a")
        let second = folder.path("b")
        try SiteFixture.build(into: first)
        try SiteFixture.build(into: second)
        #expect(SiteFixture.files(in: first) == SiteFixture.files(in: second))
        let before = try FileManager.default.attributesOfItem(atPath: first + "/guide/index.html")[.modificationDate] as? Date
        let again = try SiteFixture.build(into: first)
        #expect(again.written == 0)
        #expect(again.unchanged == again.files)
        let after = try FileManager.default.attributesOfItem(atPath: first + "/guide/index.html")[.modificationDate] as? Date
        #expect(before == after)
        #expect(SiteFixture.files(in: first) == SiteFixture.files(in: second))
    }

    /// Each page lists the published notes that link to or embed it: once each (Guide links
    /// to Target many times), by title, with their page under the base path and their file path.
    @Test func backlinksListTheLinkingNotesByTitle() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("site")
        try SiteFixture.build(into: output, basePath: "/docs/")
        let expected = [
            "target/index.html": [("/docs/embedder/", "Embedder", "Embedder.md"), ("/docs/", "Fixture Home", "Home.md"),
                                  ("/docs/guide/", "Guide to Every Construct", "Guide.md")],
            "cycle-a/index.html": [("/docs/cycle-b/", "Cycle B", "Cycle B.md"), ("/docs/", "Fixture Home", "Home.md")],
            "index.html": [("/docs/custom/deep/", "Deep Note", "Notes/Deep/Deep Note.md")],
        ]
        for (page, entries) in expected {
            let html = text(FileManager.default.contents(atPath: output + "/" + page))
            let items = entries.map { "<li><a href=\"\($0.0)\">\($0.1)</a><span class=\"backlink-path\">\($0.2)</span></li>\n" }
            let list = "<ul class=\"backlink-list\">\n" + items.joined() + "</ul>"
            #expect(html.contains(list), "\(page) does not list its backlinks as expected")
        }
    }

    @Test func searchIndexRanksTitlesFirst() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("site")
        try SiteFixture.build(into: output)
        let files = SiteFixture.files(in: output)
        let docs = text(files["search/docs.json"])
        let index = try JSONSerialization.jsonObject(with: files["search/docs.json"]!) as! [String: Any]
        #expect(index["v"] as? Int == 2)
        let pages = index["docs"] as! [[Any]]
        let folders = index["folders"] as! [String]
        let guide = try #require(pages.first { $0[0] as? String == "guide/" })
        #expect(guide[1] as? String == "Guide to Every Construct")
        #expect(folders[guide[2] as! Int] == "")
        let deep = try #require(pages.first { $0[0] as? String == "custom/deep/" })
        #expect(folders[deep[2] as! Int] == "Notes/Deep")
        #expect((index["shards"] as! [String]).contains("co"))
        #expect(docs.hasPrefix("{\"v\":2,\"docs\":[["))
        let shard = try JSONSerialization.jsonObject(with: files["search/terms/co.json"]!) as! [String: [Int]]
        let postings = shard["construct"]!
        #expect(postings[1] >= 100)  // a title hit
    }

    @Test func freshnessShowsStaleNotes() throws {
        let plan = try SiteFixture.plan()
        let contexts = PageContexts(plan: plan, tree: FolderTree(plan: plan), siteTitle: "T", siteDescription: "", language: "en",
                                    origin: nil, editURL: nil, assetVersion: "1")
        let review = contexts.review(SiteFixture.noteIndex("Embedder.md", in: plan))
        #expect(review["isStale"]?.isTruthy == true)
        #expect(review["label"]?.text == "Overdue by 601 days")
        let guide = contexts.review(SiteFixture.noteIndex("Guide.md", in: plan))
        #expect(guide["owner"]?.text == "docs, sre")
        guard case .list(let groups)? = contexts.freshnessPage()["groups"] else {
            Issue.record("no groups")
            return
        }
        #expect(groups.map { $0["state"]?.text ?? "" } == ["stale", "due-soon", "future", "unknown", "fresh"])
        guard case .list(let stale)? = groups[0]["notes"] else { return }
        #expect(stale.first?["title"]?.text == "Embedder")
        // Fresh pages show the days until their due date (the dashboard shows that column for
        // them), soonest first; they showed 0 before.
        guard case .list(let fresh)? = groups[4]["notes"] else { return }
        let left = fresh.map { entry -> Int in
            guard case .int(let days)? = entry["daysLeft"] else { return -1 }
            return days
        }
        #expect(!fresh.isEmpty && left.allSatisfy { $0 > 0 } && left == left.sorted(), "\(left)")
        for entry in fresh {
            let due = try #require(CivilDate(parsing: entry["due"]?.text ?? ""))
            #expect(entry["daysLeft"]?.text == String(plan.context.asOf.days(until: due)))
        }
    }

    @Test func feedAndSitemapUseTheOrigin() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("site")
        try SiteFixture.build(into: output, basePath: "https://docs.example.org/hb/")
        let files = SiteFixture.files(in: output)
        #expect(text(files["sitemap.xml"]).contains("<loc>https://docs.example.org/hb/guide/</loc><lastmod>2026-06-01</lastmod>"))
        #expect(text(files["feed.xml"]).contains("<link href=\"https://docs.example.org/hb/custom/deep/\"/><updated>2026-11-22T00:00:00Z</updated>"))
        #expect(text(files["robots.txt"]).contains("Sitemap: https://docs.example.org/hb/sitemap.xml"))
    }
}
