import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// A small, sound notice whose closing is given; for the `contact/*` tests.
private func contactNotice(closing: String?) -> String {
    var text = """
        ---
        title: 中共某某区委员会关于市委巡察整改进展情况的通报
        issuer: 中共某某区委员会
        date: 2025-03-07
        ---

        根据市委统一部署，2023年9月12日至11月20日，市委第三巡察组对某某区开展了常规巡察。2024年1月30日，市委巡察组向某某区委反馈了巡察意见。现将巡察整改进展情况予以公布。

        ## 一、区委履行整改主体责任情况

        （一）提高政治站位。区委召开常委会会议专题研究部署整改工作。

        ## 二、巡察反馈问题整改落实情况

        一是加强理论学习。组织专题学习12次。

        ## 三、需长期整改事项进展情况

        （一）持续推进产业转型。正文内容。

        ## 四、下一步工作打算

        （一）巩固整改成效。正文内容。

        """
    if let closing { text += "\n" + closing + "\n" }
    return text
}

/// The findings of the `contact/*` rules for a closing marked with `1️⃣` ….
private func contactFindings(_ closing: String?, rule: String) -> (findings: [Diagnostic], marked: MarkedText) {
    let marked = MarkedText(contactNotice(closing: closing))
    return (Checker().check(Fixtures.load(marked.text)).filter { $0.rule == rule }, marked)
}

@Suite struct ContactRulesTests {
    @Test func referenceNoticeHasNoContactFinding() throws {
        let findings = Checker().check(try Fixtures.referenceNotice()).filter { $0.rule.hasPrefix("contact/") }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func referenceNoticeHasNoErrorOfTheContactOrTypographyGroups() throws {
        let errors = Checker().check(try Fixtures.referenceNotice()).filter {
            $0.severity == .error && ($0.rule.hasPrefix("contact/") || $0.rule.hasPrefix("typography/"))
        }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
    }

    // MARK: - contact/missing

    @Test func closingWithoutContactsIsReportedAtItsStart() throws {
        let (findings, marked) = contactFindings(
            "1️⃣欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：2025年3月7日至3月27日（15个工作日）。", rule: "contact/missing")
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .error)
        #expect(finding.range.start == marked[1])
    }

    @Test func noticeWithoutClosingIsReportedAtTheEnd() throws {
        let (findings, marked) = contactFindings(nil, rule: "contact/missing")
        let finding = try #require(findings.first)
        #expect(finding.message.contains("the notice gives no contact channel"))
        #expect(finding.range.start == SourceText(string: marked.text, path: "t.md").endLocation)
    }

    @Test(arguments: [
        "联系电话：0431-80798040。", "邮寄地址：吉林省长春市某某路1号（邮编：130102）。", "电子邮箱：xcb@163.com。",
        "网址：http://www.example.gov.cn。",
    ])
    func anyChannelIsEnough(_ contact: String) {
        let (findings, _) = contactFindings("欢迎广大干部群众进行监督。公开期限：2025年3月7日至3月27日（15个工作日）。\(contact)", rule: "contact/missing")
        #expect(findings.isEmpty)
    }

    // MARK: - contact/phone

    @Test(arguments: [
        "0431-80798040", "010-12345678", "0431-8079804", "043180798040", "01012345678", "0431 80798040",
        "0431－80798040", "0431—80798040", "０４３１-８０７９８０４０", "0431-80798040-123", "0431-8079-8040",
        "13812345678", "138 1234 5678", "19912345678", "12388", "12345", "110", "80798040", "8079804",
        "400-123-4567", "8001234567",
    ])
    func validPhoneNumbers(_ number: String) {
        #expect(PhoneNumberRule.problem(in: number) == nil)
    }

    @Test(arguments: [
        ("0431-807980401", "has 9 digits after the area code"),
        ("0431-807980", "has 6 digits after the area code"),
        ("04311-80798040", "the area code `04311`"),
        ("00431-80798040", "has 5 digits"),
        ("0031-80798040", "no area code"),
        ("431-80798040", "the area code `431` of `431-80798040` does not start with 0"),
        ("0431-80798040-123456", "an extension has 1 to 5"),
        ("1381234567", "has 10 digits; a mobile number has 11"),
        ("138123456789", "has 12 digits"),
        ("12012345678", "is no mobile number"),
        ("138-1234-567", "has 10 digits; a mobile number has 11"),
        ("123456", "has 6 digits"),
        ("043180798", "has 9 digits; with its area code a landline has 10 to 12"),
        ("0431807980401", "has 13 digits"),
        ("807980", "has 6 digits; a local number has 7 or 8"),
        ("807980401", "has 9 digits; a local number has 7 or 8"),
    ])
    func invalidPhoneNumbers(_ number: String, _ expected: String) throws {
        let problem = try #require(PhoneNumberRule.problem(in: number))
        #expect(problem.contains(expected), "\(problem)")
    }

