import Testing
@testable import TendVault

/// `LinkResolution` keeps its indices as Int32 with -1 for none (one per link of the vault,
/// read in link order by every page): what is set reads back, none stays none, and the value
/// takes 24 bytes (72 as `Int?` fields).
struct LinkResolutionStorageTests {
    @Test(arguments: [nil, 0, 1, 41, 9_999, Int(Int32.max)] as [Int?])
    func indicesReadBackAsSet(index: Int?) {
        var resolution = LinkResolution(status: .resolved, target: index, heading: index, block: index)
        #expect(resolution.target == index && resolution.heading == index && resolution.block == index)
        resolution.heading = 7
        resolution.block = nil
        #expect(resolution.target == index && resolution.heading == 7 && resolution.block == nil)
    }

    @Test func noneIsNotZero() {
        let none = LinkResolution(status: .noSuchNote)
        #expect(none.target == nil && none.heading == nil && none.block == nil && !none.foundFile)
        #expect(none != LinkResolution(status: .noSuchNote, target: 0))
    }

    @Test func takesTwentyFourBytes() {
        #expect(MemoryLayout<LinkResolution>.stride == 24)
    }
}
