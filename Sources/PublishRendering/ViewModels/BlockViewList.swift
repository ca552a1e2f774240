import PublishCore
import PublishReading
import PublishRules

/// Blocks as a template list whose elements are looked into where they are.
///
/// Handing a section an element as `.object(block)` boxes a copy of it: a `BlockView` is some two
/// hundred bytes and a dozen references, copied and released for every block of every page. The
/// array and a position, two words, fit in the existential as they are.
struct BlockViewList: TemplateList, TemplateValueConvertible {
    let blocks: [NoticeViewModel.BlockView]

    init(_ blocks: [NoticeViewModel.BlockView]) {
        self.blocks = blocks
    }

    var count: Int { blocks.count }

    var templateValue: TemplateValue { .list(self) }

    func templateElement(at index: Int) -> TemplateValue {
        .object(Element(blocks: blocks, index: index))
    }

    /// The block at `index`, answering lookups from the array.
    struct Element: TemplateFieldObject {
        let blocks: [NoticeViewModel.BlockView]
        let index: Int

        /// Asked of the block where it lies: through the array's subscript the optimiser copied
        /// the whole block (some two hundred bytes and a dozen references) for every lookup.
        func value(of field: TemplateField) -> TemplateValue {
            blocks.withUnsafeBufferPointer { $0[index].value(of: field) }
        }
    }
}
