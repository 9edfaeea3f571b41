import Testing
@testable import TendVault

/// The resolver's name table against a plain dictionary: every name found with exactly its
/// files in load order, every absent name empty, however the names collide in the table.
struct FileNameTableTests {
    private static func lookup(_ table: FileNameTable, _ name: String, suffix: StaticString = "") -> [Int] {
        var name = name
        let range = name.withUTF8 { table.files(named: $0, suffix: suffix) }
        return Array(table.files[range])
    }

    private static func table(_ names: [String]) -> FileNameTable {
        FileNameTable(fileNames: names.map { Array($0.utf8)[...] })
    }

    @Test func findsEachNameWithItsFilesInLoadOrder() {
        let names = ["a.md", "b.md", "a.md", "", "café.md", "a.md", "b", "日本.md", ""]
        let table = Self.table(names)
        var expected: [String: [Int]] = [:]
        for (file, name) in names.enumerated() { expected[name, default: []].append(file) }
        for (name, files) in expected { #expect(Self.lookup(table, name) == files, "\(name)") }
    }

    @Test func absentNamesFindNothing() {
        let table = Self.table(["a.md", "b.md"])
        for name in ["", "c.md", "a", "a.m", "a.mdx", "A.md", "b.md "] {
            #expect(Self.lookup(table, name).isEmpty, "\(name)")
        }
    }

    @Test func suffixIsMatchedAsIfAppended() {
        let table = Self.table(["note.md", "note", "x.md", ".md"])
        #expect(Self.lookup(table, "note", suffix: ".md") == [0])
        #expect(Self.lookup(table, "note") == [1])
        #expect(Self.lookup(table, "", suffix: ".md") == [3])
        #expect(Self.lookup(table, "x", suffix: ".md") == [2])
        #expect(Self.lookup(table, "y", suffix: ".md").isEmpty)
        #expect(Self.lookup(table, "note.", suffix: ".md").isEmpty)
    }

    /// Thousands of names fill long probe runs: each must still end at its own slot.
    @Test func manyNamesAllResolve() {
        let names = (0..<5000).map { "note \($0 % 3000).md" }
        let table = Self.table(names)
        for key in 0..<3000 {
            let expected = key < 2000 ? [key, key + 3000] : [key]
            #expect(Self.lookup(table, "note \(key)", suffix: ".md") == expected)
        }
        #expect(Self.lookup(table, "note 3000", suffix: ".md").isEmpty)
    }
}
