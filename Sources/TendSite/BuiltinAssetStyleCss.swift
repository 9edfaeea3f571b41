// Generated from site-templates/ by `make templates`. Do not edit.
extension BuiltinTemplates {
    /// site-templates/assets/style.css, from its parts (one file each).
    static let styleCss = styleCssVariablesToPage + styleCssExplorerToFreshness + styleCssTablesToPrint
}
