/// A list item's `[c] ` task marker (spec §7.6): any single character in the brackets;
/// a space means unchecked, anything else checked, and the character goes to `data-task`.
struct TaskMarker {
    var character: String
    var isChecked: Bool
    /// Bytes of the marker and the space after it, to drop from the item's text.
    var markerBytes: Int

    /// cmark keeps `[`, the character and `]` in separate text nodes (brackets are link
    /// openers), so the first few text nodes of the item's first paragraph are joined.
    static func find(in item: FlatTree.Node, of tree: FlatTree) -> TaskMarker? {
        guard let paragraph = tree.firstChild(item), tree.kind(paragraph) == .paragraph else {
            return nil
        }
        var text: [UInt8] = []
        var child = tree.firstChild(paragraph)
        var endsParagraph = true
        while let current = child, text.count < 8 {
            guard tree.kind(current) == .text else {
                endsParagraph = false
                break
            }
            tree.withLiteral(current) { text += $0 }
            child = tree.next(current)
            if child != nil { endsParagraph = false }
        }
        guard text.count >= 3, text[0] == UInt8(ascii: "[") else { return nil }
        // One Unicode scalar between the brackets.
        var end = 2
        while end < text.count && text[end] & 0xC0 == 0x80 { end += 1 }
        guard end < text.count, text[end] == UInt8(ascii: "]") else { return nil }
        let character = String(decoding: text[1..<end], as: UTF8.self)
        guard character.unicodeScalars.count == 1, character != "\t" else { return nil }
        var markerBytes = end + 1
        if markerBytes < text.count {
            guard text[markerBytes] == UInt8(ascii: " ") else { return nil }
            markerBytes += 1
        } else if !endsParagraph, let child, tree.kind(child) != .softBreak {
            return nil
        }
        return TaskMarker(character: character, isChecked: character != " ", markerBytes: markerBytes)
    }
}
