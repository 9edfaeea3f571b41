import TendVault
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The words search indexes: lower-cased runs of letters and digits, two characters or
/// longer, in NFC (as the script normalises the query).
///
/// Pages hold thousands of words, so the scan works on bytes and hands each word over as
/// bytes; a String is made once per distinct word of a page (`TermTable`), not per word.
enum SearchTerms {
    /// Calls `body` with each term of `text`, lower-cased, as UTF-8 bytes (valid only during the call).
    ///
    /// A run of ASCII letters, digits and non-ASCII bytes is a candidate word, and any other
    /// ASCII byte ends one, before and after normalisation alike (an ASCII starter never
    /// composes into a letter). Only candidates with non-ASCII bytes go through
    /// `unicodeTerms`, so one "café" does not send a whole page down the slow path.
    ///
    /// With `skippingMarkup`, `text` is HTML: a tag or a character reference (`&amp;`) ends
    /// a word and is not read, as if the page's plain text were scanned.
    static func forEach(in text: UnsafeBufferPointer<UInt8>, skippingMarkup: Bool = false,
                        _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEachHashed(in: text, skippingMarkup: skippingMarkup) { term, _ in body(term) }
    }

    /// `forEach(in:skippingMarkup:_:)`, handing over each term's `TermTable.hash` too: the
    /// scan works it out while lower-casing, so the table need not read the word again.
    static func forEachHashed(in text: UnsafeBufferPointer<UInt8>, skippingMarkup: Bool = false,
                              _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Void) {
        // A word is copied here lower-cased as it is scanned; no word is longer than the text.
        let lowered = UnsafeMutablePointer<UInt8>.allocate(capacity: max(text.count, 1))
        defer { lowered.deallocate() }
        /// The word of `length` bytes ending at `end`, with its hash and its bytes OR-ed together
        /// (bit 7 set when it has a non-ASCII byte).
        func flush(end: Int, length: Int, hash: UInt64, allBits: UInt8) {
            let hasNonASCII = allBits >= 0x80
            guard length >= 2 || hasNonASCII else { return }
            let word = UnsafeBufferPointer(start: lowered, count: length)
            if hasNonASCII {
                if latin1Lowered(word) {
                    body(word, TermTable.hash(word))
                    return
                }
                unicodeTerms(String(decoding: UnsafeBufferPointer(rebasing: text[(end - length)..<end]), as: UTF8.self)) { term in
                    var term = term
                    term.withUTF8 { body($0, TermTable.hash($0)) }
                }
                return
            }
            body(word, hash)
        }
        WordBytes.table.withUnsafeBufferPointer { wordBytes in
            guard let bytes = text.baseAddress, let wordBytes = wordBytes.baseAddress else { return }
            let count = text.count
            var index = 0
            while index < count {
                // A run of word bytes, lower-cased, hashed and OR-ed together as it is read.
                var hash = TermTable.emptyHash
                var allBits: UInt8 = 0
                var length = 0
                while index < count {
                    let byte = wordBytes[Int(bytes[index])]
                    if byte == 0 { break }
                    lowered[length] = byte
                    hash = TermTable.hash(hash, byte)
                    allBits |= byte
                    length &+= 1
                    index &+= 1
                }
                if length > 0 { flush(end: index, length: length, hash: hash, allBits: allBits) }
                guard index < count else { break }
                // The byte at `index` ends a word, and may open a tag or character reference.
                if skippingMarkup, let next = markupEnd(in: text, at: index) {
                    index = next
                } else {
                    index &+= 1
                }
            }
        }
    }

    /// Whether `word` (ASCII already lower-cased) is made of ASCII letters and digits and
    /// Latin-1 letters only (U+00C0 to U+00FF but × and ÷: "café", "Müller"), and if so
    /// lower-cases those in place: the common non-ASCII word, without `unicodeTerms` and with
    /// its result. Such a word is NFC already (none of those letters composes with another),
    /// is a single term, and must have two or more characters to count.
    private static func latin1Lowered(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let bytes = UnsafeMutableBufferPointer(mutating: word)
        var characters = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else {
                // 0xC3 0x80...0xBF is U+00C0...U+00FF.
                guard byte == 0xC3, index + 1 < bytes.count else { return false }
                let low = bytes[index + 1]
                guard low >= 0x80 && low <= 0xBF && low != 0x97 && low != 0xB7 else { return false }
                index += 2
            }
            characters += 1
        }
        guard characters >= 2 else { return false }
        // Upper-case U+00C0...U+00DE are their lower-case letters minus 0x20 (ß has none).
        index = 0
        while index < bytes.count {
            if bytes[index] == 0xC3 {
                if bytes[index + 1] <= 0x9E { bytes[index + 1] += 0x20 }
                index += 2
            } else {
                index += 1
            }
        }
        return true
    }

    static func forEach(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var copy = text
        copy.withUTF8 { forEach(in: $0, body) }
    }

    static func forEachHashed(in text: String, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Void) {
        var copy = text
        copy.withUTF8 { forEachHashed(in: $0, body) }
    }

    /// Where the tag or character reference at `index` ends (the index after it), or nil when
    /// the byte there starts neither. An unclosed tag runs to the end of the text.
    private static func markupEnd(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch text[index] {
        case UInt8(ascii: "<"):
            let rest = UnsafeRawPointer(text.baseAddress! + index + 1)
            guard let close = memchr(rest, Int32(UInt8(ascii: ">")), text.count - index - 1) else { return text.count }
            return index + 1 + (UnsafeRawPointer(close) - rest) + 1
        case UInt8(ascii: "&"):
            // `&name;` or `&#123;` of up to eight characters; a lone `&` is just a separator.
            var end = index + 1
            while end < text.count && text[end] != UInt8(ascii: ";") && end - index < 9 { end += 1 }
            return end < text.count && text[end] == UInt8(ascii: ";") ? end + 1 : nil
        default:
            return nil
        }
    }

    /// The terms of text with non-ASCII characters, normalised to NFC first (an NFD "Café"
    /// must match "café"). Foundation's normalisation is slow; text made only of scalars that
    /// never compose is taken as NFC already (`nfc`).
    static func unicodeTerms(_ text: String, _ body: (String) -> Void) {
        let text = nfc(text)
        var current = String.UnicodeScalarView()
        var ascii: [UInt8] = []
        func flush() {
            if !current.isEmpty {
                if current.count >= 2 { body(String(current)) }
                current.removeAll(keepingCapacity: true)
            } else if ascii.count >= 2 {
                body(String(decoding: ascii, as: UTF8.self))
            }
            ascii.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 128 {
                let byte = UInt8(value)
                if (97...122).contains(byte) || (48...57).contains(byte) {
                    if current.isEmpty { ascii.append(byte) } else { current.append(scalar) }
                } else if (65...90).contains(byte) {
                    if current.isEmpty { ascii.append(byte + 32) } else { current.append(Unicode.Scalar(byte + 32)) }
                } else {
                    flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if current.isEmpty && !ascii.isEmpty {
                    current.append(contentsOf: String(decoding: ascii, as: UTF8.self).unicodeScalars)
                    ascii.removeAll(keepingCapacity: true)
                }
                current.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
    }
}
