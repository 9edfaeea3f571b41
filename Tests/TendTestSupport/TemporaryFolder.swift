import Foundation

/// A fresh, empty folder in the temporary directory (`$TMPDIR`, else `/tmp`) for one test.
///
/// Remove it whatever way the test ends, on the line after creating it:
///
///     let folder = try TemporaryFolder()
///     defer { folder.remove() }
///
/// (A `defer`, not a `deinit`: Swift may release an object right after its last use, before
/// the test is done with the path.) Its name says which test file made it,
/// `tend-test-<File>-XXXXXX`, so anything a run leaves behind is easy to trace.
public struct TemporaryFolder: Sendable {
    public let path: String

    public init(fileID: String = #fileID) throws {
        let file = (fileID as NSString).lastPathComponent
        let name = file.hasSuffix(".swift") ? String(file.dropLast(".swift".count)) : file
        let pattern = NSTemporaryDirectory() + "tend-test-\(name)-XXXXXX"
        var template = Array(pattern.utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let result = mkdtemp(buffer.baseAddress!) else { return nil }
            return String(cString: result)
        }
        guard let made else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: pattern, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
        }
        path = made
    }

    /// `relative` inside the folder (not created).
    public func path(_ relative: String) -> String {
        path + "/" + relative
    }

    /// Writes `files` (path → text, folders made as needed) under `relative` and returns the
    /// full path of that folder: a vault or a site made of a dictionary.
    @discardableResult
    public func write(_ files: [String: String], under relative: String) throws -> String {
        let root = path(relative)
        for (file, text) in files {
            let full = root + "/" + file
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
        return root
    }

    /// Deletes the folder and everything in it. A replaced site is deleted by a detached
    /// `rm -rf` (`tend build`), which may still be working inside: retry for a while.
    @discardableResult
    public func remove() -> Bool {
        let manager = FileManager.default
        for _ in 0..<50 {
            try? manager.removeItem(atPath: path)
            if !manager.fileExists(atPath: path) { return true }
            usleep(100_000)
        }
        return false
    }
}
