// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way:
// CCmarkGFM, CParseArena ← TendMarkdown ← TendVault ← TendLint ← TendCLI ← tend
// with TendSite (after TendLint) and TendServer (after TendSite) before TendCLI;
// CAllocatorTuning (a C function `tend` calls first) stands apart.
let package = Package(
    name: "Tend",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tend", targets: ["tend"]),
        .library(name: "TendVault", targets: ["TendVault"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Debian installs cmark-gfm's headers in /usr/include; the libraries are linked by
        // TendMarkdown (below), not by the module map or pkg-config, so that a release build can
        // take the static archives.
        .systemLibrary(
            name: "CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // cmark's allocator: a per-thread bump arena, in C for its thread-local (see its source).
        .target(name: "CParseArena", dependencies: ["CCmarkGFM"]),
        // The only Swift target that touches C pointers. Release builds on Linux link Debian's
        // static libcmark-gfm archives (same library, same version): calls into cmark, several
        // per node of every parse tree, and cmark's calls between its own functions are then
        // direct instead of through the shared library's PLT (10,000-note build 2-3% faster in
        // alternating runs). The extensions come first: they call into the core library.
        .target(name: "TendMarkdown", dependencies: ["CCmarkGFM", "CParseArena"],
                linkerSettings: [
                    .linkedLibrary("cmark-gfm-extensions", .when(configuration: .debug)),
                    .linkedLibrary("cmark-gfm", .when(configuration: .debug)),
                    .linkedLibrary("cmark-gfm-extensions", .when(platforms: [.macOS], configuration: .release)),
                    .linkedLibrary("cmark-gfm", .when(platforms: [.macOS], configuration: .release)),
                    // `-l:FILE` (GNU ld, gold, lld): that file from the library path, here the archive.
                    .linkedLibrary(":libcmark-gfm-extensions.a", .when(platforms: [.linux], configuration: .release)),
                    .linkedLibrary(":libcmark-gfm.a", .when(platforms: [.linux], configuration: .release)),
                ]),
        .target(name: "TendVault", dependencies: [
            "TendMarkdown",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "TendLint", dependencies: ["TendVault"]),
        // The static site: rendering, pages, search index, atomic output. Uses lint's findings.
        .target(name: "TendSite", dependencies: [
            "TendMarkdown",
            "TendVault",
            "TendLint",
        ]),
        // `tend serve`: the preview server, file watching, live reload.
        .target(name: "TendServer", dependencies: [
            "TendSite",
            "TendLint",
            "TendVault",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "TendCLI", dependencies: [
            "TendVault",
            "TendLint",
            "TendSite",
            "TendServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // mimalloc replaces glibc's malloc for the whole process: it is linked before libc, so
        // the Swift runtime's and cmark's allocations resolve to it too. A build allocates and
        // frees millions of short strings and arrays on every core; with mimalloc a 1,000-note
        // build ran 3.4% fewer instructions (callgrind) and 10,000 notes took 2-14% less time
        // in five alternating runs. Debian's libmimalloc-dev (`make deps`).
        // Asks mimalloc for 2 MiB pages (see its source: 4-11% of a 10,000-note build).
        .target(name: "CAllocatorTuning"),
        .executableTarget(name: "tend", dependencies: ["TendCLI", "CAllocatorTuning"],
                          linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]),
        // Deterministic synthetic vaults with planted defects, for benchmarks and tests.
        .target(name: "VaultGenerator"),
        // Benchmark driver (not shipped in `tend`).
        .executableTarget(name: "tend-bench", dependencies: ["TendVault", "VaultGenerator"], path: "Sources/TendBench"),
        // Snapshot assertions and self-removing temporary folders shared by the test targets.
        .target(name: "TendTestSupport", path: "Tests/TendTestSupport"),
        .testTarget(name: "TendMarkdownTests", dependencies: ["TendMarkdown", "TendTestSupport"]),
        .testTarget(name: "TendVaultTests", dependencies: ["TendVault", "VaultGenerator", "TendTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "TendLintTests", dependencies: ["TendLint", "TendVault", "VaultGenerator", "TendTestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "TendSiteTests", dependencies: ["TendSite", "TendLint", "TendVault", "VaultGenerator", "TendTestSupport"],
                    exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "TendServerTests", dependencies: ["TendServer", "TendSite", "TendTestSupport"]),
        .testTarget(name: "TendCLITests", dependencies: ["TendCLI", "TendVault", "TendTestSupport"], exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
