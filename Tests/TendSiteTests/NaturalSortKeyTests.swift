import Testing
@testable import TendSite

/// Keys that order names as Obsidian's file explorer does.
struct NaturalSortKeyTests {
    /// Each list is in the order its keys must give (ties excepted, see below).
    @Test(arguments: [
        ["Note 1", "Note 2", "Note 9", "Note 10", "Note 53", "Note 100"],
        ["a", "a1", "a2b", "a10", "ab"],
        ["2024-01-05 Standup", "2024-01-12 Standup", "2024-10-01 Standup"],
        ["Alpha", "beta", "Gamma"],
        ["v1.2", "v1.10", "v2.0"],
        ["x 99999999999999999998", "x 99999999999999999999"],
        ["Café 2", "Café 10", "Cafés"],
    ])
    func sortsNumbersByValue(names: [String]) {
        let keys = names.map(NaturalSortKey.of)
        #expect(keys == keys.sorted(), "\(zip(names, keys).map { "\($0.0) → \($0.1)" })")
    }

    /// Without digits, a name's key is the name as `lowercased()` gives it: ASCII names are
    /// lower-cased on bytes (letters next to `@ [ \` { ` included), others the general way.
    @Test(arguments: ["ABC xyz", "@[`{ AZaz", "Äpfel", "İstanbul", "ΣΊΣΥΦΟΣ", "MiXeD_Case-.md", ""])
    func byteLowerCasingMatchesLowercased(name: String) {
        #expect(NaturalSortKey.of(name) == name.lowercased())
    }

    @Test func leadingZerosAndCaseTie() {
        #expect(NaturalSortKey.of("Step 02") == NaturalSortKey.of("step 2"))
        #expect(NaturalSortKey.of("007") == NaturalSortKey.of("7"))
        #expect(NaturalSortKey.of("0") < NaturalSortKey.of("1"))
    }

    /// A run too long to pad is kept whole (and sorts after the padded ones of its length class).
    @Test func longRunsAreKept() {
        let long = String(repeating: "9", count: NaturalSortKey.width + 3)
        #expect(NaturalSortKey.of("n" + long) == "n" + long)
    }
}
