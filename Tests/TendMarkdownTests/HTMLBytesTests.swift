import Testing
@testable import TendMarkdown

struct HTMLBytesTests {
    private func text(_ bytes: HTMLBytes) -> String { String(decoding: bytes.bytes, as: UTF8.self) }

    /// The eight-byte scan finds the first byte to escape wherever it stands, whatever bytes
    /// surround it: every byte value at every place in and around a word, from every start.
    @Test func firstSpecialMatchesAByteByByteScan() {
        for filler: UInt8 in [UInt8(ascii: "a"), 0x20, 0xFF, 36, 39, 61, 63] {
            for value in 0...255 {
                for place in 0..<20 {
                    var bytes = [UInt8](repeating: filler, count: 20)
                    bytes[place] = UInt8(value)
                    bytes.withUnsafeBufferPointer { buffer in
                        for start in [0, 1, 7, 8, 9] {
                            let naive = (start..<buffer.count).first { HTMLEscaping.needsEscaping(buffer[$0]) } ?? buffer.count
                            #expect(HTMLEscaping.firstSpecial(in: buffer, from: start) == naive)
                        }
                    }
                }
            }
        }
    }

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
