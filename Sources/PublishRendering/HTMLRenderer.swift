import PublishCore
import PublishReading
import PublishRules

/// Renders one notice as an HTML page through the `notice` template.
public struct HTMLRenderer: Sendable {
    public var templates: TemplateLibrary

    public init(templates: TemplateLibrary) {
        self.templates = templates
    }

    /// A page on its own (`publish render`): the stylesheets go inline, there is no site around it.
    public func render(_ notice: Notice) -> String {
        let css = templates.assets["screen.css"].map { $0 + "\n@media print {\n" + (templates.assets["print.css"] ?? "") + "\n}\n" }
        return render(NoticeViewModel(notice: notice, inlineCSS: css))
    }

    public func render(_ model: NoticeViewModel) -> String {
        templates.render(model, template: "notice")
    }
}
