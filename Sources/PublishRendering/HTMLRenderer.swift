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
        String(decoding: renderUTF8(notice), as: UTF8.self)
    }

    /// The page on its own as UTF-8 bytes.
    public func renderUTF8(_ notice: Notice) -> [UInt8] {
        let css = templates.assets["screen.css"].map { $0 + "\n@media print {\n" + (templates.assets["print.css"] ?? "") + "\n}\n" }
        return renderUTF8(NoticeViewModel(notice: notice, inlineCSS: css))
    }

    public func render(_ model: NoticeViewModel) -> String {
        templates.render(model, template: "notice")
    }

    /// The page as UTF-8 bytes, what the site writes.
    public func renderUTF8(_ model: NoticeViewModel) -> [UInt8] {
        templates.renderUTF8(model, template: "notice")
    }
}