    @Test func phoneFindingCoversTheNumber() throws {
        let (findings, marked) = contactFindings(
            "欢迎监督。公开期限：2025年3月7日至3月27日（15个工作日）。联系电话：1️⃣0431-8079804012️⃣（工作日8:30-17:00）、0431-80798041。",
            rule: "contact/phone")
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.range.start == marked[1])
        #expect(finding.range.end == marked[2])
        #expect(finding.message == "the phone number `0431-807980401` has 9 digits after the area code; a local number has 7 or 8")
    }

    // MARK: - contact/hours

    @Test(arguments: [
        "工作日8:30-17:00", "周一至周五 8:30—12:00，14:00—17:30", "9:00至17:00", "上午8:30-11:30，下午14:00-17:00",
        "上午8:30-11:30，下午2:00-5:00", "工作日8：30－17：00", "8:30～17:00", "8:30~17:00", "８:３０-17:00", "工作日",
        "早8:00—晚20:00", "8时30分至17时", "工作日上午9时至下午5时", "0:00-24:00", "9:00到17:00",
    ])
    func validOfficeHours(_ hours: String) {
        #expect(OfficeHoursRule.problems(in: hours).isEmpty, "\(OfficeHoursRule.problems(in: hours))")
    }

    @Test(arguments: [
        ("工作日8:30-25:00", "`25:00`, which is no time of day: hours run from 0 to 24", 8..<13),
        ("8:70-17:00", "`8:70`, which is no time of day: minutes run from 0 to 59", 0..<4),
        ("8:3-17:00", "minutes take two digits", 0..<3),
        ("24:30-8:00", "hours run from 0 to 24", 0..<5),
        ("17:00-8:30", "end at `8:30`, which is not after their start `17:00`", 6..<10),
        ("下午5:00-上午9:00", "not after their start", 9..<13),
        ("工作日8:30-17", "end at `17`, which is no time; write `17:00`", 8..<10),
        ("工作日9:00起", "give `9:00` with no end time", 3..<7),
    ])
    func invalidOfficeHours(_ hours: String, _ expected: String, _ offsets: Range<Int>) throws {
        let problems = OfficeHoursRule.problems(in: hours)
        #expect(problems.count == 1, "\(problems)")
        let problem = try #require(problems.first)
        #expect(problem.message.contains(expected), "\(problem.message)")
        #expect(problem.offsets == offsets)
    }

    @Test func hoursFindingPointsAtTheTimeAcrossASoftBreak() throws {
        let (findings, marked) = contactFindings(
            "欢迎监督。公开期限：2025年3月7日至3月27日（15个工作日）。联系电话：0431-80798040（工作\n日8:30-1️⃣25:00）。",
            rule: "contact/hours")
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .warning)
        #expect(finding.range.start == marked[1])
    }

    // MARK: - contact/postcode

    @Test(arguments: ["130102", "１３０１０２", "100000"])
    func validPostcodes(_ code: String) {
        #expect(PostcodeRule.problem(in: code) == nil)
    }

    @Test(arguments: [("13010", "has 5 digits"), ("1301022", "has 7 digits"), ("1", "has 1 digit;"), ("１３０１０", "has 5 digits")])
    func invalidPostcodes(_ code: String, _ expected: String) throws {
        let problem = try #require(PostcodeRule.problem(in: code))
        #expect(problem.contains(expected), "\(problem)")
    }

    // MARK: - contact/email

    @Test(arguments: [
        "ccnaxsxczgzb@163.com", "jubao@example.gov.cn", "a.b-c_d+e@mail.example.cn", "XCB2024@jl.gov.cn",
        "jjjc@sina.com.cn",
    ])
    func validEmailAddresses(_ address: String) {
        #expect(EmailAddressRule.problem(in: address) == nil)
        #expect(EmailAddressRule.problem(in: address, followedBy: "。") == nil)
        #expect(EmailAddressRule.problem(in: address, followedBy: ".") == nil)
        #expect(EmailAddressRule.problem(in: address, followedBy: " 欢迎来信") == nil)
    }

    @Test(arguments: [
        ("abc163.com", "", "has no `@`"),
        ("a@b@163.com", "", "has 2 `@`"),
        ("abc@163com", "", "the domain `163com` of the e-mail address has no dot"),
        ("abc＠163.com", "", "full-width `＠`; write `@`"),
        ("abc@163．com", "", "full-width `．` in place of `.`"),
        ("abc@163", "。com；", "full-width `。` in place of `.`"),
        ("ａｂｃ@163.com", "", "full-width `ａ`; write `a`"),
        ("abc", " @163.com", "has a space in it"),
        ("abc@", " 163.com", "has a space in it"),
        ("abc@163.com", ".。", "ends with a dot"),
        ("abc@163..com", "", "two dots in a row"),
        ("abc.@163.com", "", "ends with a dot"),
        (".abc@163.com", "", "starts with a dot"),
        ("abc@.163.com", "", "starts with a dot"),
        ("abc@163.com.", "", "ends with a dot"),
        ("@163.com", "", "no name before the `@`"),
        ("abc@", "", "no domain after the `@`"),
        ("张三@163.com", "", "contains `张`"),
        ("abc@163.c", "", "top-level domain"),
        ("abc@-163.com", "", "starts or ends with `-`"),
        ("ab\"c@163.com", "", "contains `\"`"),
    ])
    func invalidEmailAddresses(_ address: String, _ following: String, _ expected: String) throws {
        let problem = try #require(EmailAddressRule.problem(in: address, followedBy: following))
        #expect(problem.message.contains(expected), "\(problem.message)")
    }

    @Test func emailFindingPointsAtTheFullWidthCharacter() throws {
        let (findings, marked) = contactFindings(
            "欢迎监督。公开期限：2025年3月7日至3月27日（15个工作日）。电子邮箱：xcb1️⃣＠163.com；电子信箱：xcb@1632️⃣。com。",
            rule: "contact/email")
        #expect(findings.map(\.range.start) == [marked[1], marked[2]])
    }
}
