import Testing
@testable import PublishCore
@testable import PublishReading

/// Front matter of the plain shape is read without Yams (`PlainFrontMatter`); these tests hold it
/// to composing with Yams' default resolver on inputs at and just past the shape's edges, and check
/// which of them take the shortcut at all.
@Suite struct PlainFrontMatterTests {
    /// Inside the shape: read without Yams.
    static let plain: [String] = [
        "---\ntitle: 关于测试的通知\nissuer: 某某委员会\ndate: 2025-03-07\ntags: [巡视整改, 长春新区]\n---\n正文。\n",
        "---\ntitle: 中共吉林高新区工作委员会关于巡视整改进展情况的通报（0）\nissuer: 委员会\ndate: 2024-09-25\ntags: [巡视整改, 基准]\n---\n\n正文。\n",
        "---\ntitle:   多个空格后的标题\ndate: 2025-03-07\ntags: []\n---\n正文。\n",
        "---\ntitle: e\u{301}\u{301} 组合符\nissuer: 👨‍👩‍👧 委员会\ntags: [  甲  ,乙,   丙 丁]\n---\n正文。\n",
        "---\ntitle: Ａ，Ｂ。全角！？\nissuer: a, b 半角逗号\nslug: 2025/test-1\ndraft: false\n---\n正文。\n",
        "---\ntitle: 通知\nissuer: \u{3000}全角空格\u{3000}\nwritten: 2025-02-28\nindex_number: A 1\npublisher: 某局\ndoc_number: 某发〔2025〕1号\ncategory: 公告\n---\n正文。\n",
        "---\r\ntitle: 关于测试的通知\r\nissuer: 委员会\r\n---\r\n正文。\r\n",
        "---\ntitle: 通知\ndraft: yes\ntags: 单个\n---\n正文。\n",
        "---   \ntitle: 通知\n...\n正文。\n",
    ]

    /// Just outside it (or read with findings): read by Yams, with the same results.
    static let outside: [String] = [
        "---\ntitle: 通知 # 注释\n---\n正文。\n",
        "---\n# 注释\ntitle: 通知\n---\n正文。\n",
        "---\ntitle: \"通知\"\n---\n正文。\n",
        "---\ntitle: 关于\"引号\"的通知\n---\n正文。\n",
        "---\ntitle:\t通知\n---\n正文。\n",
        "---\ntitle: 通知\t\n---\n正文。\n",
        "---\ntitle: 通知 \n---\n正文。\n",
        "---\ntitle:通知\n---\n正文。\n",
        "---\ntitle:\nissuer: 委员会\n---\n正文。\n",
        "---\n title: 通知\n---\n正文。\n",
        "---\ntitle: 通知\n  续行\n---\n正文。\n",
        "---\ntitle: 10:30 开会\n---\n正文。\n",
        "---\ntitle: -1\n---\n正文。\n",
        "---\ntitle: 2025\n---\n正文。\n",
        "---\ntitle: .5\n---\n正文。\n",
        "---\ntitle: ~\n---\n正文。\n",
        "---\ntitle: null\n---\n正文。\n",
        "---\ntitle: 甲\ntitle: 乙\n---\n正文。\n",
        "---\ncolour: red\n---\n正文。\n",
        "---\ndate: 三月七日\n---\n正文。\n",
        "---\nwritten: 2025-02-30\n---\n正文。\n",
        "---\ntags: [甲, , 乙]\n---\n正文。\n",
        "---\ntags: [甲, 乙,]\n---\n正文。\n",
        "---\ntags: [甲, 乙] \n---\n正文。\n",
        "---\ntags: [甲, [乙]]\n---\n正文。\n",
        "---\ntags: [甲, ~]\n---\n正文。\n",
        "---\ntags: [甲, 2025]\n---\n正文。\n",
        "---\ntags: [a: 1]\n---\n正文。\n",
        "---\ntitle: {a: 1}\n---\n正文。\n",
        "---\ntitle: &a 通知\nissuer: *a\n---\n正文。\n",
        "---\ntitle: !!str 2025\n---\n正文。\n",
        "---\ntitle: |\n  多行\n---\n正文。\n",
        "---\ntitle: 通知\u{85}续\n---\n正文。\n",
        "---\ntitle: 通知\u{2028}续\n---\n正文。\n",
        "---\ntitle: 通知\u{FEFF}\n---\n正文。\n",
        "---\ntitle: 通知\u{FFFE}\n---\n正文。\n",
        "---\ntitle: 通知\u{7}\n---\n正文。\n",
        "---\ntitle: a\\b\n---\n正文。\n",
        "---\n\ntitle: 通知\n---\n正文。\n",
        "---\n---\n正文。\n",
        "---\ndraft: maybe\n---\n正文。\n",
        "---\n1: a\n---\n正文。\n",
        "---\ntitle-x: a\n---\n正文。\n",
    ]

