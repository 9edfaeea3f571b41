import TendTestSupport
import Testing

/// Snapshots of this target live in `Tests/TendLintTests/Snapshots`.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    TendTestSupport.assertSnapshot(text, named: name, in: SnapshotFiles.folder(besides: #filePath), sourceLocation: sourceLocation)
}
