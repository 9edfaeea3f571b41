/// Inline SVG icons for callouts, by canonical type (spec §7.3 lists the types and aliases).
/// Drawn here as simple strokes in the style of the Lucide set Obsidian uses; unknown types
/// look like `note`.
enum CalloutIcons {
    static func canonical(_ type: String) -> String {
        switch type {
        case "summary", "tldr": return "abstract"
        case "hint", "important": return "tip"
        case "check", "done": return "success"
        case "help", "faq": return "question"
        case "caution", "attention": return "warning"
        case "fail", "missing": return "failure"
        case "error": return "danger"
        case "cite": return "quote"
        case "note", "abstract", "info", "todo", "tip", "success", "question", "warning", "failure", "danger", "bug", "example", "quote":
            return type
        default: return "note"
        }
    }

    /// The icon of each canonical type, made once: building it for every callout (an
    /// interpolated string of ~350 bytes) cost ~2,900 instructions a callout.
    private static let icons: [String: String] = {
        let types = ["abstract", "info", "todo", "tip", "success", "question", "warning", "failure", "danger",
                     "bug", "example", "quote", "note"]
        return Dictionary(uniqueKeysWithValues: types.map { ($0, makeSVG(for: $0)) })
    }()

    static func svg(for type: String) -> String {
        let type = canonical(type)
        return icons[type] ?? makeSVG(for: type)
    }

    private static func makeSVG(for canonicalType: String) -> String {
        let body: String
        switch canonicalType {
        case "abstract": body = "<rect x=\"8\" y=\"2\" width=\"8\" height=\"4\" rx=\"1\"/><path d=\"M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2M12 11h4M12 16h4M8 11h.01M8 16h.01\"/>"
        case "info": body = "<circle cx=\"12\" cy=\"12\" r=\"10\"/><path d=\"M12 16v-4M12 8h.01\"/>"
        case "todo": body = "<circle cx=\"12\" cy=\"12\" r=\"10\"/><path d=\"m9 12 2 2 4-4\"/>"
        case "tip": body = "<path d=\"M8.5 14.5A2.5 2.5 0 0 0 11 12c0-1.38-.5-2-1-3-1.07-2.14 0-5.5 3-7 .5 2.5 2 4.9 4 6.5 2 1.6 3 3.5 3 5.5a7 7 0 1 1-14 0c0-1.15.43-2.29 1-3a2.5 2.5 0 0 0 2.5 2.5z\"/>"
        case "success": body = "<path d=\"M20 6 9 17l-5-5\"/>"
        case "question": body = "<circle cx=\"12\" cy=\"12\" r=\"10\"/><path d=\"M9.09 9a3 3 0 0 1 5.83 1c0 2-3 3-3 3M12 17h.01\"/>"
        case "warning": body = "<path d=\"m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3zM12 9v4M12 17h.01\"/>"
        case "failure": body = "<path d=\"M18 6 6 18M6 6l12 12\"/>"
        case "danger": body = "<path d=\"M13 2 3 14h9l-1 8 10-12h-9l1-8z\"/>"
        case "bug": body = "<rect x=\"8\" y=\"6\" width=\"8\" height=\"14\" rx=\"4\"/><path d=\"m19 7-3 2M5 7l3 2M19 19l-3-2M5 19l3-2M20 13h-4M4 13h4M10 4l1 2M14 4l-1 2\"/>"
        case "example": body = "<path d=\"M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01\"/>"
        case "quote": body = "<path d=\"M3 21c3 0 7-1 7-8V5c0-1.25-.76-2.02-2-2H4c-1.25 0-2 .75-2 1.97V11c0 1.25.75 2 2 2 1 0 1 0 1 1v1c0 1-1 2-2 2s-1 .01-1 1.03V20c0 1 0 1 1 1zM15 21c3 0 7-1 7-8V5c0-1.25-.76-2.02-2-2h-4c-1.25 0-2 .75-2 1.97V11c0 1.25.75 2 2 2h.75c0 2.25.25 4-2.75 4v3c0 1 0 1 1 1z\"/>"
        default: body = "<path d=\"M12 20h9M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4L16.5 3.5z\"/>"
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"18\" height=\"18\" viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\(body)</svg>"
    }
}
