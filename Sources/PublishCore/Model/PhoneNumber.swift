/// The forms a Chinese phone number takes, as the closing of a notice writes it: a landline with its
/// area code (`0431-80798040`, `（0431）80798040`, `0431—80798040`, an extension `-123` or `转8001`), a
/// local landline of 7–8 digits, a mobile number (11 digits, `13`–`19`), a short service number
/// (`12388`, `110`) and `400`/`800` numbers.
///
/// Shared by the reading of the closing (which needs to know where one number ends and the next
/// begins when only a space stands between them) and by `contact/phone`.
package enum PhoneNumber {
    /// What may stand between the groups of digits of one number.
    package static let separators: Set<Unicode.Scalar> = ["-", "－", "—", "–", "‑", " ", "\u{3000}", "（", "）", "(", ")", "转"]

    /// The text with full-width digits made ASCII, scalar for scalar (offsets stay valid).
    package static func asciiDigits(_ text: some StringProtocol) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            ("０"..."９").contains(scalar) ? Unicode.Scalar(scalar.value - 0xFF10 + 0x30)! : scalar
        }))
    }

    /// What is wrong with a phone number as written, or nil when it has one of the accepted forms.
    package static func problem(in value: String) -> String? {
        var written = PhoneNumber.asciiDigits(value)
        // `0431-80798040/41`: the second number's last digits, checked as part of the first.
        if let slash = written.lastIndex(of: "/"), written[written.index(after: slash)...].allSatisfy(\.isASCII),
            (1...4).contains(written.distance(from: slash, to: written.endIndex) - 1)
        {
            written = String(written[..<slash])
        }
        // `+86-431-80798040`: the country code, then the area code without its 0.
        for prefix in ["+86", "＋86", "0086"] where written.hasPrefix(prefix) {
            var rest = Substring(written.dropFirst(prefix.count))
            while let first = rest.first, separators.contains(first.unicodeScalars.first!) { rest = rest.dropFirst() }
            written = rest.hasPrefix("1") || rest.hasPrefix("0") ? String(rest) : "0" + rest
        }
        // Groups of digits between separators (`-`, `－`, `—`, `–`, spaces).
        var groups: [String] = []
        var current = ""
        for scalar in written.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if separators.contains(scalar) {
                if !current.isEmpty { groups.append(current) }
                current = ""
            } else {
                return "the phone number `\(value)` contains `\(scalar)`"
            }
        }
        if !current.isEmpty { groups.append(current) }
        guard let first = groups.first else { return "`\(value)` is no phone number" }
        let digits = groups.joined()
        if groups.count == 1 { return problem(inDigits: digits, value: value) }

        if first.hasPrefix("0") {
            // Area code, local number (perhaps written in two groups), extension.
            guard (3...4).contains(first.count) else {
                return "the area code `\(first)` of `\(value)` has \(first.count) digits; an area code has 3 or 4, starting with 0"
            }
            guard !first.hasPrefix("00") else {
                return "`\(first)` in `\(value)` is no area code: an area code is 0 followed by a digit from 1 to 9"
            }
            var rest = Array(groups.dropFirst())
            var local = rest.removeFirst()
            // `0431-12388`: a city's discipline inspection hot line.
            if rest.isEmpty, local.hasPrefix("1"), (3...5).contains(local.count) { return nil }
            if local.count < 7, let next = rest.first, (7...8).contains(local.count + next.count) {
                local += rest.removeFirst()
            }
            guard (7...8).contains(local.count) else {
                return "the phone number `\(value)` has \(local.count) digits after the area code; a local number has 7 or 8"
            }
            // Beijing (010) and the 02X cities have three-digit area codes and eight-digit numbers.
            if first.count == 3, local.count != 8 {
                return "the phone number `\(value)` has \(local.count) digits after the area code `\(first)`; after a three-digit area code a local number has 8"
            }
            if let extensionNumber = rest.first {
                guard rest.count == 1, (1...5).contains(extensionNumber.count) else {
                    return "the phone number `\(value)` has too many digits after its local number; an extension has 1 to 5"
                }
            }
            return nil
        }
        if isMobile(digits) || isNationalService(digits) { return nil }
        if first.hasPrefix("1") {
            return digits.count == 11
                ? "`\(value)` is no mobile number: a mobile number starts with 13 to 19"
                : "the phone number `\(value)` has \(digits.count) digits; a mobile number has 11"
        }
        if groups.count >= 2, (2...4).contains(first.count), (7...8).contains(groups[1].count) {
            return "the area code `\(first)` of `\(value)` does not start with 0"
        }
        guard (7...8).contains(digits.count) else {
            return "the phone number `\(value)` has \(digits.count) digits; a local number has 7 or 8 (with its area code, `0431-80798040`)"
        }
        return nil
    }

    /// A number written without separators.
    private static func problem(inDigits digits: String, value: String) -> String? {
        let count = digits.count
        if digits.hasPrefix("0") {
            if digits.hasPrefix("00") {
                return "`\(value)` starts with `00`: an area code is 0 followed by a digit from 1 to 9"
            }
            // Three-digit area codes (010, 02X) take eight digits after them; four-digit ones 7 or 8.
            let threeDigitArea = digits.hasPrefix("010") || digits.hasPrefix("02")
            if threeDigitArea ? count == 11 : (11...12).contains(count) { return nil }
            if threeDigitArea, count != 11 {
                return "the phone number `\(value)` has \(count) digits; with the area code `\(digits.prefix(3))` a landline has 11"
            }
            return count < 10
                ? "the phone number `\(value)` has \(count) digits; with its area code a landline has 10 to 12"
                : "the phone number `\(value)` has \(count) digits; an area code (3 or 4) and a local number (7 or 8) make at most 12"
        }
        if digits.hasPrefix("1") {
            if (3...5).contains(count) || isMobile(digits) { return nil }
            if count == 11 { return "`\(value)` is no mobile number: a mobile number starts with 13 to 19" }
            return "the phone number `\(value)` has \(count) digits; a mobile number has 11, a service number such as `12388` 3 to 5"
        }
        if isNationalService(digits) || (7...8).contains(count) { return nil }
        return "the phone number `\(value)` has \(count) digits; a local number has 7 or 8 (with its area code, `0431-80798040`)"
    }

    /// 11 digits starting with 13–19.
    package static func isMobile(_ digits: String) -> Bool {
        let scalars = Array(digits.unicodeScalars)
        return scalars.count == 11 && scalars[0] == "1" && ("3"..."9").contains(scalars[1])
    }

    /// `400` and `800` numbers: 10 digits.
    package static func isNationalService(_ digits: String) -> Bool {
        digits.count == 10 && (digits.hasPrefix("400") || digits.hasPrefix("800"))
    }
}
