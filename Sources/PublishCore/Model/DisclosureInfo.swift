/// The 信息公开 metadata of a notice as government disclosure platforms show it above the text:
/// 索引号, 发布机构, 成文日期, 文号, 主题分类 (the 发布日期 is the front matter's `date`). Every
/// field is optional; the front matter keys are `index_number`, `publisher`, `written`,
/// `doc_number` and `category`.
public struct DisclosureInfo: Hashable, Sendable, Codable {
    /// 索引号, e.g. `11220100MB1234567X/2025-00012`.
    public var indexNumber: String?
    /// 发布机构 (when it differs from the issuer, or to name it as the platform does).
    public var publisher: String?
    /// 成文日期 (the day the document was signed).
    public var written: CalendarDate?
    /// 文号, e.g. `某巡办〔2025〕3号`.
    public var docNumber: String?
    /// 主题分类, e.g. `综合政务/监察`.
    public var category: String?

    public init(
        indexNumber: String? = nil, publisher: String? = nil, written: CalendarDate? = nil, docNumber: String? = nil,
        category: String? = nil
    ) {
        self.indexNumber = indexNumber
        self.publisher = publisher
        self.written = written
        self.docNumber = docNumber
        self.category = category
    }

    /// True when the front matter gave none of them.
    public var isEmpty: Bool {
        indexNumber == nil && publisher == nil && written == nil && docNumber == nil && category == nil
    }
}
