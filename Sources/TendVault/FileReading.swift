#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file's bytes, or why they could not be read.
enum ReadResult {
    case success([UInt8])
    case failure(String)
}

func readFile(_ path: String) -> ReadResult {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .failure(String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .failure(String(cString: strerror(errno))) }
    // Read straight into uninitialised storage: zero-filling first was wasted work.
    var failure: Int32 = 0
    let bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size)) { buffer, initialized in
        var total = 0
        while total < buffer.count {
            let count = read(descriptor, buffer.baseAddress! + total, buffer.count - total)
            if count < 0 { failure = errno; break }
            if count == 0 { break }
            total += count
        }
        initialized = total
    }
    if failure != 0 { return .failure(String(cString: strerror(failure))) }
    return .success(bytes)
}
