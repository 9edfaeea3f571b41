/// Walks forward through sorted byte ranges where Obsidian syntax is not recognised
/// (code spans, raw HTML, Markdown links), for scanners that move forward through a note.
struct ZoneCursor {
    let zones: [Range<Int>]
    private var index = 0

    init(_ zones: [Range<Int>]) { self.zones = zones }

    /// The end of the zone holding `offset`, or nil when `offset` is outside every zone.
    /// Offsets must not decrease between calls.
    mutating func skip(_ offset: Int) -> Int? {
        while index < zones.count && zones[index].upperBound <= offset { index += 1 }
        guard index < zones.count, zones[index].lowerBound <= offset else { return nil }
        return zones[index].upperBound
    }

    /// The zones from the last offset given to `skip` that start before `end`.
    func zones(startingBefore end: Int) -> ArraySlice<Range<Int>> {
        var last = index
        while last < zones.count && zones[last].lowerBound < end { last += 1 }
        return zones[index..<last]
    }
}
