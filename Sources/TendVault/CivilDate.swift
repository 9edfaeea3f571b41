#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A calendar date with no time zone (`2026-11-23`): review dates are days, not instants.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`, optionally followed by a time (`2026-08-21T10:30`), whose date is taken.
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes.count == 10 || bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            guard bytes[range].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return bytes[range].reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Today in UTC.
    public static func today() -> CivilDate {
        CivilDate(daysSinceEpoch: Int(time(nil)) / 86_400)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    public func adding(days: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// Calendar months; the day is clamped to the month's length (Jan 31 + 1 month = Feb 28/29).
    public func adding(months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        return CivilDate(year: newYear, month: newMonth, day: min(day, CivilDate.daysIn(month: newMonth, year: newYear)))!
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CivilDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    /// `YYYY-MM-DD`. Dates of years 0-9999 are written as ten bytes in place: interpolating
    /// padded numbers cost ~2,500 instructions a date, and every page prints several.
    public var description: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else { return paddedDescription }
        return String(unsafeUninitializedCapacity: 10) { bytes in
            let zero = UInt8(ascii: "0")
            bytes[0] = zero + UInt8(year / 1000)
            bytes[1] = zero + UInt8(year / 100 % 10)
            bytes[2] = zero + UInt8(year / 10 % 10)
            bytes[3] = zero + UInt8(year % 10)
            bytes[4] = UInt8(ascii: "-")
            bytes[5] = zero + UInt8(month / 10)
            bytes[6] = zero + UInt8(month % 10)
            bytes[7] = UInt8(ascii: "-")
            bytes[8] = zero + UInt8(day / 10)
            bytes[9] = zero + UInt8(day % 10)
            return 10
        }
    }

    /// The general form, for any year (also negative or past 9999).
    var paddedDescription: String {
        let pad = { (value: Int, width: Int) -> String in
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A review interval: `90d`, `12w`, `6 months`, `1y` (also `1 year`, `2 weeks`, `30 days`).
public struct ReviewInterval: Sendable, Hashable, CustomStringConvertible {
    public enum Unit: String, Sendable { case days, weeks, months, years }

    public let count: Int
    public let unit: Unit
    /// The largest count `init(parsing:)` accepts.
    public static let maximumCount = 100_000

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// nil for anything else (`m` is refused: minutes or months?).
    public init?(parsing text: String) {
        let trimmed = text.trimmingASCIISpaces().lowercased()
        let digits = trimmed.prefix(while: { $0.isASCII && $0.isNumber })
        // Capped so date arithmetic cannot overflow: 100,000 of any unit is beyond any real policy.
        guard let count = Int(digits), count > 0, count <= ReviewInterval.maximumCount else { return nil }
        let rest = trimmed.dropFirst(digits.count).trimmingASCIISpaces()
        switch rest {
        case "d", "day", "days": unit = .days
        case "w", "week", "weeks": unit = .weeks
        case "mo", "month", "months": unit = .months
        case "y", "year", "years": unit = .years
        default: return nil
        }
        self.count = count
    }

    /// The date one interval after `date`.
    public func after(_ date: CivilDate) -> CivilDate {
        switch unit {
        case .days: return date.adding(days: count)
        case .weeks: return date.adding(days: 7 * count)
        case .months: return date.adding(months: count)
        case .years: return date.adding(months: 12 * count)
        }
    }

    public var description: String {
        switch unit {
        case .days: return "\(count)d"
        case .weeks: return "\(count)w"
        case .months: return count == 1 ? "1 month" : "\(count) months"
        case .years: return count == 1 ? "1 year" : "\(count) years"
        }
    }
}

extension StringProtocol {
    func trimmingASCIISpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
