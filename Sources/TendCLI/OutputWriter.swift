#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole strings to standard output and error without buffering surprises.
enum FileHandleWriter {
    static func standardOutput(_ string: String) { write(string, to: 1) }
    static func standardError(_ string: String) { write(string, to: 2) }

    private static func write(_ string: String, to descriptor: Int32) {
        var copy = string
        copy.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
