import PublishCore
import PublishReading

/// Reports a section or a heading item with nothing under it.
///
/// A heading with no content is a part the author meant to fill in; publishing it tells the public
/// that nothing was done.
///
/// A heading item that is a whole sentence (`### （一）持续推进……，健全长效机制。`) is an item with
/// its text, as 需长期整改 and 下一步 parts write them, not an empty heading.
///
/// Example: `## 三、需长期整改事项进展情况` directly followed by `## 四、……`.
package struct EmptySectionRule: Rule {
    package let descriptor = RuleDescriptor(id: "structure/empty-section", severity: .error)

    package func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        func isEmpty(_ head: ItemHead?, children: [NoticeBlock]) -> Bool {
            guard children.allSatisfy(Self.isHTML) else { return false }
            guard let head else { return true }
            return head.form != .runIn || (head.body?.plain.isEmpty ?? true)
        }
        // The items at every depth, in the order of `NoticeBlock.walk`, read where they are.
        func walk(_ blocks: [NoticeBlock]) {
            blocks.withUnsafeBufferPointer { blocks in
                for index in blocks.indices {
                    switch blocks[index] {
                    case .item(let item):
                        // The cheap tests first: a head that is not run-in is empty when its children
                        // are (`isEmpty`), which reads their kinds.
                        if item.head.form != .runIn, item.children.allSatisfy(Self.isHTML), !Self.isSentence(item.head) {
                            findings.append(Finding(
                                Message("structure.empty-item", item.head.plain), at: item.head.textRange,
                                fix: Message("structure.empty-item.fix")))
                        }
                        walk(item.children)
                    case .list(let items, _): for item in items { walk(item) }
                    case .quote(let children, _): walk(children)
                    case .paragraph, .table, .code, .html, .thematicBreak: break
                    }
                }
            }
        }
        for section in context.notice.sections {
            if isEmpty(section.head, children: section.children) {
                findings.append(Finding(
                    Message("structure.empty-section", section.head?.plain ?? ""), at: section.headRange,
                    fix: Message("structure.empty-section.fix")))
            }
            walk(section.children)
        }
        return findings
    }

    /// Whether a heading's text is a sentence of its own: it ends with `。`, `！` or `？`.
    /// Whether `block` is inline HTML (a comment, most often), which leaves a part empty.
    private static func isHTML(_ block: NoticeBlock) -> Bool {
        if case .html = block { true } else { false }
    }

    package static func isSentence(_ head: ItemHead) -> Bool {
        // The last scalar of the lead's text is that of its last run with text: no string joined.
        guard let run = head.lead.runs.last(where: { !$0.text.isEmpty }), let last = run.text.unicodeScalars.last else {
            return false
        }
        return "。！？!?".unicodeScalars.contains(last)
    }
}
