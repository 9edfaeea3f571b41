/// A term shard's name: `über` → `_b`, each of the term's first two characters (Unicode
/// scalars) kept when `a-z0-9`, else `_`. Ordered as the names sort as text.
struct ShardName: Hashable, Comparable, Sendable {
    /// The name's two ASCII bytes; `second` is 0 for a term of one character.
    let first: UInt8
    let second: UInt8

    /// The shard of a term given as valid UTF-8.
    init(of term: UnsafeBufferPointer<UInt8>) {
        var characters: (UInt8, UInt8) = (0, 0)
        var index = 0
        for number in 0..<2 where index < term.count {
            let byte = term[index]
            let character: UInt8
            if byte < 0x80 {
                let kept = byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
                character = kept ? byte : UInt8(ascii: "_")
                index += 1
            } else {
                character = UInt8(ascii: "_")
                // The length of the scalar from its lead byte.
                index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            }
            if number == 0 { characters.0 = character } else { characters.1 = character }
        }
        first = characters.0
        second = characters.1
    }

    var text: String {
        String(decoding: second == 0 ? [first] : [first, second], as: UTF8.self)
    }

    static func < (left: ShardName, right: ShardName) -> Bool {
        (left.first, left.second) < (right.first, right.second)
    }
}
