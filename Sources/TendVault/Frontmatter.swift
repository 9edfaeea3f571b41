import Yams

/// One top-level property of a note's frontmatter.
public struct FrontmatterEntry: Sendable {
    public var key: String
    public var value: FrontmatterValue
    /// 1-based line of the key in the note file.
    public var line: Int
}

/// A string value anywhere in the frontmatter that is written as a wikilink (spec §1.6).
public struct FrontmatterLinkString: Sendable {
    public var text: String
    public var position: Position
}

/// The frontmatter block of a note: where it is and what it says.
public struct Frontmatter: Sendable {
    /// Properties in file order; empty when the YAML is invalid or not a mapping (spec §6.2).
    public var entries: [FrontmatterEntry] = []
    /// Lines 1…closing fence, inclusive.
    public var lines: ClosedRange<Int>
    /// Byte offset where the body begins (just after the closing fence's line).
    public var bodyOffset: Int
    /// Quoted `"[[…]]"` strings found in any value.
    public var linkStrings: [FrontmatterLinkString] = []

    /// The value of `key`, matched exactly.
    public subscript(key: String) -> FrontmatterValue? {
        entries.first { $0.key == key }?.value
    }

    /// The first entry whose key matches one of `keys` case-insensitively (spec §5.2 matches `tags` so).
    public func entry(anyOf keys: [String]) -> FrontmatterEntry? {
        entries.first { entry in keys.contains { $0.caseInsensitiveCompare(entry.key) } }
    }
}

extension String {
    /// ASCII-and-Unicode case-insensitive equality, without Foundation. ASCII text (every
    /// property key Tend asks for) compares on bytes: `lowercased()` allocates two strings.
    /// Both sides are read through their contiguous buffers (iterating `utf8` generically
    /// cost more than the `lowercased()` it replaces).
    func caseInsensitiveCompare(_ other: String) -> Bool {
        var (a, b) = (self, other)
        let asciiAnswer: Bool? = a.withUTF8 { x in
            b.withUTF8 { y in
                guard !x.contains(where: { $0 >= 0x80 }), !y.contains(where: { $0 >= 0x80 }) else { return nil }
                return x.count == y.count && x.indices.allSatisfy { asciiLower(x[$0]) == asciiLower(y[$0]) }
            }
        }
        return asciiAnswer ?? (self.lowercased() == other.lowercased())
    }
}

/// `A`–`Z` to `a`–`z`; every other byte unchanged.
func asciiLower(_ byte: UInt8) -> UInt8 {
    byte &- 65 < 26 ? byte &+ 32 : byte
}

/// Finds and parses frontmatter. Spec §6.1: `---` + line break at byte 0; closed by the first
/// later line that starts with `---` followed only by spaces; `...` does not close it.
enum FrontmatterReader {
    struct Result {
        var frontmatter: Frontmatter?
        var problems: [ParseProblem] = []
    }

