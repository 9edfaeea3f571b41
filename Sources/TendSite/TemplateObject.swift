/// The named fields of a template object (`{{page.title}}`), in the order they were given.
///
/// An object holds a handful of fields with short keys, and comparing such keys costs less
/// than hashing them: as a `[String: TemplateValue]`, building and searching these objects
/// was a fifth of the time spent on the page templates.
public struct TemplateObject: Sendable {
    /// Keys and values (`.0`, `.1`) as tuples, as the dictionary literal gives them: the
    /// literal's array is kept as it is, where converting it to a struct per field copied every
    /// key and value (an atomic retain each, and a release when the literal was freed).
    private var fields: [(String, TemplateValue)]

    /// When a key is given twice, the last value counts (as when assigning into a dictionary).
    init(_ fields: [(String, TemplateValue)]) {
        self.fields = fields
    }

    var isEmpty: Bool { fields.isEmpty }

    subscript(key: String) -> TemplateValue? {
        guard let index = lastIndex(of: key) else { return nil }
        return fields[index].1
    }

    mutating func set(_ key: String, _ value: TemplateValue) {
        if let index = lastIndex(of: key) {
            fields[index].1 = value
        } else {
            fields.append((key, value))
        }
    }

    /// Where the value of `key` is stored, for `TemplateValue.address(of:in:)`.
    func valueAddress(of key: String) -> UnsafePointer<TemplateValue>? {
        fields.withUnsafeBufferPointer { buffer -> UnsafePointer<TemplateValue>? in
            guard let base = buffer.baseAddress else { return nil }
            let length = key.utf8.count
            var index = buffer.count - 1
            while index >= 0 {
                if buffer[index].0.utf8.count == length && buffer[index].0 == key {
                    // The offset is folded to a constant; a `static let` would be a call that
                    // Swift must assume can free memory, and it would copy the value to keep.
                    let offset = MemoryLayout<(String, TemplateValue)>.offset(of: \(String, TemplateValue).1)!
                    return UnsafeRawPointer(base + index).advanced(by: offset).assumingMemoryBound(to: TemplateValue.self)
                }
                index -= 1
            }
            return nil
        }
    }

    private func lastIndex(of key: String) -> Int? {
        let length = key.utf8.count
        var index = fields.count - 1
        while index >= 0 {
            // The length first: most keys differ in it, and it is read without a call.
            if fields[index].0.utf8.count == length && fields[index].0 == key { return index }
            index -= 1
        }
        return nil
    }
}
