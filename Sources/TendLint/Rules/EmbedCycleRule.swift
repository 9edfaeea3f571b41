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
            var names = [graph.name(of: cycle.last!.target)] + cycle.map { graph.name(of: $0.target) }
            if names.count > 11 {
                // A long chain is named by its ends: the message must stay one readable line.
                names = Array(names.prefix(5)) + ["…"] + Array(names.suffix(3))
                names[names.count - 1] += " (\(cycle.count) embeds)"
            }
            let chain = names.joined(separator: " → ")
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
        // Cycles live inside strongly connected components: search only those with more than
        // one node or a self-embed. A vault without cycles then costs one linear pass.
        var cycles: [[Edge]] = []
        for component in Self.components(of: nodes, edges: edges) {
            // A single node is on a cycle only if it embeds itself; most components are that.
            if component.count == 1 {
                let node = component[0]
                guard edges[node]?.contains(where: { $0.target == node }) == true else { continue }
            }
            // Edges inside the component, built from its own members (never by scanning the
            // whole graph per component, which is quadratic in a vault without cycles).
            let members = Set(component)
            var inner: [Node: [Edge]] = [:]
            for node in component { inner[node] = (edges[node] ?? []).filter { members.contains($0.target) } }
            // Listing every cycle of a huge component helps no one and would recurse deeply
            // (the search runs on worker threads with small stacks): name one cycle instead.
            if component.count > Self.enumerationLimit {
                if cycles.count < limit, let cycle = Self.shortestCycle(through: component.min()!, edges: inner) {
                    cycles.append(cycle)
                }
                continue
            }
            for start in component.sorted() {
                guard cycles.count < limit else { break }
                var search = Search(start: start, edges: inner, limit: limit - cycles.count)
                _ = search.circuit(start)
                cycles += search.found
            }
        }
        // Components come in discovery order; list cycles by their smallest node, as before.
        return cycles.sorted { $0[0].note != $1[0].note ? $0[0].note < $1[0].note : $0[0].link < $1[0].link }
    }

    /// Components larger than this get one reported cycle, not every cycle.
    static let enumerationLimit = 64

    /// The shortest cycle from `start` back to itself (breadth-first, iterative), as edges in order.
    static func shortestCycle(through start: Node, edges: [Node: [Edge]]) -> [Edge]? {
        var cameFrom: [Node: (node: Node, edge: Edge)] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for edge in edges[node] ?? [] {
                if edge.target == start {
                    // Walk back from `node` to `start`, then reverse.
                    var cycle = [edge]
                    var current = node
                    while current != start, let step = cameFrom[current] {
                        cycle.append(step.edge)
                        current = step.node
                    }
                    return cycle.reversed()
                }
                if cameFrom[edge.target] == nil && edge.target != start {
                    cameFrom[edge.target] = (node, edge)
                    queue.append(edge.target)
                }
            }
        }
        return nil
    }

    /// Tarjan's strongly connected components, iterative (a long embed chain must not overflow the stack).
    static func components(of nodes: Set<Node>, edges: [Node: [Edge]]) -> [[Node]] {
        var index: [Node: Int] = [:], low: [Node: Int] = [:]
        var stack: [Node] = [], onStack: Set<Node> = []
        var result: [[Node]] = []
        var counter = 0
        for root in nodes.sorted() where index[root] == nil {
            // Each frame: the node and how many of its edges were visited.
            var frames: [(node: Node, next: Int)] = [(root, 0)]
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack.insert(root)
            while let frame = frames.last {
                let out = edges[frame.node] ?? []
                if frame.next < out.count {
                    frames[frames.count - 1].next += 1
                    let target = out[frame.next].target
                    if index[target] == nil {
                        index[target] = counter; low[target] = counter; counter += 1
                        stack.append(target); onStack.insert(target)
                        frames.append((target, 0))
                    } else if onStack.contains(target) {
                        low[frame.node] = min(low[frame.node]!, index[target]!)
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { low[parent.node] = min(low[parent.node]!, low[frame.node]!) }
                if low[frame.node] == index[frame.node] {
                    var component: [Node] = []
                    while let member = stack.popLast() {
                        onStack.remove(member)
                        component.append(member)
                        if member == frame.node { break }
                    }
                    result.append(component)
                }
            }
        }
        return result
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
        context.vault.forEachNote { noteIndex, note in
            // Indices, not `enumerated()`: that would copy every link of the vault.
            for linkIndex in note.links.indices where note.links[linkIndex].syntax.isEmbed && !note.links[linkIndex].inComment {
                let resolution = context.resolved.resolutions[noteIndex][linkIndex]
                guard resolution.isResolved, let target = resolution.target,
                      context.vault.files[target].noteIndex != nil else { continue }
                let node = resolution.heading.map { Node(file: target, kind: 1, index: $0) }
                    ?? resolution.block.map { Node(file: target, kind: 2, index: $0) }
                    ?? Node(file: target, kind: 0, index: 0)
                embeds[noteIndex, default: []].append((note.links[linkIndex].position.line,
                                                      Edge(target: node, note: noteIndex, link: linkIndex)))
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
