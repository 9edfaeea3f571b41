import Testing
@testable import TendVault
import VaultGenerator

/// The generator plants broken links at known places; the resolver must find exactly those.
struct GeneratedVaultTests {
    @Test func resolverFindsExactlyThePlantedBrokenLinks() {
        let generated = VaultGenerator(noteCount: 300, seed: 7, brokenPercent: 5).generate()
        let resolved = ResolvedVault(vault: Vault.make(generated.files))
        let found = LinkListing(resolved).entries.filter { $0.status != .resolved }.map {
            "\($0.file):\($0.line):\($0.column)"
        }
        let planted = generated.plants.filter { $0.kind != .stale && $0.kind != .orphan }.map { "\($0.file):\($0.line):\($0.column)" }
        #expect(!planted.isEmpty)
        #expect(found.sorted() == planted.sorted())
    }

    @Test func plantedKindsMatchTheResolutionStatus() {
        let generated = VaultGenerator(noteCount: 200, seed: 3, brokenPercent: 8).generate()
        let listing = LinkListing(ResolvedVault(vault: Vault.make(generated.files)))
        let statusByPlace = Dictionary(uniqueKeysWithValues: listing.entries.map { ("\($0.file):\($0.line):\($0.column)", $0.status) })
        for plant in generated.plants where plant.kind != .stale && plant.kind != .orphan {
            let expected: LinkResolution.Status = switch plant.kind {
            case .brokenLink: .noSuchNote
            case .brokenHeading: .noSuchHeading
            case .brokenBlock: .noSuchBlock
            case .brokenEmbed: .noSuchFile
            case .stale, .orphan: .resolved  // not link defects; excluded by the loop's filter
            }
            #expect(statusByPlace["\(plant.file):\(plant.line):\(plant.column)"] == expected, "\(plant)")
        }
    }

    @Test func generationIsDeterministic() {
        let first = VaultGenerator(noteCount: 50, seed: 11).generate()
        let second = VaultGenerator(noteCount: 50, seed: 11).generate()
        #expect(first.files == second.files)
        #expect(first.plants == second.plants)
    }
}
