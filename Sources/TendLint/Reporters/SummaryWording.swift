/// The counts sentence shared by the text report, the GitHub step summary and JUnit output.
extension LintReport.Summary {
    /// `2 errors, 1 warning, 3 infos`: all three counts, always, so the line is easy to grep.
    var severityCounts: String {
        [Self.count(errors, "error"), Self.count(warnings, "warning"), Self.count(infos, "info")]
            .joined(separator: ", ")
    }

    /// `2 errors, 1 warning, 3 infos in 34 notes, 5 suppressed, 2 baselined.` or
    /// `No findings in 34 notes.`; hidden findings are mentioned only when there are some.
    var sentence: String {
        let findings = errors + warnings + infos
        var text = findings == 0
            ? "No findings in \(Self.count(notes, "note"))"
            : "\(severityCounts) in \(Self.count(notes, "note"))"
        if suppressed > 0 { text += ", \(suppressed) suppressed" }
        if baselined > 0 { text += ", \(baselined) baselined" }
        return text + "."
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
