import Foundation
import Testing
@testable import TendSite
import TendTestSupport
import TendVault

/// Where `tend build` refuses to write, and what a failed build leaves behind.
struct SiteOutputTests {
    private func refusal(_ output: String, vault: String = SiteFixture.root) -> String? {
        do {
            // Not refused: remove the staging folder it made (beside `output`, maybe in the fixtures).
            try SiteOutput(output: output, vaultRoot: vault).abandon()
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func refusesDangerousFolders() throws {
        #expect(refusal("/")?.contains("/ or your home folder") == true)
        #expect(refusal(NSHomeDirectory())?.contains("/ or your home folder") == true)
        #expect(refusal(SiteFixture.root)?.contains("is the vault or contains it") == true)
        #expect(refusal((SiteFixture.root as NSString).deletingLastPathComponent)?.contains("contains it") == true)
    }

    @Test func refusesAFolderItDidNotWrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("mine")
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: output + "/notes.txt"))
        #expect(refusal(output)?.contains("not written by tend build") == true)
        #expect(FileManager.default.fileExists(atPath: output + "/notes.txt"))
    }

    @Test func failedBuildLeavesThePreviousSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("site")
        try SiteFixture.build(into: output)
        let before = SiteFixture.files(in: output)
        let templates = folder.path("templates")
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        try Data("<main>\n{{#note}}\n{{title}}\n".utf8).write(to: URL(fileURLWithPath: templates + "/note.mustache"))
        do {
            try SiteFixture.build(into: output, templates: templates)
            Issue.record("a broken template must fail the build")
        } catch let error as VaultError {
            #expect(error.step == .template)
            #expect(error.file.hasPrefix(templates + "/note.mustache:"), "\(error.file)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(SiteFixture.files(in: output) == before)
        let parent = (output as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.contains("staging") }.isEmpty)
    }

    @Test func overrideTemplatesReplaceBuiltInOnes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("site")
        let templates = folder.path("templates")
        try FileManager.default.createDirectory(atPath: templates + "/assets", withIntermediateDirectories: true)
        try Data("<article class=\"custom\">{{{note.html}}}</article>".utf8).write(to: URL(fileURLWithPath: templates + "/note.mustache"))
        try Data("body { color: red }".utf8).write(to: URL(fileURLWithPath: templates + "/assets/style.css"))
        try SiteFixture.build(into: output, templates: templates)
        let files = SiteFixture.files(in: output)
        #expect(String(decoding: files["guide/index.html"]!, as: UTF8.self).contains("<article class=\"custom\">"))
        #expect(files["assets/style.css"] == Data("body { color: red }".utf8))
        #expect(files["assets/site.js"] != nil)
    }
}
