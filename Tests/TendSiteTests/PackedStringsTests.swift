import Testing
@testable import TendSite

struct PackedStringsTests {
    @Test func appendsEachStringsBytesExactly() {
        let strings = ["", "/a/", "", "café & <b>", "日本", "/a/"]
        let packed = PackedStrings(strings)
        for (index, string) in strings.enumerated() {
            var output: [UInt8] = Array("x".utf8)
            packed.append(index, to: &output)
            #expect(output == Array(("x" + string).utf8), "\(index)")
        }
    }
}
