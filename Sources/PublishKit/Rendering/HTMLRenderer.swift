/// Renders one notice as an HTML page through the `notice` template.
public struct HTMLRenderer: Sendable {
    public var templates: TemplateLibrary

    public init(templates: TemplateLibrary) {
        self.templates = templates
    }

    public func render(_ notice: Notice, assetsPath: String = "assets") -> String {
        templates.render(NoticeViewModel(notice: notice, assetsPath: assetsPath), template: "notice")
    }
}
