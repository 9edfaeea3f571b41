/// Reading a context where it is stored, for `TemplateRenderer`.
///
/// Copying a `TemplateValue` out of a context retains its payload and releases it again:
/// atomic operations, and on values that all pages share (`site`) the cores fight over the
/// reference count. Looking names up by copying was the largest cost of rendering a page.
/// These functions take the value `borrowing` and, while they look at it, call nothing that
/// could free memory, so Swift reads the payload in place without retaining it.
///
/// An address stays valid while the context it points into is alive and unchanged: the
/// renderer keeps the context it was given for the whole render and never changes it.
extension TemplateValue {
    /// Where the field `key` of an object is stored; nil for a missing key or a value that
    /// is not an object.
    static func address(of key: String, in value: borrowing TemplateValue) -> UnsafePointer<TemplateValue>? {
        switch value {
        case .object(let fields): return fields.valueAddress(of: key)
        default: return nil
        }
    }

    /// `address(of:in:)` trying field `hinted` first (see `TemplateObject.valueAddress(of:hinted:)`),
    /// with the index of the field found when it was not `hinted` (-1 otherwise).
    @inline(__always)
    static func address(of key: String, in value: borrowing TemplateValue, hinted: Int) -> (address: UnsafePointer<TemplateValue>?, found: Int) {
        switch value {
        case .object(let fields): return fields.valueAddress(of: key, hinted: hinted)
        default: return (nil, -1)
        }
    }

    /// The items of a list where they are stored; nil for a value that is not a list.
    static func items(of value: borrowing TemplateValue) -> UnsafeBufferPointer<TemplateValue>? {
        switch value {
        case .list(let items): return items.withUnsafeBufferPointer { $0 }
        default: return nil
        }
    }
}

/// What `{{name}}` prints, read where the value is stored (see above).
extension TemplateValue {
    enum PrintedText {
        case nothing
        /// Bytes stored outside the value: a `.utf8` array, or a string too long to be held
        /// inside the value. Valid while the context is alive and unchanged.
        case stored(UnsafeBufferPointer<UInt8>)
        /// A string held inside the value itself (up to 15 bytes): copying it touches no
        /// reference count.
        case short(String)
        case number(Int)
        case flag(Bool)
    }

    /// Inlined, and without calls that could free memory (not even `String(number)`):
    /// otherwise Swift copies the whole value before the `switch` to keep it alive.
    @inline(__always)
    static func printedText(of value: borrowing TemplateValue) -> PrintedText {
        switch value {
        case .null, .list, .object:
            return .nothing
        case .utf8(let bytes):
            return .stored(bytes.withUnsafeBufferPointer { $0 })
        case .string(let text):
            // A string of up to 15 bytes lives inside the value, and its "contiguous storage"
            // is a temporary copy that would not outlive the call: only longer ones are stored.
            if text.utf8.count > 15, let stored = text.utf8.withContiguousStorageIfAvailable({ $0 }) {
                return .stored(stored)
            }
            return .short(text)
        case .bool(let flag):
            return .flag(flag)
        case .int(let number):
            return .number(number)
        }
    }
}

/// Tests on a value where it is stored (see above).
extension TemplateValue {
    static func isTruthy(_ value: borrowing TemplateValue) -> Bool {
        switch value {
        case .null: return false
        case .bool(let flag): return flag
        case .list(let items): return !items.isEmpty
        default: return true
        }
    }

    static func isFlag(_ value: borrowing TemplateValue) -> Bool {
        switch value {
        case .bool: return true
        default: return false
        }
    }

    /// What `empty(name)` answers.
    static func isEmpty(_ value: borrowing TemplateValue) -> Bool {
        switch value {
        case .null: return true
        case .list(let items): return items.isEmpty
        case .string(let text): return text.isEmpty
        case .utf8(let bytes): return bytes.isEmpty
        case .object(let fields): return fields.isEmpty
        case .bool(let flag): return !flag
        case .int: return false
        }
    }

    /// What `equalzero(name)` answers.
    static func isZero(_ value: borrowing TemplateValue) -> Bool {
        switch value {
        case .int(let number): return number == 0
        default: return false
        }
    }
}
