/// Recognises the closing by its content and reads its facts: the invitation to supervise, the
/// disclosure period and the contacts.
enum ClosingInterpreter {
    static let cues = [
        "公开期限", "公示期限", "公示期", "公开期", "公开时间", "公示时间", "联系电话", "举报电话", "监督电话",
        "电子邮箱", "电子信箱", "邮寄地址", "通信地址", "通讯地址", "来信", "来电", "联系方式",
    ]

    /// Whether a paragraph belongs to a closing: an invitation to supervise, a disclosure period or
    /// contacts.
    static func isClosing(_ text: String) -> Bool {
        cues.contains(where: text.contains) || (text.contains("欢迎") && text.contains("监督"))
    }

    /// A signature or date line after the closing: short, no sentence in it.
    static func isSignatureLine(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.count <= 40 && !text.contains("。") && !text.contains("，")
    }

    nonisolated(unsafe) private static let invitation = Regex<AnyRegexOutput>(
        checked: #"[^。！？]*欢迎[^。！？]*?监督[^。！？]*[。！？]?"#)
    nonisolated(unsafe) private static let disclosureLabel = Regex<AnyRegexOutput>(
        checked: #"(公开期限|公示期限|公示期|公开期|公开时间|公示时间|公示日期|公开日期)"#)
    nonisolated(unsafe) private static let workdays = Regex<AnyRegexOutput>(checked: #"(\d+)\s*个工作日"#)
    nonisolated(unsafe) private static let phone = Regex<AnyRegexOutput>(
        checked: #"(联系电话|举报电话|监督电话|受理电话|咨询电话|值班电话|电话)\s*[:：]?\s*([0-9０-９][0-9０-９\-－— ]*[0-9０-９])(?:\s*[（(]([^）)]*)[）)])?"#)
    nonisolated(unsafe) private static let morePhone = Regex<AnyRegexOutput>(
        checked: #"^\s*(?:、|，|,|/|或)\s*([0-9０-９][0-9０-９\-－— ]*[0-9０-９])(?:\s*[（(]([^）)]*)[）)])?"#)
    nonisolated(unsafe) private static let postal = Regex<AnyRegexOutput>(
        checked: #"(邮寄地址|通信地址|通讯地址|来信地址|信件地址|联系地址|地址)\s*[:：]\s*([^；;。]+)"#)
    nonisolated(unsafe) private static let postcode = Regex<AnyRegexOutput>(checked: #"(?:邮编|邮政编码)\s*[:：]?\s*([0-9０-９]+)"#)
    nonisolated(unsafe) private static let postcodeStart = Regex<AnyRegexOutput>(checked: #"[（(]?\s*(?:邮编|邮政编码)"#)
    nonisolated(unsafe) private static let email = Regex<AnyRegexOutput>(
        checked: #"(电子邮箱|电子信箱|电子邮件|邮箱|[Ee]-?[Mm]ail)\s*[:：]\s*([^\s；;。，,、（）()<>]+)"#)
    nonisolated(unsafe) private static let website = Regex<AnyRegexOutput>(
        checked: #"(网址|网站|举报网址|网络举报)\s*[:：]\s*([^\s；;。，,、（）()<>]+)"#)
    nonisolated(unsafe) private static let timeOrDay = Regex<AnyRegexOutput>(
        checked: #"\d{1,2}\s*[:：]\s*\d{2}|工作日|周[一二三四五六日]|星期|上午|下午|时"#)

    static func interpret(_ paragraphs: [Paragraph], isExplicit: Bool) -> Closing {
        var closing = Closing(paragraphs: paragraphs, invitation: nil, disclosure: nil, contacts: [], isExplicit: isExplicit)
        for paragraph in paragraphs {
            let rich = paragraph.richText
            let plain = rich.plain
            func range(_ offsets: Range<Int>) -> SourceRange {
                rich.range(of: offsets) ?? paragraph.range
            }
            if closing.invitation == nil, let match = TextMatch.first(invitation, in: plain) {
                closing.invitation = LocatedText(text: match.text, range: range(match.range))
            }
            if closing.disclosure == nil { closing.disclosure = disclosure(in: plain, range: range) }
            closing.contacts += contacts(in: plain, range: range)
        }
        return closing
    }

    private static func sentence(in scalars: [Unicode.Scalar], from start: Int) -> Range<Int> {
        let end = scalars[start...].firstIndex(where: { $0 == "。" || $0 == "；" || $0 == ";" }) ?? scalars.count
        return start..<end
    }

    private static func disclosure(in plain: String, range: (Range<Int>) -> SourceRange) -> DisclosurePeriod? {
        guard let label = TextMatch.first(disclosureLabel, in: plain) else { return nil }
        let scalars = Array(plain.unicodeScalars)
        let span = sentence(in: scalars, from: label.range.lowerBound)
        let text = String(String.UnicodeScalarView(scalars[span]))
        let shift = span.lowerBound
        guard let found = DateScanner.ranges(in: text).first else { return nil }
        func shifted(_ date: DateScanner.FoundDate) -> LocatedDate {
            let offsets = (date.offsets.lowerBound + shift)..<(date.offsets.upperBound + shift)
            return LocatedDate(
                date: date.date, text: String(String.UnicodeScalarView(scalars[offsets])), range: range(offsets),
                yearInherited: date.yearInherited)
        }
        let period = DateRange(
            start: shifted(found.start), end: shifted(found.end),
            range: range((found.offsets.lowerBound + shift)..<(found.offsets.upperBound + shift)))
        let stated = TextMatch.first(workdays, in: text)
        return DisclosurePeriod(
            label: label.text, period: period,
            statedWorkdays: stated?[1].flatMap { Int($0.text) },
            statedWorkdaysRange: stated?[1].map { range(($0.range.lowerBound + shift)..<($0.range.upperBound + shift)) },
            range: range(span))
    }

    private static func contacts(in plain: String, range: (Range<Int>) -> SourceRange) -> [Contact] {
        var found: [Contact] = []
        for match in TextMatch.all(phone, in: plain) {
            guard let label = match[1], let number = match[2] else { continue }
            found.append(phoneContact(label: label.text, number: number, hours: match[3], whole: match.range, range: range))
            // Further numbers after the first: `0431-1234567、0431-7654321`.
            var cursor = match.range.upperBound
            while true {
                let rest = String(String.UnicodeScalarView(Array(plain.unicodeScalars)[cursor...]))
                guard let more = TextMatch.first(morePhone, in: rest), let number = more[1] else { break }
                func moved(_ g: TextMatch.Group?) -> TextMatch.Group? {
                    g.map { TextMatch.Group(text: $0.text, range: ($0.range.lowerBound + cursor)..<($0.range.upperBound + cursor)) }
                }
                let whole = (more.range.lowerBound + cursor)..<(more.range.upperBound + cursor)
                found.append(phoneContact(label: label.text, number: moved(number)!, hours: moved(more[2]), whole: whole, range: range))
                cursor = whole.upperBound
            }
        }
        for match in TextMatch.all(postal, in: plain) {
            guard let label = match[1], let value = match[2] else { continue }
            var address = value.text
            var addressRange = value.range
            if let cut = TextMatch.first(postcodeStart, in: value.text) {
                address = String(String.UnicodeScalarView(Array(value.text.unicodeScalars)[..<cut.range.lowerBound]))
                addressRange = value.range.lowerBound..<(value.range.lowerBound + cut.range.lowerBound)
            }
            var code: LocatedText? = nil
            if let postcodeMatch = TextMatch.first(postcode, in: value.text), let digits = postcodeMatch[1] {
                let offsets = (value.range.lowerBound + digits.range.lowerBound)..<(value.range.lowerBound + digits.range.upperBound)
                code = LocatedText(text: digits.text, range: range(offsets))
            }
            found.append(Contact(
                kind: .postalAddress, label: label.text, value: address, valueRange: range(addressRange),
                hours: nil, postcode: code, range: range(match.range)))
        }
        for (pattern, kind) in [(email, Contact.Kind.email), (website, Contact.Kind.website)] {
            for match in TextMatch.all(pattern, in: plain) {
                guard let label = match[1], var value = match[2] else { continue }
                while value.text.hasSuffix(".") {
                    value = TextMatch.Group(text: String(value.text.dropLast()), range: value.range.lowerBound..<(value.range.upperBound - 1))
                }
                found.append(Contact(
                    kind: kind, label: label.text, value: value.text, valueRange: range(value.range),
                    hours: nil, postcode: nil, range: range(match.range)))
            }
        }
        return found.sorted { $0.range.start < $1.range.start }
    }

    private static func phoneContact(
        label: String, number: TextMatch.Group, hours: TextMatch.Group?, whole: Range<Int>,
        range: (Range<Int>) -> SourceRange
    ) -> Contact {
        var officeHours: LocatedText? = nil
        if let hours, hours.text.firstMatch(of: timeOrDay) != nil {
            officeHours = LocatedText(text: hours.text, range: range(hours.range))
        }
        let trimmed = number.text.trimmingCharacters(in: .whitespaces)
        return Contact(
            kind: .phone, label: label, value: trimmed, valueRange: range(number.range),
            hours: officeHours, postcode: nil, range: range(whole))
    }
}
