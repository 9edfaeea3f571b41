import Foundation
import Testing
@testable import TendMarkdown

/// The C parse arena (`shim.h`): a document that needs several chunks, a block too large for
/// a chunk, and parses on several threads at once must render as small parses of the same
/// text do.
struct ParseArenaTests {
    private func render(_ markdown: String) -> String {
        MarkdownHTML.render(RenderInput(markdown: Array(markdown.utf8), tokens: [])) { .external(url: $0.destination) }
    }

    @Test func aDocumentLargerThanAChunkRendersAsItsParagraphsDo() {
        // 6,000 paragraphs of nodes fill several 256 KB chunks.
        let paragraphs = (0..<6000).map { "Paragraph *\($0)* with [a link](https://example.com/\($0))." }
        let whole = render(paragraphs.joined(separator: "\n\n"))
        #expect(whole == paragraphs.map(render).joined())
    }

    @Test func aTextLargerThanAQuarterChunkIsKeptWhole() {
        // One 200 KB text: cmark's buffer grows through `realloc` past the size chunks take.
        let text = String(repeating: "word ", count: 40_000)
        #expect(render(text) == "<p>" + text.dropLast() + "</p>\n")
    }

    @Test func parsesOnSeveralThreadsEachUseTheirOwnArena() {
        let documents = (0..<8).map { number in
            (0..<400).map { "Document \(number), paragraph \($0) with *emphasis*" }.joined(separator: "\n\n")
        }
        let expected = documents.map(render)
        let results = Results(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count * 4) { iteration in
            let index = iteration % documents.count
            results.set(index, render(documents[index]))
        }
        #expect(results.all == expected)
    }

    /// The last rendering of each document, from any thread.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [String]

        init(count: Int) { values = Array(repeating: "", count: count) }

        func set(_ index: Int, _ value: String) {
            lock.lock()
            defer { lock.unlock() }
            values[index] = value
        }

        var all: [String] {
            lock.lock()
            defer { lock.unlock() }
            return values
        }
    }
}
