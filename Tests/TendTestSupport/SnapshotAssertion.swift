import Foundation
import Testing

/// Compares `text` with the file `<name>` in `folder` (a test target's `Snapshots`).
///
/// With `TEND_RECORD_SNAPSHOTS=1` the file is (re)written instead and the test records an
/// issue, so a recording run can never pass by accident. A missing file is a failure: a new
/// snapshot is only ever written on purpose, after someone has read the output.
public func assertSnapshot(_ text: String, named name: String, in folder: URL, sourceLocation: SourceLocation = #_sourceLocation) {
    let file = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["TEND_RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            Issue.record("Recorded snapshot \(file.path). Review it, then run the tests again without TEND_RECORD_SNAPSHOTS.",
                         sourceLocation: sourceLocation)
        } catch {
            Issue.record("Could not record snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: file.path) else {
        let actual = SnapshotFiles.saveActual(text, named: name)
        Issue.record("""
            No snapshot at \(file.path). The output was written to \(actual); \
            after reading it, record the snapshot with TEND_RECORD_SNAPSHOTS=1.
            """, sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != text else { return }
    let actual = SnapshotFiles.saveActual(text, named: name)
    Issue.record("""
        Output differs from snapshot \(name): \(SnapshotFiles.firstDifference(expected: expected, actual: text))
        Full output: \(actual) (diff it against the snapshot; re-record with TEND_RECORD_SNAPSHOTS=1 if the change is intended).
        """, sourceLocation: sourceLocation)
}

public enum SnapshotFiles {
    /// `Snapshots` beside the test file at `filePath` (snapshots are not resources).
    public static func folder(besides filePath: String) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    /// Writes a failing output outside the source tree so it can be diffed, and returns its path.
    static func saveActual(_ text: String, named name: String) -> String {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tend-snapshots")
        let file = folder.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: file)
        return file.path
    }

    /// The first line that differs, with invisible characters spelled out (`\t`, `\u{1B}`).
    static func firstDifference(expected: String, actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? String(reflecting: String(expectedLines[index])) : "(end of file)"
            let got = index < actualLines.count ? String(reflecting: String(actualLines[index])) : "(end of file)"
            if want != got {
                return "line \(index + 1)\n  expected: \(want)\n  actual:   \(got)"
            }
        }
        return "(no line differs)"
    }
}
