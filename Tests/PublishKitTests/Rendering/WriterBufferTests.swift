import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// The writers that append into one byte buffer, against the text they must write.
struct WriterBufferTests {
    @Test(arguments: [
        (0, "0"), (7, "7"), (10, "10"), (99, "99"), (100, "100"), (1234, "1234"), (-5, "-5"), (-120, "-120"),
        (Int.max, "9223372036854775807"), (Int.min, "-9223372036854775808"),
    ])
    func decimalDigits(value: Int, text: String) {
        var rewriter = UTF8Rewriter(capacity: 0)
        rewriter.append("x=")
        rewriter.append(decimal: value)
        #expect(rewriter.string == "x=" + text)
        var json = JSONWriter(pretty: false)
        json.int(value)
        #expect(json.text == text)
    }

    /// The compact layout of a range written in one go is the general path's, inside any container.
    @Test(arguments: [
        (SourceRange(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 9)),
         #"{"end":{"column":9,"line":1},"start":{"column":1,"line":1}}"#),
        (SourceRange(start: SourceLocation(line: 120, column: 37), end: SourceLocation(line: 1305, column: 10)),
         #"{"end":{"column":10,"line":1305},"start":{"column":37,"line":120}}"#),
    ])
    func sourceRangeInOneGo(range: SourceRange, json: String) {
        var writer = JSONWriter(pretty: false)
        writer.beginArray()
        writer.sourceRange(range)
        writer.sourceRange(range)
        writer.beginObject()
        writer.field("range", range)
        writer.field("text", "甲")
        writer.endObject()
        writer.endArray()
        #expect(writer.text == "[\(json),\(json),{\"range\":\(json),\"text\":\"甲\"}]")
    }

    @Test func sourceRangePrettyAsNestedObjects() {
        var writer = JSONWriter(pretty: true)
        writer.beginObject()
        writer.field("range", SourceRange(start: SourceLocation(line: 2, column: 3), end: SourceLocation(line: 4, column: 5)))
        writer.endObject()
        #expect(writer.text == """
            {
              "range" : {
                "end" : {
                  "column" : 5,
                  "line" : 4
                },
                "start" : {
                  "column" : 3,
                  "line" : 2
                }
              }
            }
            """)
    }

    /// `hasContent` says whether `runContent` leaves anything.
    @Test(arguments: ["", "甲", "\u{0}\u{1F}\u{FFFE}", "\u{85}", "\u{85}\n", "\t", "\u{7F}a", "\u{FFFF}\u{9F}"])
    func hasContentAgreesWithRunContent(text: String) {
        #expect(WordText.hasContent(text) == !WordText.runContent(text).isEmpty)
    }

    /// A run with nothing printable leaves no trace in the buffer, properties included.
    @Test func emptyRunWritesNothing() {
        var run = WordRun("\u{0}\u{FFFE}", style: .measureLead)
        run.bold = true
        var xml = UTF8Rewriter(capacity: 0)
        xml.append("<w:p>")
        run.append(to: &xml)
        #expect(xml.string == "<w:p>")
        run.text = "甲<"
        #expect(run.xml == #"<w:r><w:rPr><w:rStyle w:val="GwMeasureLead"/><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">甲&lt;</w:t></w:r>"#)
    }

    @Test(arguments: [
        (WordIndent(), ""),
        (WordIndent(left: 2), #"<w:ind w:left="630" w:leftChars="200"/>"#),
        (WordIndent(right: 0, firstLine: 2), #"<w:ind w:right="0" w:rightChars="0" w:firstLine="630" w:firstLineChars="200"/>"#),
    ])
    func indentAttributes(indent: WordIndent, xml: String) {
        #expect(indent.xml == xml)
        #expect(indent.isEmpty == xml.isEmpty)
    }

    /// Blocks handed to a section are looked up in place, as the blocks themselves answer.
    @Test func blockViewListAnswersAsItsBlocks() {
        var first = NoticeViewModel.BlockView()
        first.isParagraph = true
        first.bodyHTML = "<p>甲</p>"
        var second = NoticeViewModel.BlockView()
        second.isSection = true
        second.id = "s2"
        second.children = [first]
        let list = BlockViewList([first, second])
        #expect(list.count == 2)
        guard case .object(let element) = list.templateElement(at: 1) else {
            Issue.record("not an object")
            return
        }
        guard case .text(let id) = element.value(named: "id") else {
            Issue.record("no id")
            return
        }
        #expect(id == "s2")
        guard case .list(let children) = element.value(named: "children"),
            case .object(let child) = children.templateElement(at: 0),
            case .text(let html) = child.value(named: "bodyHTML")
        else {
            Issue.record("no child")
            return
        }
        #expect(html == "<p>甲</p>")
        guard case .missing = element.value(named: "nothing") else {
            Issue.record("a name that is not there")
            return
        }
    }
}
