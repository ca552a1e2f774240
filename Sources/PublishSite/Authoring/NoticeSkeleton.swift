import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The notice `publish new` writes: front matter with today's date, then every part a notice
/// needs — opening, the four required sections, closing with disclosure period and contacts —
/// with a placeholder `【待填写：……】` wherever the author has to write.
///
/// The skeleton is written the way the standard wants it (full-width punctuation, `一、` › `（一）`,
/// `一是`), so that `fmt` has nothing to change in it and the author copies the right forms. Each
/// required section heading keeps the words its role is recognised by; what varies between
/// notices is a placeholder. Until every placeholder is filled in, `check` fails.
public struct NoticeSkeleton: Sendable {
    public var title: String?
    public var issuer: String?
    /// The publication date (`publish new` gives today in Asia/Shanghai).
    public var date: CalendarDate

    public init(title: String? = nil, issuer: String? = nil, date: CalendarDate) {
        self.title = title
        self.issuer = issuer
        self.date = date
    }

    /// The whole file.
    public var markdown: String {
        let p = Placeholder.text
        let issuerExample = issuer ?? "中共某某委员会"
        let frontMatter = FrontMatterWriter(entries: [
            .init(key: "title", value: title ?? p("标题，如“\(issuerExample)关于巡视整改进展情况的通报”")),
            .init(key: "issuer", value: issuer ?? p("发文机关，如“中共某某委员会”")),
            .init(key: "date", value: date.description),
        ])
        let body = [
            "根据\(p("部署巡视的党委，如“省委”"))统一部署，\(p("巡视起止日期，如“某年某月某日至某月某日”"))，"
                + "\(p("巡视组，如“省委第一巡视组”"))对\(p("被巡视单位"))开展了\(p("巡视类别，如“常规巡视”"))。"
                + "\(p("反馈日期，如“某年某月某日”"))，\(p("巡视组"))向\(p("被巡视党组织"))反馈了巡视意见。"
                + "按照巡视工作有关要求，现将巡视整改进展情况予以公布。",
            "## 一、\(p("党组织名称"))履行整改主体责任情况",
            "（一）\(p("小标题"))。\(p("正文"))",
            "## 二、巡视反馈问题整改落实情况",
            "### （一）关于\(p("反馈问题所属领域"))方面",
            "一是\(p("整改措施"))。\(p("正文"))",
            "## 三、需长期整改事项进展情况",
            "（一）\(p("长期整改事项"))。\(p("进展情况"))",
            "## 四、下一步工作打算",
            "（一）\(p("工作打算"))。\(p("正文"))",
            "欢迎广大干部群众对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。"
                + "公开期限：\(p("开始日期，如“某年某月某日”"))至\(p("结束日期"))（\(p("工作日数"))个工作日）。"
                + "联系电话：\(p("电话号码，如“0431-80798040”"))（\(p("接听时间，如“工作日8:30-17:00”"))）；"
                + "邮寄地址：\(p("邮寄地址"))（邮编：\(p("邮政编码"))）；电子邮箱：\(p("电子邮箱"))。",
        ]
        return frontMatter.text + "\n" + body.joined(separator: "\n\n") + "\n"
    }
}
