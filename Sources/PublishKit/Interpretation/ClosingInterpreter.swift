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

    // Each pattern is its regular expression and the same expression as a scalar pattern (see
    // `TextPattern`).
    private static let notSentenceEnd = ScalarClass.none(of: "。！？")
    static let invitation = TextPattern(
        #"[^。！？]*欢迎[^。！？]*?监督[^。！？]*[。！？]?"#,
        .sequence([
            .zeroOrMore(notSentenceEnd), .text("欢迎"), .zeroOrMore(notSentenceEnd, lazy: true), .text("监督"),
            .zeroOrMore(notSentenceEnd), .optional(.one(.any(of: "。！？"))),
        ]))
    /// `[0-9０-９][0-9０-９\-－— ]*[0-9０-９]`
    private static let phoneNumber = ScalarPattern.sequence([
        .one(.digits), .zeroOrMore(.digits.union(.any(of: "-－— "))), .one(.digits),
    ])
    /// `(?:\s*[（(]([^）)]*)[）)])?` with the text in brackets as group `index`.
    private static func bracketedHours(group index: Int) -> ScalarPattern {
        .optional(.sequence([
            .zeroOrMore(.whitespace), .one(.any(of: "（(")), .capture(index, .zeroOrMore(.none(of: "）)"))),
            .one(.any(of: "）)")),
        ]))
    }
    static let phone = TextPattern(
        #"(联系电话|举报电话|监督电话|受理电话|咨询电话|值班电话|电话)\s*[:：]?\s*([0-9０-９][0-9０-９\-－— ]*[0-9０-９])(?:\s*[（(]([^）)]*)[）)])?"#,
        .sequence([
            .capture(1, .either("联系电话", "举报电话", "监督电话", "受理电话", "咨询电话", "值班电话", "电话")),
            .zeroOrMore(.whitespace), .optional(.one(.any(of: ":："))), .zeroOrMore(.whitespace),
            .capture(2, phoneNumber), bracketedHours(group: 3),
        ]))
    static let morePhone = TextPattern(
        #"^\s*(?:、|，|,|/|或)\s*([0-9０-９][0-9０-９\-－— ]*[0-9０-９])(?:\s*[（(]([^）)]*)[）)])?"#,
        .sequence([
            .textStart, .zeroOrMore(.whitespace), .either("、", "，", ",", "/", "或"), .zeroOrMore(.whitespace),
            .capture(1, phoneNumber), bracketedHours(group: 2),
        ]))
    static let postal = TextPattern(
        #"(邮寄地址|通信地址|通讯地址|来信地址|信件地址|联系地址|地址)\s*[:：]\s*([^；;。]+)"#,
        .sequence([
            .capture(1, .either("邮寄地址", "通信地址", "通讯地址", "来信地址", "信件地址", "联系地址", "地址")),
            .zeroOrMore(.whitespace), .one(.any(of: ":：")), .zeroOrMore(.whitespace),
            .capture(2, .oneOrMore(.none(of: "；;。"))),
        ]))
    static let postcode = TextPattern(
        #"(?:邮编|邮政编码)\s*[:：]?\s*([0-9０-９]+)"#,
        .sequence([
            .either("邮编", "邮政编码"), .zeroOrMore(.whitespace), .optional(.one(.any(of: ":："))),
            .zeroOrMore(.whitespace), .capture(1, .oneOrMore(.digits)),
        ]))
    static let postcodeStart = TextPattern(
        #"[（(]?\s*(?:邮编|邮政编码)"#,
        .sequence([.optional(.one(.any(of: "（("))), .zeroOrMore(.whitespace), .either("邮编", "邮政编码")]))
    /// `[^\s；;。，,、（）()<>]+`
    private static let addressValue = ScalarPattern.oneOrMore(
        .anything.subtracting(.whitespace.union(.any(of: "；;。，,、（）()<>"))))
    static let email = TextPattern(
        #"(电子邮箱|电子信箱|电子邮件|邮箱|[Ee]-?[Mm]ail)\s*[:：]\s*([^\s；;。，,、（）()<>]+)"#,
        .sequence([
            .capture(1, .choice([
                .text("电子邮箱"), .text("电子信箱"), .text("电子邮件"), .text("邮箱"),
                .sequence([.one(.any(of: "Ee")), .optional(.text("-")), .one(.any(of: "Mm")), .text("ail")]),
            ])),
            .zeroOrMore(.whitespace), .one(.any(of: ":：")), .zeroOrMore(.whitespace), .capture(2, addressValue),
        ]))
    static let website = TextPattern(
        #"(网址|网站|举报网址|网络举报)\s*[:：]\s*([^\s；;。，,、（）()<>]+)"#,
        .sequence([
            .capture(1, .either("网址", "网站", "举报网址", "网络举报")),
            .zeroOrMore(.whitespace), .one(.any(of: ":：")), .zeroOrMore(.whitespace), .capture(2, addressValue),
        ]))
    static let timeOrDay = TextPattern(
        #"\d{1,2}\s*[:：]\s*\d{2}|工作日|周[一二三四五六日]|星期|上午|下午|时"#,
        .choice([
            .sequence([
                .repeated(.number, min: 1, max: 2, lazy: false), .zeroOrMore(.whitespace), .one(.any(of: ":：")),
                .zeroOrMore(.whitespace), .repeated(.number, min: 2, max: 2, lazy: false),
            ]),
            .text("工作日"), .sequence([.text("周"), .one(.any(of: "一二三四五六日"))]), .text("星期"), .text("上午"),
            .text("下午"), .text("时"),
        ]))

    static func interpret(_ paragraphs: [Paragraph], isExplicit: Bool, disclosure reader: DisclosureReader) -> Closing {
        var closing = Closing(paragraphs: paragraphs, invitation: nil, disclosure: nil, contacts: [], isExplicit: isExplicit)
        for paragraph in paragraphs {
            let rich = paragraph.richText
            let subject = PatternSubject(rich.plain)
            let offsets = RunOffsets(rich)
            func range(_ scalarOffsets: Range<Int>) -> SourceRange {
                rich.range(of: scalarOffsets, offsets: offsets) ?? paragraph.range
            }
            if closing.invitation == nil, let match = subject.first(invitation) {
                closing.invitation = LocatedText(text: match.text, range: range(match.range))
            }
            if closing.disclosure == nil { closing.disclosure = reader.read(subject.scalars, range: range) }
            closing.contacts += contacts(in: subject, range: range)
        }
        return closing
    }

    private static func contacts(in subject: PatternSubject, range: (Range<Int>) -> SourceRange) -> [Contact] {
        var found: [Contact] = []
        for match in subject.all(phone) {
            guard let label = match[1], let number = match[2] else { continue }
            found.append(phoneContact(label: label.text, number: number, hours: match[3], whole: match.range, range: range))
            // Further numbers after the first: `0431-1234567、0431-7654321`.
            var cursor = match.range.upperBound
            while true {
                guard let more = subject.first(morePhone, from: cursor), let number = more[1] else { break }
                func moved(_ g: TextMatch.Group?) -> TextMatch.Group? {
                    g.map { TextMatch.Group(text: $0.text, range: ($0.range.lowerBound + cursor)..<($0.range.upperBound + cursor)) }
                }
                let whole = (more.range.lowerBound + cursor)..<(more.range.upperBound + cursor)
                found.append(phoneContact(label: label.text, number: moved(number)!, hours: moved(more[2]), whole: whole, range: range))
                cursor = whole.upperBound
            }
        }
        for match in subject.all(postal) {
            guard let label = match[1], let value = match[2] else { continue }
            var address = value.text
            var addressRange = value.range
            let valueSubject = PatternSubject(value.text)
            if let cut = valueSubject.first(postcodeStart) {
                address = String(scalars: valueSubject.scalars[..<cut.range.lowerBound])
                addressRange = value.range.lowerBound..<(value.range.lowerBound + cut.range.lowerBound)
            }
            var code: LocatedText? = nil
            if let postcodeMatch = valueSubject.first(postcode), let digits = postcodeMatch[1] {
                let offsets = (value.range.lowerBound + digits.range.lowerBound)..<(value.range.lowerBound + digits.range.upperBound)
                code = LocatedText(text: digits.text, range: range(offsets))
            }
            found.append(Contact(
                kind: .postalAddress, label: label.text, value: address, valueRange: range(addressRange),
                hours: nil, postcode: code, range: range(match.range)))
        }
        for (pattern, kind) in [(email, Contact.Kind.email), (website, Contact.Kind.website)] {
            for match in subject.all(pattern) {
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
        if let hours, PatternSubject(hours.text).contains(timeOrDay) {
            officeHours = LocatedText(text: hours.text, range: range(hours.range))
        }
        // The number starts and ends with a digit: there is no whitespace to trim.
        return Contact(
            kind: .phone, label: label, value: number.text, valueRange: range(number.range),
            hours: officeHours, postcode: nil, range: range(whole))
    }
}
