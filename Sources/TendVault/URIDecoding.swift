/// JavaScript `decodeURI` semantics (spec §1.2): `%XX` escapes become characters, except
/// escapes of reserved characters (`; / ? : @ & = + $ , #`), which stay as written.
/// Returns nil where `decodeURI` throws (a lone `%`, bad hex, invalid UTF-8): Obsidian then
/// keeps the link as an ordinary external link.
public enum URIDecoding {
    static func decodeURI(_ text: String) -> String? {
        // Read through the string's own buffer: no copy into an array, and most
        // destinations hold no `%` and come back as they are.
        var copy = text
        return copy.withUTF8 { input -> String? in
            guard input.contains(UInt8(ascii: "%")) else { return text }
            return decodeEscapes(input)
        }
    }

    private static func decodeEscapes(_ input: UnsafeBufferPointer<UInt8>) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            guard input[index] == UInt8(ascii: "%") else {
                output.append(input[index])
                index += 1
                continue
            }
            guard let first = hexByte(input, index) else { return nil }
            if first < 0x80 {
                if isReserved(first) {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: input[index..<(index + 3)]))
                } else {
                    output.append(first)
                }
                index += 3
                continue
            }
            let width: Int
            switch first {
            case 0xC2...0xDF: width = 2
            case 0xE0...0xEF: width = 3
            case 0xF0...0xF4: width = 4
            default: return nil
            }
            var sequence = [first]
            for step in 1..<width {
                guard let next = hexByte(input, index + 3 * step), next & 0xC0 == 0x80 else { return nil }
                sequence.append(next)
            }
            guard String(validating: sequence, as: UTF8.self) != nil else { return nil }
            output.append(contentsOf: sequence)
            index += 3 * width
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `; / ? : @ & = + $ , #`: escapes of these stay as written (a switch, not a Set: no hashing).
    private static func isReserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "&"),
             UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "$"), UInt8(ascii: ","), UInt8(ascii: "#"):
            return true
        default:
            return false
        }
    }

    private static func hexByte(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt8? {
        guard index + 2 < input.count, input[index] == UInt8(ascii: "%"),
              let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) else { return nil }
        return high << 4 | low
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: return byte - 48
        case 65...70: return byte - 55
        case 97...102: return byte - 87
        default: return nil
        }
    }

    /// Whether a destination has a URI scheme (`https:`, `mailto:`, `obsidian:` …) or is
    /// protocol-relative; such links are external (spec §1.2).
    public static func isExternal(_ destination: String) -> Bool {
        // `//host/…` (protocol-relative), read on bytes as URLs are: `hasPrefix` compared
        // Characters, ~150 instructions for every Markdown link.
        var bytes = destination.utf8.makeIterator()
        if bytes.next() == UInt8(ascii: "/"), bytes.next() == UInt8(ascii: "/") { return true }
        var sawLetter = false
        for byte in destination.utf8 {
            switch byte {
            case 65...90, 97...122: sawLetter = true
            case 48...57, UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "-"):
                if !sawLetter { return false }
            case UInt8(ascii: ":"): return sawLetter
            default: return false
            }
        }
        return false
    }
}
