import PublishCore
import PublishReading

/// Reports a notice whose closing gives no way to reach the issuer: no phone number, postal
/// address, e-mail address or website.
///
/// The notice asks the public to supervise the rectification; without a channel for opinions the
/// invitation is empty, and the inspection rules require the contacts to be published. Contacts are
/// recognised by their labels (`联系电话`, `邮寄地址`, `电子邮箱`, `网址` …).
///
/// Example: `欢迎广大干部群众对巡视整改落实情况进行监督。公开期限：……。` and nothing more.
package struct MissingContactRule: Rule {
    package let descriptor = RuleDescriptor(id: "contact/missing", severity: .error)

    package func check(_ context: CheckContext) -> [Finding] {
        let notice = context.notice
        // An empty notice is reported once, by structure/missing-part.
        guard notice.closing != nil || !notice.sections.isEmpty || !notice.opening.paragraphs.isEmpty else { return [] }
        guard notice.closing?.contacts.isEmpty ?? true else { return [] }
        let at = notice.closing?.range.map { SourceRange(at: $0.start) } ?? SourceRange(at: context.source.endLocation)
        let message = notice.closing == nil
            ? Message("contact.missing.notice")
            : Message("contact.missing.closing")
        return [Finding(
            message, at: at,
            notes: [Message("contact.missing.note")],
            fix: Message("contact.missing.fix"))]
    }
}
