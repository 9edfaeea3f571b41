import Testing
@testable import TendMarkdown

struct HTMLBytesTests {
    private func text(_ bytes: HTMLBytes) -> String { String(decoding: bytes.bytes, as: UTF8.self) }

    /// Writes far past the first capacity, so the buffer grows several times and keeps its bytes.
    @Test func growsAndKeepsWhatWasWritten() {
        var out = HTMLBytes(capacity: 1)
        defer { out.free() }
        var expected = ""
        for index in 0..<500 {
            out.append("<p>\(index) café</p>")
            out.append(UInt8(ascii: "\n"))
            expected += "<p>\(index) café</p>\n"
        }
        #expect(text(out) == expected)
        #expect(out.count == expected.utf8.count)
        #expect(out.last == UInt8(ascii: "\n"))
    }

    @Test func escapesAsHTMLEscapingDoes() {
        var out = HTMLBytes(capacity: 8)
        defer { out.free() }
        for sample in ["", "plain", "a & b < c > d \"e\"", "&&<<", "naïve \"x\"", String(repeating: "ab<", count: 40)] {
            out.truncate(to: 0)
            out.appendEscaped(sample)
            #expect(text(out) == HTMLEscaping.escape(sample))
        }
    }

    @Test func endsRemovesAndTruncates() {
        var out = HTMLBytes(capacity: 4)
        defer { out.free() }
        #expect(out.last == nil && !out.ends(with: "x"))
        out.append("a<br>\n")
        #expect(out.ends(with: "<br>\n") && !out.ends(with: "<br>") && out.ends(with: ""))
        out.removeLast(5)
        #expect(text(out) == "a")
        out.append("bcd")
        out.removeLast()
        #expect(text(out) == "abc")
        out.truncate(to: 1)
        #expect(text(out) == "a" && out.count == 1)
    }
}