    private static func expectReadAsYamsReadsIt(_ file: String) {
        let source = SourceText(string: file, path: "t.md")
        let read = FrontMatterParser.parse(source)
        let reference = FrontMatterParser.parse(source, composing: .defaultResolver)
        #expect(read.frontMatter == reference.frontMatter, "\(file.debugDescription)")
        #expect(read.frontMatter.ranges == reference.frontMatter.ranges, "\(file.debugDescription)")
        #expect(read.lineCount == reference.lineCount, "\(file.debugDescription)")
        #expect(read.diagnostics == reference.diagnostics, "\(file.debugDescription)")
    }

    /// Whether the file's front matter takes the shortcut (and reads without findings).
    private static func takesTheShortcut(_ file: String) -> Bool {
        let source = SourceText(string: file, path: "t.md")
        guard let closing = source.lines.indices.dropFirst().first(where: {
            let line = source.lines[$0].trimmingTrailingWhitespace()
            return line == "---" || line == "..."
        }) else { return false }
        guard PlainFrontMatter.read(source.lines[1..<closing]) != nil else { return false }
        return FrontMatterParser.parse(source).diagnostics.isEmpty
    }

    @Test(arguments: plain) func plainFrontMatterIsReadAsYamsReadsIt(_ file: String) {
        #expect(Self.takesTheShortcut(file), "\(file.debugDescription)")
        Self.expectReadAsYamsReadsIt(file)
    }

    @Test(arguments: outside) func otherFrontMatterIsReadAsYamsReadsIt(_ file: String) {
        Self.expectReadAsYamsReadsIt(file)
    }

    @Test func theShapesEdgesAreWhereTheyAreMeantToBe() {
        #expect(PlainFrontMatter.read(["title: 通知 # 注释"]) == nil)
        #expect(PlainFrontMatter.read(["title: \"通知\""]) == nil)
        #expect(PlainFrontMatter.read(["title: 通知", "title: 通知"]) == nil)
        #expect(PlainFrontMatter.read(["tags: [甲, , 乙]"]) == nil)
        #expect(PlainFrontMatter.read(["title: 通知\u{2029}"]) == nil)
        let read = PlainFrontMatter.read(["title: 通知", "tags: [甲,  乙 ]"])
        #expect(read?.entries.map(\.key) == ["title", "tags"])
        #expect(read?.entries.last?.valueRange == SourceRange(
            start: SourceLocation(line: 3, column: 7), end: SourceLocation(line: 3, column: 8)))
        #expect(read?.entries.first?.valueRange == SourceRange(
            start: SourceLocation(line: 2, column: 8), end: SourceLocation(line: 2, column: 10)))
    }

    /// Generated front matter of plain lines with a random key order, values and spacing.
    @Test func generatedPlainFrontMatterIsReadAsYamsReadsIt() {
        var generator = SplitMix64(seed: 97)
        let keys = ["title", "issuer", "date", "tags", "slug", "written", "publisher", "doc_number", "category", "draft"]
        let words = ["通知", "委员会", "巡视整改", "e\u{301}", "👩‍👧", "Ａ１", "a b", "（一）", "2025年", "x", "ｱｲ"]
        for _ in 0..<300 {
            var lines: [String] = []
            for key in keys.shuffled(using: &generator).prefix(1 + Int(generator.next() % 6)) {
                let spaces = String(repeating: " ", count: 1 + Int(generator.next() % 3))
                let word = words[Int(generator.next() % UInt64(words.count))]
                switch key {
                case "date", "written": lines.append("\(key):\(spaces)2025-0\(1 + generator.next() % 9)-1\(generator.next() % 9)")
                case "draft": lines.append("\(key):\(spaces)\(generator.next() % 2 == 0 ? "true" : "no")")
                case "tags":
                    let items = (0..<Int(generator.next() % 4)).map { _ in words[Int(generator.next() % UInt64(words.count))] }
                    lines.append("\(key):\(spaces)[\(items.joined(separator: "," + String(repeating: " ", count: Int(generator.next() % 2))))]")
                default: lines.append("\(key):\(spaces)\(word)\(word)")
                }
            }
            Self.expectReadAsYamsReadsIt("---\n" + lines.joined(separator: "\n") + "\n---\n正文。\n")
        }
    }
}
