/// What a vault file is, by extension (spec §1.7).
public enum FileKind: String, Sendable, Codable {
    case note, canvas, base, image, audio, video, pdf, other

    public init(path: String) {
        // The extension after the last `.` of the file name, found on bytes (runs per file and link).
        let bytes = path.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), !bytes[dot...].contains(UInt8(ascii: "/")),
              bytes.distance(from: dot, to: bytes.endIndex) <= 8 else {
            self = .other
            return
        }
        switch lowercase(String(Substring(bytes[bytes.index(after: dot)...]))) {
        case "md": self = .note
        case "canvas": self = .canvas
        case "base": self = .base
        case "avif", "bmp", "gif", "jpeg", "jpg", "png", "svg", "webp": self = .image
        case "flac", "m4a", "mp3", "ogg", "wav", "3gp": self = .audio
        // `.webm` is in both of Obsidian's lists; Tend treats it as video (spec §1.7).
        case "mkv", "mov", "mp4", "ogv", "webm": self = .video
        case "pdf": self = .pdf
        default: self = .other
        }
    }
}

/// One file of the vault: a note or an attachment.
public struct VaultFile: Sendable {
    /// Vault-relative path with `/` separators, NFC-normalised.
    public let path: String
    public let kind: FileKind
    /// Index into `Vault.notes` for notes; nil for attachments.
    public let noteIndex: Int?
}
