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

    /// `separators.contains(scalar)`, without hashing (and without making the set, which cost
    /// more than reading a closing's numbers).
    package static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "－", "—", "–", "‑", " ", "\u{3000}", "（", "）", "(", ")", "转": true
        default: false
        }
    }

    /// The text with full-width digits made ASCII, scalar for scalar (offsets stay valid).
    package static func asciiDigits(_ text: some StringProtocol) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            ("０"..."９").contains(scalar) ? Unicode.Scalar(scalar.value - 0xFF10 + 0x30)! : scalar
        }))
    }

    /// What is wrong with a phone number as written, or nil when it has one of the accepted forms.
    package static func problem(in value: String) -> Message? {
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
            while let first = rest.first, isSeparator(first.unicodeScalars.first!) { rest = rest.dropFirst() }
            written = rest.hasPrefix("1") || rest.hasPrefix("0") ? String(rest) : "0" + rest
        }
        // Groups of digits between separators (`-`, `－`, `—`, `–`, spaces).
        var groups: [String] = []
        var current = ""
        for scalar in written.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if isSeparator(scalar) {
                if !current.isEmpty { groups.append(current) }
                current = ""
            } else {
                return Message("phone.bad-character", value, scalar)
            }
        }
        if !current.isEmpty { groups.append(current) }
        guard let first = groups.first else { return Message("phone.not-a-number", value) }
        let digits = groups.joined()
        if groups.count == 1 { return problem(inDigits: digits, value: value) }

        if first.hasPrefix("0") {
            // Area code, local number (perhaps written in two groups), extension.
            guard (3...4).contains(first.count) else {
                return Message("phone.area-code-length", first, value, first.count)
            }
            guard !first.hasPrefix("00") else {
                return Message("phone.area-code-00", first, value)
            }
            var rest = Array(groups.dropFirst())
            var local = rest.removeFirst()
            // `0431-12388`: a city's discipline inspection hot line.
            if rest.isEmpty, local.hasPrefix("1"), (3...5).contains(local.count) { return nil }
            if local.count < 7, let next = rest.first, (7...8).contains(local.count + next.count) {
                local += rest.removeFirst()
            }
            guard (7...8).contains(local.count) else {
                return Message("phone.local-length", value, local.count)
            }
            // Beijing (010) and the 02X cities have three-digit area codes and eight-digit numbers.
            if first.count == 3, local.count != 8 {
                return Message("phone.local-length-after-three", value, local.count, first)
            }
            if let extensionNumber = rest.first {
                guard rest.count == 1, (1...5).contains(extensionNumber.count) else {
                    return Message("phone.extension", value)
                }
            }
            return nil
        }
        if isMobile(digits) || isNationalService(digits) { return nil }
        if first.hasPrefix("1") {
            return digits.count == 11
                ? Message("phone.not-mobile", value)
                : Message("phone.mobile-length", value, digits.count)
        }
        if groups.count >= 2, (2...4).contains(first.count), (7...8).contains(groups[1].count) {
            return Message("phone.area-code-no-zero", first, value)
        }
        guard (7...8).contains(digits.count) else {
            return Message("phone.local-digits", value, digits.count)
        }
        return nil
    }

    /// A number written without separators.
    private static func problem(inDigits digits: String, value: String) -> Message? {
        let count = digits.count
        if digits.hasPrefix("0") {
            if digits.hasPrefix("00") {
                return Message("phone.starts-00", value)
            }
            // Three-digit area codes (010, 02X) take eight digits after them; four-digit ones 7 or 8.
            let threeDigitArea = digits.hasPrefix("010") || digits.hasPrefix("02")
            if threeDigitArea ? count == 11 : (11...12).contains(count) { return nil }
            if threeDigitArea, count != 11 {
                return Message("phone.landline-eleven", value, count, digits.prefix(3))
            }
            return count < 10
                ? Message("phone.landline-short", value, count)
                : Message("phone.landline-long", value, count)
        }
        if digits.hasPrefix("1") {
            if (3...5).contains(count) || isMobile(digits) { return nil }
            if count == 11 { return Message("phone.not-mobile", value) }
            return Message("phone.mobile-or-service", value, count)
        }
        if isNationalService(digits) || (7...8).contains(count) { return nil }
        return Message("phone.local-digits", value, count)
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
