import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishTestSupport

/// The rules walk the model in place (each block read through its array's buffer) instead of with
/// `NoticeBlock.walk`, which copies every block it visits. Held to `NoticeBlock.walk` here: the
/// same paragraphs, heads with their depths, numbering parents and typography texts, in the same
/// order, for every fixture and for notices whose items sit in lists and quotes.
@Suite struct ModelWalkInPlaceTests {
    /// Items, lists and quotes nested in one another, with CJK, combining marks, emoji, half- and
    /// full-width marks and CRLF line ends.
    static let nested: [String] = [
        """
        ---
        title: 关于整改情况的通报
        issuer: 某委员会
        date: 2024-09-25
        ---

        根据统一部署,现将情况通报如下。

        ## 一、整改情况

        （一）提高认识。全面部署,坚决整改。

        - 列表里的文字：一是加强领导；二是压实责任。
        - （二）列表里的项目
          1. 嵌套的第一项 e\u{301}
          2. 嵌套的第二项 👩‍👩‍👧

        > 引用里的段落,半角逗号。
        >
        > （三）引用里的项目
        >
        > 1、引用里的下一级

        | 列 | 值 |
        | --- | --- |
        | 单元格,中文 | (一) |

        ## 二、下一步

        1. 第一
        2. 第二

        联系电话：0431-12345678。
        """,
        "# 标题\r\n\r\n## 一、部分\r\n\r\n（一）项目\r\n\r\n> - 引用中的列表\r\n>   - （二）更深的项目\r\n\r\n正文,结束。\r\n",
        "",
    ]

    static var notices: [(label: String, loaded: LoadedNotice)] {
        let fixtures = TypographyTextLayoutTests.fixtureFiles.compactMap { file -> (String, LoadedNotice)? in
            guard let data = FileManager.default.contents(atPath: file) else { return nil }
            return (file, Fixtures.load(String(decoding: data, as: UTF8.self), path: file))
        }
        return fixtures + nested.enumerated().map { ("nested \($0.offset)", Fixtures.load($0.element)) }
    }

    /// `notices` and then `extra` (labelled by their place), each with the context the rules read:
    /// the corpus the shortcut tests hold their fast paths to the general code on.
    static func contexts(plus extra: [String]) -> [(label: String, loaded: LoadedNotice, context: CheckContext)] {
        let all = notices + extra.enumerated().map { ("extra \($0.offset)", Fixtures.load($0.element)) }
        return all.map { label, loaded in
            (label, loaded, CheckContext(notice: loaded.notice, source: loaded.source, markdown: loaded.markdown))
        }
    }

    /// `CheckContext.paragraphs` as `NoticeBlock.walk` finds them.
    static func walkedParagraphs(_ notice: Notice) -> [Paragraph] {
        var result = notice.opening.paragraphs
        for section in notice.sections {
            if let body = section.head?.body { result.append(body) }
            NoticeBlock.walk(section.children) { block, _ in
                switch block {
                case .paragraph(let paragraph): result.append(paragraph)
                case .item(let item): if let body = item.head.body { result.append(body) }
                default: break
                }
            }
        }
        return result + (notice.closing?.paragraphs ?? [])
    }

    /// `CheckContext.heads` as `NoticeBlock.walk` finds them, with its depths.
    static func walkedHeads(_ notice: Notice) -> [(ItemHead, Int)] {
        var result: [(ItemHead, Int)] = []
        for section in notice.sections {
            if let head = section.head { result.append((head, 0)) }
            NoticeBlock.walk(section.children, depth: 1) { block, depth in
                if case .item(let item) = block { result.append((item.head, depth)) }
            }
        }
        return result
    }

    /// The numbering parents as `NoticeBlock.walk` finds them: each section, then its items at
    /// every depth, each with the ordinals of the numbered items directly under it.
    static func walkedParents(_ notice: Notice) -> [(ordinal: Ordinal?, level: Ordinal.Level?, numbered: [Ordinal])] {
        func numbered(_ blocks: [NoticeBlock]) -> [Ordinal] { blocks.compactMap { $0.item?.head.ordinal } }
        var result: [(Ordinal?, Ordinal.Level?, [Ordinal])] = []
        for section in notice.sections {
            result.append((section.head?.ordinal, section.head == nil ? nil : .hanzi, numbered(section.children)))
            NoticeBlock.walk(section.children) { block, _ in
                guard case .item(let item) = block else { return }
                result.append((item.head.ordinal, item.head.ordinal?.level, numbered(item.children)))
            }
        }
        return result
    }

    @Test func theInPlaceWalksFindWhatNoticeBlockWalkFinds() {
        let notices = Self.notices
        #expect(notices.count > 100)
        var heads = 0
        var containers = 0
        for (label, loaded) in notices {
            let context = CheckContext(notice: loaded.notice, source: loaded.source, markdown: loaded.markdown)
            #expect(context.paragraphs == Self.walkedParagraphs(loaded.notice), "\(label)")
            let walkedHeads = Self.walkedHeads(loaded.notice)
            #expect(context.heads.map(\.head) == walkedHeads.map(\.0), "\(label)")
            #expect(context.heads.map(\.depth) == walkedHeads.map(\.1), "\(label)")
            heads += walkedHeads.count
            let parents = NumberingRules.parents(loaded.notice)
            let walkedParents = Self.walkedParents(loaded.notice)
            #expect(parents.map(\.ordinal) == walkedParents.map(\.ordinal), "\(label)")
            #expect(parents.map(\.level) == walkedParents.map(\.level), "\(label)")
            #expect(parents.map(\.numberedOrdinals) == walkedParents.map(\.numbered), "\(label)")
            // The typography texts, one per block in walk order, against the reference texts.
            let layout = TypographyRules.layout(context)
            let reference = TypographyText.texts(context)
            #expect(layout.texts.count == reference.count, "\(label)")
            for (text, expected) in zip(layout.texts, reference) {
                #expect(layout.scalars(of: text) == expected.scalars, "\(label)")
            }
            for section in loaded.notice.sections {
                NoticeBlock.walk(section.children) { block, _ in
                    switch block {
                    case .list, .quote: containers += 1
                    default: break
                    }
                }
            }
        }
        #expect(heads > 500)
        // Lists and quotes, whose blocks the walks enter, are among them.
        #expect(containers > 0)
    }
}
