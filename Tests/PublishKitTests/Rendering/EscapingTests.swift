import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// The byte-level escapers against what each character must become.
struct EscapingTests {
    @Test(arguments: [
        ("", ""),
        ("整改", "整改"),
        ("a<b>&\"c'", "a&lt;b&gt;&amp;&quot;c&#39;"),
        ("前\u{0}后", "前\u{FFFD}后"),
        ("</script><!--", "&lt;/script&gt;&lt;!--"),
        ("𠀀😀\u{85}\u{FFFE}", "𠀀😀\u{85}\u{FFFE}"),
        ("末尾&", "末尾&amp;"),
    ])
    func htmlEscapesFiveCharactersAndNul(text: String, escaped: String) {
        #expect(HTMLEscaping.escape(text) == escaped)
    }

    @Test(arguments: [
        ("", ""),
        ("整改\u{85}完成", "整改完成"),
        ("\u{80}\u{9F}\u{A0}", "\u{A0}"),
        ("\u{FFFD}\u{FFFE}\u{FFFF}\u{FFFC}", "\u{FFFD}\u{FFFC}"),
        ("a\u{7F}b\u{1B}c", "abc"),
        ("<&>'\"", "&lt;&amp;&gt;&apos;&quot;"),
        ("行\n行\r行\t行", "行 行 行 行"),
        ("𠀀\u{C2}", "𠀀\u{C2}"),
    ])
    func wordTextDropsWhatXMLCannotHold(text: String, escaped: String) {
        #expect(WordText.escape(text) == escaped)
    }

    @Test(arguments: [
        ("\u{85}\n\u{85}", "<w:br/>"),
        ("\r\n\r\n", "<w:br/><w:br/>"),
        ("\n\r", "<w:br/><w:br/>"),
        ("甲&\t乙", "<w:t xml:space=\"preserve\">甲&amp;</w:t><w:tab/><w:t xml:space=\"preserve\">乙</w:t>"),
    ])
    func runContentSplitsAtBreaksAndTabs(text: String, xml: String) {
        #expect(WordText.runContent(text) == xml)
    }
}
