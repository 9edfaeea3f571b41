/// A line of inline Markdown that holds no markup at all, such as most callout titles.
///
/// Why: each callout title was parsed by cmark on its own, which cost as much as a short
/// note. Letters, digits, spaces and `, - ' ( ) / ?` start no Markdown construct, no entity
/// and no GFM autolink (those need `.`, `:` or `@`), so cmark writes such a line as it
/// stands, without the spaces around it; a first letter keeps it from being a list item.
enum PlainInlineText {
    /// The HTML cmark writes inside the line's paragraph, or nil when the line may hold markup.
    static func html(_ line: [UInt8]) -> String? {
        var start = 0
        while start < line.count && line[start] == 32 { start += 1 }
        // Four spaces would make it indented code.
        guard start <= 3, start < line.count, isLetter(line[start]) else { return nil }
        var end = line.count
        while line[end - 1] == 32 { end -= 1 }
        guard line[start..<end].allSatisfy(isPlain) else { return nil }
        return String(decoding: line[start..<end], as: UTF8.self)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (65...90).contains(byte) || (97...122).contains(byte)
    }

    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case 65...90, 97...122, 48...57, 32: true
        case UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "/"), UInt8(ascii: "?"): true
        default: false
        }
    }
}
