import TendVault

/// `embed-cycle`: transclusions that lead back to where they started (spec §4.1).
///
/// A node is what an embed shows: a whole note, a heading's section, or a block. An embed is
/// an edge out of every node whose extent contains it, so `A#x` embedding `B` while `B`
/// embeds a different section of `A` is no cycle. Each cycle is reported once, at the embed
/// that leaves its smallest node, with the whole chain in the message.
struct EmbedCycleRule: LintRule {
    struct Node: Hashable, Comparable {
        let file: Int
        /// 0 whole note, 1 heading, 2 block.
        let kind: Int
        let index: Int

        static func < (a: Node, b: Node) -> Bool { (a.file, a.kind, a.index) < (b.file, b.kind, b.index) }
    }

    struct Edge {
        let target: Node
        let note: Int
        let link: Int
    }

    /// More cycles than this in one vault are not listed one by one (the first ones are).
    static let cycleLimit = 200

    func findings(in context: LintContext) -> [Finding] {
        let graph = EmbedGraph(context: context)
        let cycles = ElementaryCycles(graph: graph, limit: Self.cycleLimit).all()
        return cycles.map { cycle in
            let first = cycle[0]
            let link = context.vault.notes[first.note].links[first.link]
            let chain = ([graph.name(of: cycle.last!.target)] + cycle.map { graph.name(of: $0.target) }).joined(separator: " → ")
            return context.finding("embed-cycle", note: first.note, link: link,
                                   message: "embeds lead back to where they started: \(chain); replace one embed with a link")
        }.sorted(by: Finding.precedes)
    }
}

/// Every elementary cycle of the embed graph, each once (Johnson's algorithm): a cycle is
/// found from its smallest node, searching only nodes not smaller than it, with blocking so
/// each path is explored once. Each cycle is returned as the edges that make it, starting
/// with the edge that leaves its smallest node.
private struct ElementaryCycles {
    typealias Node = EmbedCycleRule.Node
    typealias Edge = EmbedCycleRule.Edge

    let graph: EmbedGraph
    let limit: Int

    func all() -> [[Edge]] {
        // Only nodes reachable from a note that embeds something can be on a cycle.
        var nodes: Set<Node> = []
        var pending = graph.roots
        var edges: [Node: [Edge]] = [:]
        while let node = pending.popLast() {
            guard nodes.insert(node).inserted else { continue }
            let out = graph.edges(from: node)
            edges[node] = out
            pending += out.map(\.target)
        }
        var cycles: [[Edge]] = []
        for start in nodes.sorted() {
            guard cycles.count < limit else { break }
            var search = Search(start: start, edges: edges, limit: limit - cycles.count)
            _ = search.circuit(start)
            cycles += search.found
        }
        return cycles
    }

    private struct Search {
        let start: Node
        let edges: [Node: [Edge]]
        let limit: Int
        var blocked: Set<Node> = []
        var blockedBy: [Node: Set<Node>] = [:]
        var path: [Edge] = []
        var found: [[Edge]] = []

        init(start: Node, edges: [Node: [Edge]], limit: Int) {
            self.start = start
            self.edges = edges
            self.limit = limit
        }

        /// Johnson's CIRCUIT: true when a cycle through `start` was found below `node`.
        mutating func circuit(_ node: Node) -> Bool {
            var closed = false
            blocked.insert(node)
            for edge in edges[node] ?? [] where !(edge.target < start) {
                guard found.count < limit else { break }
                if edge.target == start {
                    found.append(path + [edge])
                    closed = true
                } else if !blocked.contains(edge.target) {
                    path.append(edge)
                    if circuit(edge.target) { closed = true }
                    path.removeLast()
                }
            }
            if closed {
                unblock(node)
            } else {
                for edge in edges[node] ?? [] where !(edge.target < start) {
                    blockedBy[edge.target, default: []].insert(node)
                }
            }
            return closed
        }

        mutating func unblock(_ node: Node) {
            blocked.remove(node)
            for other in blockedBy.removeValue(forKey: node) ?? [] where blocked.contains(other) {
                unblock(other)
            }
        }
    }
}

/// The embeds of a vault as a graph over notes, sections and blocks.
private struct EmbedGraph {
    typealias Node = EmbedCycleRule.Node
    typealias Edge = EmbedCycleRule.Edge

    let context: LintContext
    /// Embeds of each note that reach a note: (line, edge).
    let embeds: [Int: [(line: Int, edge: Edge)]]

    init(context: LintContext) {
        self.context = context
        var embeds: [Int: [(line: Int, edge: Edge)]] = [:]
        for (noteIndex, note) in context.vault.notes.enumerated() {
            for (linkIndex, link) in note.links.enumerated() where link.syntax.isEmbed && !link.inComment {
                let resolution = context.resolved.resolutions[noteIndex][linkIndex]
                guard resolution.isResolved, let target = resolution.target,
                      context.vault.files[target].noteIndex != nil else { continue }
                let node = resolution.heading.map { Node(file: target, kind: 1, index: $0) }
                    ?? resolution.block.map { Node(file: target, kind: 2, index: $0) }
                    ?? Node(file: target, kind: 0, index: 0)
                embeds[noteIndex, default: []].append((link.position.line, Edge(target: node, note: noteIndex, link: linkIndex)))
            }
        }
        self.embeds = embeds
    }

    /// Whole notes that embed something: every cycle passes through one of their nodes' files.
    var roots: [Node] {
        embeds.keys.sorted().map { Node(file: context.resolved.noteFiles[$0], kind: 0, index: 0) }
    }

    func edges(from node: Node) -> [Edge] {
        guard let noteIndex = context.vault.files[node.file].noteIndex, let all = embeds[noteIndex] else { return [] }
        let lines = extent(of: node, in: context.vault.notes[noteIndex])
        return all.filter { lines.contains($0.line) }.map(\.edge)
    }

    /// Lines a node covers: the whole note, a heading's section (spec §2.4), or a block.
    private func extent(of node: Node, in note: Note) -> ClosedRange<Int> {
        switch node.kind {
        case 1:
            let heading = note.headings[node.index]
            let end = note.headings[(node.index + 1)...].first { $0.isLinkable && $0.level <= heading.level }?.position.line
            return heading.position.line...max(heading.position.line, (end ?? note.source.lineCount + 1) - 1)
        case 2:
            return note.blockIDs[node.index].lines
        default:
            return 1...max(1, note.source.lineCount)
        }
    }

    func name(of node: Node) -> String {
        let file = context.vault.files[node.file]
        let name = file.path.hasSuffix(".md") ? String(file.path.dropLast(3)) : file.path
        guard let note = context.vault.note(atFile: node.file) else { return name }
        switch node.kind {
        case 1: return "\(name)#\(note.headings[node.index].text)"
        case 2: return "\(name)#^\(note.blockIDs[node.index].id)"
        default: return name
        }
    }
}
