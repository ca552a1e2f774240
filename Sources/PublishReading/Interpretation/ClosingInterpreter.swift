import PublishCore

/// Recognises the closing by its content and reads its facts: the invitation to supervise, the
/// disclosure period and the contacts.
package enum ClosingInterpreter {
    package static let cues = DisclosureReader.labels + [
        "联系电话", "举报电话", "监督电话", "电话：", "电话:", "传真", "电子邮箱", "电子信箱", "邮箱", "mail", "MAIL", "邮寄地址",
        "通信地址", "通讯地址", "地址：", "地址:", "请寄", "邮编", "邮政编码", "邮政信箱", "来信", "来电", "联系方式", "网上举报",
        "网址",
    ]

    /// Whether a paragraph belongs to a closing: an invitation to supervise or to comment
    /// (`如有意见建议，请……反映`), a disclosure period or contacts.
    package static func isClosing(_ text: String) -> Bool {
        let text = KeywordText(text)
        let hasCue = if text.standsAlone, let cueBytes { cueBytes.contains(where: text.contains(bytes:)) } else { cues.contains { text.contains($0) } }
        return hasCue || (text.contains("欢迎") && text.contains("监督"))
            || (text.contains("反映") && (text.contains("请") || text.contains("如有")))
    }

    /// `cues` as UTF-8 (`KeywordText.bytes(of:)`).
    private static let cueBytes = KeywordText.bytes(of: cues)

    /// Labels a contact field starts with.
    package static let fieldLabels = PhoneFieldReader.labelTexts + [
        "邮寄地址", "通信地址", "通讯地址", "来信地址", "信件地址", "联系地址", "邮政信箱", "来信请寄", "信件请寄", "地址", "来信",
        "来访", "邮政编码", "邮编", "电子邮箱", "电子信箱", "电子邮件", "邮箱", "E-mail", "Email", "email", "EMAIL", "网址",
        "网站", "网上举报", "举报网址", "举报网站",
    ] + DisclosureReader.labels

    /// Whether a line is one field of the closing set as a numbered list (`1.联系电话：……`,
    /// `（二）邮寄地址：……`): its text after the ordinal starts with a contact or disclosure label.
    package static func isNumberedField(_ text: String) -> Bool {
        guard let ordinal = OrdinalParser.parse(text) else { return false }
        let rest = text.unicodeScalars[RichText.index(ofScalar: ordinal.length, in: text)...]
        // Only the start of the rest can decide: one scalar more than the longest label, so that
        // what follows a label is seen too (`KeywordText.hasPrefix` falls back to comparing
        // characters when a scalar there does not stand alone).
        let start = KeywordText(String(rest.prefix(longestFieldLabel + 1)))
        guard start.standsAlone else {
            let whole = String(rest)
            return fieldLabels.contains(where: whole.hasPrefix)
        }
        guard let fieldLabelBytes else { return fieldLabels.contains(where: start.hasPrefix) }
        return fieldLabelBytes.contains(where: start.hasPrefix(bytes:))
    }

    /// `fieldLabels` as UTF-8 (`KeywordText.bytes(of:)`).
    private static let fieldLabelBytes = KeywordText.bytes(of: fieldLabels)

    /// The length in scalars of the longest of `fieldLabels`.
    private static let longestFieldLabel = fieldLabels.map(\.unicodeScalars.count).max() ?? 0

    /// A signature or date line after the closing: short, no sentence in it.
    package static func isSignatureLine(_ text: String) -> Bool {
        guard !text.isEmpty, text.unicodeScalars.count <= 40 else { return false }
        let keywords = KeywordText(text)
        return !keywords.contains("。") && !keywords.contains("，")
    }

    // Each pattern is its regular expression and the same expression as a scalar pattern (see
    // `TextPattern`).
    private static let notSentenceEnd = ScalarClass.none(of: "。！？")
    /// An address after its label; the colon is optional (`信件请寄至长春市……`), but an address
    /// label that is no instruction to post (`地址`, `邮寄地址`) needs one (`interpret` checks).
    package static let postal = TextPattern(
        #"(邮寄地址|通信地址|通讯地址|来信地址|信件地址|联系地址|来访地址|办公地址|邮政信箱|来信请寄至|来信请寄|信件请寄至|信件请寄|请寄至|来信|来访|地址)\s*([:：]?)\s*([^；;。\n]+)"#,
        .sequence([
            .capture(1, .either(
                "邮寄地址", "通信地址", "通讯地址", "来信地址", "信件地址", "联系地址", "来访地址", "办公地址", "邮政信箱", "来信请寄至",
                "来信请寄", "信件请寄至", "信件请寄", "请寄至", "来信", "来访", "地址")),
            .zeroOrMore(.whitespace), .capture(2, .optional(.one(.any(of: ":：")))), .zeroOrMore(.whitespace),
            .capture(3, .oneOrMore(.none(of: "；;。\n"))),
        ]))
    /// Where an address value ends before the next field of the same sentence
    /// (`邮寄地址：……，电子邮箱：……`).
    package static let nextField = TextPattern(
        #"[，,、]\s*(?:电话|联系电话|举报电话|传真|电子邮箱|电子信箱|邮箱|[Ee]-?[Mm]ail|网址|网站)"#,
        .sequence([
            .one(.any(of: "，,、")), .zeroOrMore(.whitespace),
            .choice([
                .either("电话", "联系电话", "举报电话", "传真", "电子邮箱", "电子信箱", "邮箱"),
                .sequence([.one(.any(of: "Ee")), .optional(.text("-")), .one(.any(of: "Mm")), .text("ail")]),
                .either("网址", "网站"),
            ]),
        ]))
    package static let postcode = TextPattern(
        #"(?:邮编|邮政编码)\s*[:：]?\s*([0-9０-９]+)"#,
        .sequence([
            .either("邮编", "邮政编码"), .zeroOrMore(.whitespace), .optional(.one(.any(of: ":："))),
            .zeroOrMore(.whitespace), .capture(1, .oneOrMore(.digits)),
        ]))
    package static let postcodeStart = TextPattern(
        #"[（(]?\s*(?:邮编|邮政编码)"#,
        .sequence([.optional(.one(.any(of: "（("))), .zeroOrMore(.whitespace), .either("邮编", "邮政编码")]))
    /// `[^\s；;。，,、（）()<>]+`
    private static let addressValue = ScalarPattern.oneOrMore(
        .anything.subtracting(.whitespace.union(.any(of: "；;。，,、（）()<>"))))
    package static let email = TextPattern(
        #"(电子邮箱|电子信箱|电子邮件|邮箱|[Ee]-?[Mm]ail|EMAIL|E-MAIL)\s*[:：]\s*([^\s；;。，,、（）()<>]+)"#,
        .sequence([
            .capture(1, .choice([
                .text("电子邮箱"), .text("电子信箱"), .text("电子邮件"), .text("邮箱"),
                .sequence([.one(.any(of: "Ee")), .optional(.text("-")), .one(.any(of: "Mm")), .text("ail")]),
                .text("EMAIL"), .text("E-MAIL"),
            ])),
            .zeroOrMore(.whitespace), .one(.any(of: ":：")), .zeroOrMore(.whitespace), .capture(2, addressValue),
        ]))
    package static let website = TextPattern(
        #"(网上举报平台|网上举报|举报网址|举报网站|网络举报|网址|网站)\s*[:：]\s*([^\s；;。，,、（）()<>]+)"#,
        .sequence([
            .capture(1, .either("网上举报平台", "网上举报", "举报网址", "举报网站", "网络举报", "网址", "网站")),
            .zeroOrMore(.whitespace), .one(.any(of: ":：")), .zeroOrMore(.whitespace), .capture(2, addressValue),
        ]))
    package static let timeOrDay = TextPattern(
        #"\d{1,2}\s*[:：∶]\s*\d{2}|工作日|周[一二三四五六日]|星期|上午|下午|时"#,
        .choice([
            .sequence([
                .repeated(.number, min: 1, max: 2, lazy: false), .zeroOrMore(.whitespace), .one(.any(of: ":：∶")),
                .zeroOrMore(.whitespace), .repeated(.number, min: 2, max: 2, lazy: false),
            ]),
            .text("工作日"), .sequence([.text("周"), .one(.any(of: "一二三四五六日"))]), .text("星期"), .text("上午"),
            .text("下午"), .text("时"),
        ]))

    package static func interpret(_ paragraphs: [Paragraph], isExplicit: Bool, disclosure reader: DisclosureReader) -> Closing {
        var closing = Closing(paragraphs: paragraphs, invitation: nil, disclosure: nil, contacts: [], isExplicit: isExplicit)
        for paragraph in paragraphs {
            let rich = paragraph.richText
            let subject = PatternSubject(rich.plain)
            let offsets = RunOffsets(rich)
            func range(_ scalarOffsets: Range<Int>) -> SourceRange {
                rich.range(of: scalarOffsets, offsets: offsets) ?? paragraph.range
            }
            if closing.invitation == nil, let found = invitation(in: subject.scalars) {
                closing.invitation = LocatedText(text: String(scalars: subject.scalars[found]), range: range(found))
            }
            if closing.disclosure == nil { closing.disclosure = reader.read(subject.scalars, range: range) }
            closing.contacts += contacts(in: subject, range: range)
        }
        closing.contacts = attachingPostcodes(closing.contacts)
        return closing
    }

    /// The sentence that invites supervision: the first one holding `欢迎` and, after it, `监督`,
    /// with its final `。`, `！` or `？`. Found by sentences, in one pass (a pattern that looks for
    /// the sentence's start from every position takes quadratic time on a long closing).
    package static func invitation(in s: [Unicode.Scalar]) -> Range<Int>? {
        func isEnd(_ scalar: Unicode.Scalar) -> Bool { scalar == "。" || scalar == "！" || scalar == "？" }
        var from = 0
        while let welcome = ScalarSearch.firstRange(of: ["欢", "迎"], in: s, from: from) {
            var start = welcome.lowerBound
            while start > 0, !isEnd(s[start - 1]) { start -= 1 }
            var end = welcome.upperBound
            var supervised = false
            while end < s.count, !isEnd(s[end]) {
                if s[end] == "监", end + 1 < s.count, s[end + 1] == "督" { supervised = true }
                end += 1
            }
            if supervised { return start..<min(end + 1, s.count) }
            from = end
        }
        return nil
    }

    /// Five to seven digits at the end of an address after a space: a postcode written without its
    /// label (a wrong number of digits is then `contact/postcode`'s to report).
    private static func trailingPostcode(_ value: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        var start = value.endIndex
        while start > value.startIndex, StatedWorkdays.digitValue(value[start - 1]) != nil { start -= 1 }
        let count = value.endIndex - start
        guard (5...7).contains(count), start > value.startIndex, value[start - 1] == " " || value[start - 1] == "\u{3000}"
        else { return nil }
        return start..<value.endIndex
    }

    /// Gives each postcode of a field of its own to the nearest address before it that has none
    /// (else after it); a postcode with no such address stays a contact of its own.
    private static func attachingPostcodes(_ contacts: [Contact]) -> [Contact] {
        var contacts = contacts
        var index = 0
        while index < contacts.count {
            guard contacts[index].kind == .postcode else {
                index += 1
                continue
            }
            let free = contacts.indices.filter { contacts[$0].kind == .postalAddress && contacts[$0].postcode == nil }
            if let owner = free.last(where: { $0 < index }) ?? free.first(where: { $0 > index }) {
                contacts[owner].postcode = contacts[index].postcode
                contacts.remove(at: index)
            } else {
                index += 1
            }
        }
        return contacts
    }

    private static func contacts(in subject: PatternSubject, range: (Range<Int>) -> SourceRange) -> [Contact] {
        var found: [Contact] = []
        let scalars = subject.scalars
        func text(_ offsets: Range<Int>) -> String { String(scalars: scalars[offsets]) }
        for number in PhoneFieldReader.numbers(in: scalars) {
            found.append(Contact(
                kind: .phone, label: text(number.label), value: text(number.value), valueRange: range(number.value),
                hours: number.hours.map { LocatedText(text: text($0), range: range($0)) }, postcode: nil,
                range: range(number.whole)))
        }
        var addressValues: [Range<Int>] = []
        for match in subject.all(postal) {
            guard let label = match[1], let value = match[3] else { continue }
            let isInstruction = KeywordText(label.text).contains("寄")
            guard isInstruction || match[2]?.text.isEmpty == false else { continue }
            let valueSubject = PatternSubject(value.text)
            // The address runs to its postcode or to the next field, without the punctuation before it.
            var length = valueSubject.scalars.count
            for stop in [postcodeStart, nextField] {
                if let cut = valueSubject.first(stop) { length = min(length, cut.range.lowerBound) }
            }
            while length > 0, "，,、：: ".unicodeScalars.contains(valueSubject.scalars[length - 1]) { length -= 1 }
            var code: LocatedText? = nil
            if let postcodeMatch = valueSubject.first(postcode), let digits = postcodeMatch[1] {
                let offsets = (value.range.lowerBound + digits.range.lowerBound)..<(value.range.lowerBound + digits.range.upperBound)
                code = LocatedText(text: digits.text, range: range(offsets))
                addressValues.append(value.range)
            } else if let digits = Self.trailingPostcode(valueSubject.scalars[..<length]) {
                // `邮寄地址：长春市某某路1号 130102`: digits after a space at the end are the postcode.
                let offsets = (value.range.lowerBound + digits.lowerBound)..<(value.range.lowerBound + digits.upperBound)
                code = LocatedText(text: String(scalars: valueSubject.scalars[digits]), range: range(offsets))
                length = digits.lowerBound
                while length > 0, valueSubject.scalars[length - 1] == " " || valueSubject.scalars[length - 1] == "\u{3000}" {
                    length -= 1
                }
            }
            let addressRange = value.range.lowerBound..<(value.range.lowerBound + length)
            found.append(Contact(
                kind: .postalAddress, label: label.text, value: String(scalars: valueSubject.scalars[..<length]),
                valueRange: range(addressRange), hours: nil, postcode: code, range: range(match.range)))
        }
        // A postcode in a field of its own (`；邮政编码：130102；`) belongs to the address before it:
        // `interpret` attaches it once every paragraph is read.
        for match in subject.all(postcode) where !addressValues.contains(where: { $0.contains(match.range.lowerBound) }) {
            guard let digits = match[1] else { continue }
            found.append(Contact(
                kind: .postcode, label: String(scalars: scalars[match.range.lowerBound..<(match.range.lowerBound + 2)]) == "邮编" ? "邮编" : "邮政编码",
                value: digits.text, valueRange: range(digits.range), hours: nil,
                postcode: LocatedText(text: digits.text, range: range(digits.range)), range: range(match.range)))
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
}
