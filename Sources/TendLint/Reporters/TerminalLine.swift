/// A source line as a terminal shows it, with the cell where each code point starts, so a
/// caret lands under the column a finding names.
///
/// Finding columns count Unicode scalars, but a tab spans up to `tabWidth` cells, a wide
/// East Asian character or emoji two, and a combining mark none.
struct TerminalLine {
    /// Tabs expanded to spaces and control characters shown as symbols (a raw ESC from a note
    /// must not reach the terminal).
    let text: String
    /// `cells[i]` is the cell where scalar `i` starts; the last entry is the line's width.
    /// Nil when every scalar is one cell (`isOneCellPerScalar`): scalar `i` starts at cell `i`.
    private let cells: [Int]?

    init(_ source: String, tabWidth: Int = 4) {
        // The common line (`isOneCellPerScalar`) is shown as it is: walking it scalar by
        // scalar and recording each cell cost ~14,000 instructions a finding.
        if Self.isOneCellPerScalar(source) {
            self.text = source
            self.cells = nil
            return
        }
        // Built as UTF-8 bytes and turned into a String once: appending scalars to a String
        // one by one costs hundreds of instructions each.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.utf8.count)
        var cells: [Int] = []
        var width = 0
        for scalar in source.unicodeScalars {
            cells.append(width)
            if scalar.value >= 0x20 && scalar.value < 0x7F {
                // Printable ASCII: one cell, shown as is (the common case, and the cheap one).
                bytes.append(UInt8(scalar.value))
                width += 1
            } else if scalar == "\t" {
                let spaces = tabWidth - width % tabWidth
                bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
                width += spaces
            } else {
                let shown = Self.visible(scalar)
                bytes.append(contentsOf: UTF8.encode(shown)!)
                width += Self.width(of: shown)
            }
        }
        cells.append(width)
        self.text = String(decoding: bytes, as: UTF8.self)
        self.cells = cells
    }

    /// Spaces up to `column`, `^` there, and `~` up to just before `endColumn` (1-based, scalars).
    func marker(column: Int, endColumn: Int?) -> String {
        let start = cell(ofColumn: column)
        var marker = [UInt8](repeating: UInt8(ascii: " "), count: start)
        marker.append(UInt8(ascii: "^"))
        if let endColumn, endColumn > column + 1 {
            marker.append(contentsOf: repeatElement(UInt8(ascii: "~"), count: max(0, cell(ofColumn: endColumn) - start - 1)))
        }
        return String(decoding: marker, as: UTF8.self)
    }

    /// Columns past the end of the line (a problem at the line break) continue one cell each.
    private func cell(ofColumn column: Int) -> Int {
        let index = max(0, column - 1)
        guard let cells else { return index }
        return index < cells.count ? cells[index] : cells[cells.count - 1] + index - (cells.count - 1)
    }

    /// Whether each scalar of `text` is shown as it is in one cell, so that column `i` is
    /// cell `i - 1`: printable ASCII, U+00A0…U+02FF but the soft hyphen (Latin letters with
    /// their accents, "café"; combining marks start at U+0300), and the `…` of a cut excerpt.
    /// Anything else (tabs, controls, wide or zero-width characters) takes the general path.
    static func isOneCellPerScalar(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isOneCellPerScalar($0) }
    }

    static func isOneCellPerScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F {
                index &+= 1
                continue
            }
            // Valid UTF-8 (a String's): a lead byte 0xC2…0xDF has one continuation byte.
            if byte == 0xC2 && index + 1 < count && bytes[index + 1] >= 0xA0 && bytes[index + 1] != 0xAD
                || byte >= 0xC3 && byte <= 0xCB {
                index &+= 2
                continue
            }
            if byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6 {
                index &+= 3
                continue
            }
            return false
        }
        return true
    }

    /// C0 controls as their Control Pictures (U+2400…), DEL as ␡, C1 controls as �.
    static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: return "\u{2421}"
        case 0x80..<0xA0: return "\u{FFFD}"
        default: return scalar
        }
    }

    /// Cells a scalar occupies. An approximation of `wcwidth`: marks and format characters
    /// (zero-width joiner, variation selectors) take none, emoji and East Asian wide ranges two.
    static func width(of scalar: Unicode.Scalar) -> Int {
        // Printable ASCII first: Unicode property lookups cost hundreds of instructions each.
        if scalar.value >= 0x20 && scalar.value < 0x7F { return 1 }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if properties.isEmojiPresentation { return 2 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
