import TendVault

/// `--format text`, the default: compiler-style lines that editors and terminals link, each
/// with the source line and a caret under the problem, then a one-line summary.
///
///     Notes/A b.md:5:5: error[broken-link]: No note named "Missing note".
///       5 | See [[Missing note]] and [[Day 0#Setup]].
///         |     ^~~~~~~~~~~~~~~~
///
///     1 error, 0 warnings, 0 infos in 3 notes.
public struct TextReporter: LintReporter, Sendable {
    /// Whether to write ANSI colours; the CLI sets it for a terminal when `NO_COLOR` is unset.
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public func render(_ report: LintReport) -> String {
        // Entries are independent: render them on all cores, then join them in order.
        let entries = ParallelMap.map(report.findings) { entry(for: $0, source: report.sourceLine(of: $0)) }
        var output = ""
        output.reserveCapacity(entries.reduce(0) { $0 + $1.utf8.count + 1 } + 100)
        for entry in entries {
            // A blank line after each entry keeps the source lines from running together.
            output += entry + "\n"
        }
        return output + paint(report.summary.sentence, .bold) + "\n"
    }

    private func entry(for finding: Finding, source: String?) -> String {
        // A file name may hold control characters too (an escape sequence must not reach the terminal).
        let file = finding.file.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 })
            ? TerminalLine(finding.file).text : finding.file
        let place = paint("\(file):\(finding.line):\(finding.column):", .bold)
        let label = paint("\(finding.severity.rawValue)[\(finding.rule)]:", finding.severity.style)
        // Later lines of a multi-line message are indented past the gutter, so only headers start at column 0.
        let message = !finding.message.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 })
            ? finding.message  // no control character (C0, DEL, or C1 = UTF-8 0xC2 0x80…0x9F) to show: common case
            : finding.message.split(separator: "\n", omittingEmptySubsequences: false)
                .map { TerminalLine(String($0)).text }.joined(separator: "\n    ")
        var output = "\(place) \(label) \(message)\n"
        guard let source else { return output }
        let excerpt = Self.excerpt(of: source, column: finding.column, endColumn: finding.endColumn)
        let line = TerminalLine(excerpt.text)
        let number = String(finding.line)
        let blank = String(repeating: " ", count: number.count)
        output += paint("  \(number) |", .gutter) + (line.text.isEmpty ? "" : " " + line.text) + "\n"
        output += paint("  \(blank) |", .gutter) + " "
            + paint(line.marker(column: excerpt.column, endColumn: excerpt.endColumn), .caret) + "\n"
        return output
    }

    /// Widest source excerpt shown, in terminal cells: a terminal would wrap a wider line and
    /// the caret would no longer sit under its column.
    static let excerptLength = 120

    /// The part of a long line around the column, with `…` where it was cut, and the column
    /// moved to match. Widths are counted in cells, so wide characters (CJK, emoji) count twice.
    static func excerpt(of source: String, column: Int, endColumn: Int?) -> (text: String, column: Int, endColumn: Int?) {
        // No more bytes than the window means no more cells either: nothing to cut.
        guard source.utf8.count > excerptLength else { return (source, column, endColumn) }
        // One cell per scalar (`TerminalLine.isOneCellPerScalar`: printable ASCII, accented
        // letters), the common case: the window is a scalar range, found without the scalar
        // arrays below (~30,000 instructions on a 300-byte line).
        var copy = source
        if let window = copy.withUTF8({ oneCellWindow(of: $0, column: column) }) {
            guard window.scalarCount > excerptLength else { return (source, column, endColumn) }
            return self.window(of: source, bytes: window.bytes, scalars: window.scalars, scalarCount: window.scalarCount,
                               column: column, endColumn: endColumn)
        }
        let scalars = Array(source.unicodeScalars)
        let widths = scalars.map { $0 == "\t" ? 4 : TerminalLine.width(of: TerminalLine.visible($0)) }
        guard widths.reduce(0, +) > excerptLength else { return (source, column, endColumn) }
        // Start a third of the window before the column (in cells), then take what fits.
        let caret = min(max(0, column - 1), scalars.count)
        var start = caret, before = 0
        while start > 0 && before + widths[start - 1] <= excerptLength / 3 {
            start -= 1
            before += widths[start]
        }
        var end = start, used = 0
        while end < scalars.count && used + widths[end] <= excerptLength {
            used += widths[end]
            end += 1
        }
        // Slice the UTF-8 between the window's ends (building a String scalar by scalar is slow).
        let byteStart = scalars[..<start].reduce(0) { $0 + UTF8.width($1) }
        let byteCount = scalars[start..<end].reduce(0) { $0 + UTF8.width($1) }
        return window(of: source, bytes: byteStart..<(byteStart + byteCount), scalars: start..<end, scalarCount: scalars.count,
                      column: column, endColumn: endColumn)
    }

    /// The excerpt's window when every scalar of the line is one cell: the same window as the
    /// general path's (a third of it before the column), as byte and scalar ranges; nil for
    /// other lines. A line of no more scalars than the window is shown whole (not cut).
    private static func oneCellWindow(of bytes: UnsafeBufferPointer<UInt8>, column: Int)
        -> (bytes: Range<Int>, scalars: Range<Int>, scalarCount: Int)? {
        guard TerminalLine.isOneCellPerScalar(bytes) else { return nil }
        func scalarWindow(count: Int) -> Range<Int> {
            let start = max(0, min(max(0, column - 1), count) - excerptLength / 3)
            return start..<min(count, start + excerptLength)
        }
        // ASCII: a byte is a scalar.
        guard bytes.contains(where: { $0 >= 0x80 }) else {
            let window = scalarWindow(count: bytes.count)
            return (window, window, bytes.count)
        }
        // Scalar `i` starts at the `i`-th byte that is not a continuation byte (0b10xxxxxx).
        var starts: [Int] = []
        starts.reserveCapacity(bytes.count + 1)
        for index in 0..<bytes.count where bytes[index] & 0xC0 != 0x80 { starts.append(index) }
        let scalarCount = starts.count
        starts.append(bytes.count)
        let window = scalarWindow(count: scalarCount)
        return (starts[window.lowerBound]..<starts[window.upperBound], window, scalarCount)
    }

    /// The excerpt of the UTF-8 `bytes` of `source`, which are its scalars `scalars` (the same
    /// range when all are ASCII), with `…` at each cut end and the columns moved to match.
    private static func window(of source: String, bytes: Range<Int>, scalars: Range<Int>, scalarCount: Int,
                               column: Int, endColumn: Int?) -> (text: String, column: Int, endColumn: Int?) {
        var text = String(decoding: source.utf8.dropFirst(bytes.lowerBound).prefix(bytes.count), as: UTF8.self)
        var shift = -scalars.lowerBound
        if scalars.lowerBound > 0 {
            text = "…" + text
            shift += 1
        }
        if scalars.upperBound < scalarCount { text += "…" }
        let lastColumn = scalars.count + (scalars.lowerBound > 0 ? 1 : 0) + 1
        return (text, column + shift, endColumn.map { min($0 + shift, lastColumn) })
    }

    private func paint(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// SGR parameters.
    fileprivate enum Style: String {
        case bold = "1"
        case error = "1;31"
        case warning = "1;33"
        case info = "1;36"
        case gutter = "34"
        case caret = "1;32"
    }
}

private extension Severity {
    var style: TextReporter.Style {
        switch self {
        case .error: return .error
        case .warning: return .warning
        case .info: return .info
        }
    }
}
