#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and writes with POSIX calls: pages are written by the thousand, and
/// Foundation's `createFile` cost several times more per page.
enum FileBytes {
    /// Writes `bytes` to `path` (created or truncated); false when that fails.
    static func write(_ path: String, _ bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let result = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result <= 0 { return false }
                offset += result
            }
            return true
        }
    }

    /// Whether the file at `path` holds exactly `bytes`.
    static func equal(_ path: String, _ bytes: [UInt8]) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, Int(status.st_size) == bytes.count else { return false }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var existing = [UInt8](repeating: 0, count: bytes.count)
        var offset = 0
        while offset < existing.count {
            let count = existing.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count <= 0 { return false }
            offset += count
        }
        return existing == bytes
    }
}

/// `write(2)`, named apart from `FileBytes.write`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
