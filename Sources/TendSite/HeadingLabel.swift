import Foundation
import TendVault

/// A heading as the table of contents shows it: the text a reader sees on the page, without
/// Obsidian syntax that cmark's plain text keeps (`[[links]]`, `==marks==`, `%%comments%%`,
/// `$math$` delimiters, a trailing `^block-id`).
enum HeadingLabel {
    static func text(_ plain: String) -> String {
        // Most headings hold none of these: a byte scan says so without walking characters.
        guard plain.utf8.contains(where: { $0 == 91 || $0 == 61 || $0 == 37 || $0 == 36 || $0 == 94 }),
              plain.contains(where: { "[=%$^".contains($0) }) else { return plain }
        var result = ""
        var rest = Substring(plain)
        while !rest.isEmpty {
            if rest.hasPrefix("%%"), let close = rest.dropFirst(2).range(of: "%%") {
                rest = rest[close.upperBound...]
                continue
            }
            if rest.hasPrefix("![[") || rest.hasPrefix("[["), let close = rest.range(of: "]]") {
                let inner = rest[rest.index(rest.startIndex, offsetBy: rest.hasPrefix("!") ? 3 : 2)..<close.lowerBound]
                if let bar = inner.lastIndex(of: "|") {
                    result += inner[inner.index(after: bar)...]
                } else {
                    result += WikilinkSyntax.defaultDisplayText(String(inner))
                }
                rest = rest[close.upperBound...]
                continue
            }
            if rest.hasPrefix("==") {
                rest = rest.dropFirst(2)
                continue
            }
            result.append(rest.removeFirst())
        }
        // A block id at the end of a heading is not part of what a reader sees.
        if let caret = result.lastIndex(of: "^"), caret > result.startIndex, result[result.index(before: caret)] == " ",
           result[result.index(after: caret)...].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) {
            result = String(result[..<caret])
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