    static func read(_ source: SourceText, allowFastPath: Bool = true) -> Result {
        let bytes = source.bytes
        let dash = UInt8(ascii: "-")
        guard bytes.count >= 4, bytes[0] == dash, bytes[1] == dash, bytes[2] == dash else { return Result() }
        let opensWithBreak = bytes[3] == UInt8(ascii: "\n")
            || (bytes[3] == UInt8(ascii: "\r") && bytes.count > 4 && bytes[4] == UInt8(ascii: "\n"))
        guard opensWithBreak else { return Result() }

        var closingLine = 0
        for line in 2...max(2, source.lineCount) where line <= source.lineCount {
            let range = source.lineRange(line)
            guard range.count >= 3, bytes[range.lowerBound] == dash,
                  bytes[range.lowerBound + 1] == dash, bytes[range.lowerBound + 2] == dash else { continue }
            if bytes[(range.lowerBound + 3)..<range.upperBound].allSatisfy({ $0 == UInt8(ascii: " ") }) {
                closingLine = line
                break
            }
        }
        // Spec §9 case 95: an opener without a closing fence is no frontmatter at all.
        guard closingLine > 0 else { return Result() }

        let bodyOffset = closingLine < source.lineCount ? source.lineStarts[closingLine] : source.bytes.count
        var frontmatter = Frontmatter(lines: 1...closingLine, bodyOffset: bodyOffset)
        let yamlRange = source.lineStarts[1]..<source.lineRange(closingLine).lowerBound
        var result = Result()
        // YAML line 1 is file line 2.
        let lineOffset = 1
        let yamlLines = (2..<closingLine).map { (bytes: source.bytes[source.lineRange($0)], line: $0) }
        if allowFastPath, let simple = SimpleFrontmatter.parse(yamlLines) {
            frontmatter.entries = simple.entries
            frontmatter.linkStrings = simple.linkStrings
            result.frontmatter = frontmatter
            return result
        }
        let yaml = source.string(yamlRange)
        do {
            guard let node = try Yams.compose(yaml: yaml, .basic) else {
                result.frontmatter = frontmatter
                return result
            }
            var collector = LinkStringCollector(lineOffset: lineOffset)
            if case .mapping(let mapping) = node {
                for (keyNode, valueNode) in mapping {
                    let key = keyNode.scalar?.string ?? ""
                    let line = (keyNode.mark?.line ?? 1) + lineOffset
                    frontmatter.entries.append(FrontmatterEntry(key: key, value: collector.value(of: valueNode), line: line))
                }
                frontmatter.linkStrings = collector.found
            } else {
                // Spec §6.2: a list or scalar gives no properties. Often a missing space after `:`.
                result.problems.append(ParseProblem(
                    kind: .frontmatterNotMapping, position: Position(line: 2, column: 1),
                    message: "frontmatter is not a set of `key: value` properties, so Obsidian reads no properties from it",
                    fix: "write each property as `key: value` (with a space after the colon)"))
            }
        } catch let error as YamlError {
            result.problems.append(problem(from: error, yaml: yaml, lineOffset: lineOffset))
        } catch {
            result.problems.append(ParseProblem(
                kind: .invalidFrontmatter, position: Position(line: 2, column: 1),
                message: "frontmatter could not be read: \(error)", fix: "fix the YAML between the `---` lines"))
        }
        result.frontmatter = frontmatter
        return result
    }

    private static func problem(from error: YamlError, yaml: String, lineOffset: Int) -> ParseProblem {
        let fix = "fix the YAML between the `---` lines (common causes: tab indentation, an unbalanced quote or bracket, a repeated key); until then Obsidian reads no properties from this note"
        let (problem, line, column) = YAMLErrorLocation.describe(error, in: yaml)
        return ParseProblem(kind: .invalidFrontmatter,
                            position: Position(line: (line ?? 1) + lineOffset, column: max(1, column ?? 1)),
                            message: "invalid YAML in frontmatter: \(problem)", fix: fix)
    }
}

/// Converts Yams nodes to core-schema values and collects `"[[…]]"` strings on the way.
private struct LinkStringCollector {
    let lineOffset: Int
    var found: [FrontmatterLinkString] = []

    mutating func value(of node: Node) -> FrontmatterValue {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain else {
                noteLinkString(scalar.string, mark: scalar.mark)
                return .string(scalar.string)
            }
            return FrontmatterValue.plain(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map { value(of: $0) })
        case .mapping(let mapping):
            return .map(mapping.map { (key: $0.key.scalar?.string ?? "", value: value(of: $0.value)) })
        case .alias:
            return .null
        }
    }

    private mutating func noteLinkString(_ text: String, mark: Mark?) {
        guard text.hasPrefix("[["), text.hasSuffix("]]"), text.count > 4 else { return }
        // Yams marks the opening quote; the link starts one column later.
        let position = Position(line: (mark?.line ?? 1) + lineOffset, column: (mark?.column ?? 0) + 1)
        found.append(FrontmatterLinkString(text: text, position: position))
    }
}
