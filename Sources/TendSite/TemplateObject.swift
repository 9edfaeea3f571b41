/// The named fields of a template object (`{{page.title}}`), in the order they were given.
///
/// An object holds a handful of fields with short keys, and comparing such keys costs less
/// than hashing them: as a `[String: TemplateValue]`, building and searching these objects
/// was a fifth of the time spent on the page templates.
public struct TemplateObject: Sendable {
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
