import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// Page furniture is recognised as whole lines only: notice text that names 来源, 时间 or 打印 stays.
@Suite struct PageFurnitureTests {
    @Test(arguments: [
        ("当前位置：首页 > 信息公开", PageFurniture.Kind.breadcrumb),
        ("首页>>巡察工作>>整改公开", .breadcrumb),
        ("发布时间:2024-07-26 来源:区委巡察办", .publicationDetails),
        ("来源：中共某某区委巡察工作领导小组办公室", .publicationDetails),
        ("索引号：11220100/2024-00123", .publicationDetails),
        ("【字体：大 中 小】", .pageTools),
        ("分享到：微信 微博 QQ空间", .pageTools),
        ("【打印本页】【关闭窗口】", .pageTools),
        ("下一篇：关于某某的通知", .articleNavigation),
    ])
    func furniture(_ line: String, _ kind: PageFurniture.Kind) {
        #expect(PageFurniture.recognise(line)?.kind == kind)
    }

    @Test(arguments: [
        "根据省委统一部署,2023年9月12日至11月20日,省委第八巡视组对长春新区开展了常规巡视。",
        "欢迎广大干部群众对巡视整改落实情况进行监督。公开期限:2025年3月7日至3月27日(15个工作日)。",
        "一、党工委履行整改主体责任情况", "中共某某区委员会", "2024年7月26日", "大中小学校园安全整治",
        "时间紧、任务重,全区上下共同打印发放宣传材料", "关闭违规企业12家", "来源于群众的意见建议",
    ])
    func notFurniture(_ line: String) {
        #expect(PageFurniture.recognise(line) == nil)
    }

    @Test func aBareDateIsFurnitureOnlyWhereAllowed() {
        #expect(
            PageFurniture.recognise("（2024年7月26日）", dateLineAllowed: true)
                == .init(kind: .dateLine, date: CalendarDate(year: 2024, month: 7, day: 26)))
        #expect(
            PageFurniture.recognise("2024-07-26 10:30", dateLineAllowed: true)?.date
                == CalendarDate(year: 2024, month: 7, day: 26))
        #expect(PageFurniture.recognise("2024年7月26日") == nil)
    }

    @Test(
        arguments: [
            ("关于巡察整改进展情况的通报(2024-07-26)", "关于巡察整改进展情况的通报", "2024-07-26"),
            ("关于巡察整改进展情况的通报 [2024/7/26]", "关于巡察整改进展情况的通报", "2024-07-26"),
            ("关于巡察整改进展情况的通报 2024-07-26", "关于巡察整改进展情况的通报", "2024-07-26"),
            ("关于巡察整改进展情况的通报", "关于巡察整改进展情况的通报", nil),
            ("(2024-07-26)", "(2024-07-26)", nil),
        ] as [(String, String, String?)])
    func dateSuffixes(_ line: String, _ title: String, _ date: String?) {
        let split = PageFurniture.splitDateSuffix(line)
        #expect(split.text == title)
        #expect(split.date?.description == date)
    }
}
