import Foundation

/// NFC (canonical composition), as Obsidian compares names and as search terms are kept.
/// Foundation's normalisation is slow, and most text needs none: ASCII, and text whose
/// scalars never compose, is returned as it is.
public func nfc(_ text: String) -> String {
    isNFCWithoutChecking(text) ? text : text.precomposedStringWithCanonicalMapping
}

/// Whether every scalar of `text` is one that NFC never changes or combines with what
/// precedes it (NFC_Quick_Check Yes, combining class 0): then the text is NFC. Conservative:
/// other text goes through Foundation's normalisation.
public func isNFCWithoutChecking(_ text: String) -> Bool {
    // Scalars below U+0300 are exactly those whose UTF-8 lead byte is below 0xCC (continuation
    // bytes are below 0xC0): a byte scan answers most names and paths without decoding them.
    if text.utf8.allSatisfy({ $0 < 0xCC }) { return true }
    return text.unicodeScalars.allSatisfy { scalar in
        switch scalar.value {
        case 0..<0x0300, 0x0370..<0x0374, 0x0376..<0x037E, 0x0388..<0x0483, 0x0530..<0x0591,
             0x200B..<0x2028, 0x2030..<0x205F, 0x20A0..<0x20C0, 0x2190..<0x2329, 0x232B..<0x2B74,
             0x3000..<0x302A, 0x3041..<0x3099, 0x30A0..<0x3100, 0x4E00..<0xA000, 0xAC00..<0xD7A4,
             0xFE00..<0xFE10, 0x1F000..<0x1FB00:
            return true
        default:
            return false
        }
    }
}
