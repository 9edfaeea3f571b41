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

    /// Keys are unique, as in a Swift dictionary literal: contexts are written by Tend's own
    /// code (a debug build stops at a key named twice), and `set` replaces a field in place.
    /// `valueAddress(of:hinted:)` relies on it.
    init(_ fields: [(String, TemplateValue)]) {
        assert(Set(fields.map(\.0)).count == fields.count, "a template object names a key twice: \(fields.map(\.0))")
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
            guard let index = Self.lastIndex(of: key, in: buffer) else { return nil }
            return Self.valueAddress(in: buffer, at: index)
        }
    }

    /// `valueAddress(of:)`, trying first field `hinted`, where this key was found last; with
    /// the index of the field found when it is not `hinted` (-1 otherwise).
    ///
    /// Why: a name of a template is looked up once or more on every page, in objects that the
    /// same code built, so with the same fields in the same order. Searching all fields cost
    /// more than half of a lookup (the page's top object has fifteen); the hint finds the
    /// field with one comparison. The caller keeps the hints (`TemplateProgram.Tables.address`).
    @inline(__always)
    func valueAddress(of key: String, hinted: Int) -> (address: UnsafePointer<TemplateValue>?, found: Int) {
        fields.withUnsafeBufferPointer { buffer -> (UnsafePointer<TemplateValue>?, Int) in
            if hinted >= 0 && hinted < buffer.count && Self.matches(buffer[hinted].0, key, length: key.utf8.count) {
                return (Self.valueAddress(in: buffer, at: hinted), -1)
            }
            guard let index = Self.lastIndex(of: key, in: buffer) else { return (nil, -1) }
            return (Self.valueAddress(in: buffer, at: index), index)
        }
    }

    /// The length first: most keys differ in it, and it is read without a call.
    @inline(__always)
    private static func matches(_ fieldKey: String, _ key: String, length: Int) -> Bool {
        fieldKey.utf8.count == length && fieldKey == key
    }

    @inline(__always)
    private static func lastIndex(of key: String, in buffer: UnsafeBufferPointer<(String, TemplateValue)>) -> Int? {
        let length = key.utf8.count
        var index = buffer.count - 1
        while index >= 0 {
            if matches(buffer[index].0, key, length: length) { return index }
            index -= 1
        }
        return nil
    }

    @inline(__always)
    private static func valueAddress(in buffer: UnsafeBufferPointer<(String, TemplateValue)>, at index: Int) -> UnsafePointer<TemplateValue> {
        // The offset is folded to a constant; a `static let` would be a call that Swift must
        // assume can free memory, and it would copy the value to keep.
        let offset = MemoryLayout<(String, TemplateValue)>.offset(of: \(String, TemplateValue).1)!
        return UnsafeRawPointer(buffer.baseAddress! + index).advanced(by: offset).assumingMemoryBound(to: TemplateValue.self)
    }

    private func lastIndex(of key: String) -> Int? {
        fields.withUnsafeBufferPointer { Self.lastIndex(of: key, in: $0) }
    }
}
