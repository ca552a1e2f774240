import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// Checks the JSON output (`publish render --format json`) against `Schemas/notice.schema.json`
/// with a small validator for the subset of JSON Schema the schema uses, so that a field added,
/// renamed or dropped in the model without the schema following is caught here.
@Suite struct JSONSchemaTests {
    // MARK: - Documents

    static func schema() throws -> SchemaValidator {
        let url = Fixtures.root.appendingPathComponent("Schemas/notice.schema.json")
        return SchemaValidator(schema: try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: url)))
    }

    static func json(_ notice: Notice) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(JSONRenderer().render(notice).utf8))
    }

    /// A notice with every kind of node the model has: title lines, a part with no heading, every
    /// block kind, every inline style, every item head form and ordinal level, measures, and a
    /// `---` closing with a disclosure period and every kind of contact.
    static let richMarkdown = """
        ---
        title: 测试通报
        issuer: 中共某某委员会
        date: 2025-03-07
        slug: notices/rich
        draft: true
        tags: [测试, 巡视整改]
        index_number: 11220100MB1234567X/2025-00012
        publisher: 中共某某委员会巡视工作领导小组办公室
        written: 2025-03-05
        doc_number: 某巡办〔2025〕3号
        category: 综合政务/监察
        ---

        # 中共某某委员会

        # 关于巡视整改进展情况的通报

        根据省委统一部署，2023年9月12日至11月20日，省委第一巡视组对某某单位开展了专项巡视“回头看”。2024年1月30日，省委巡视组向某某单位反馈了巡视意见。现将巡视整改进展情况予以公布。

        这是一段没有标题的正文，含有*强调*、**加粗**、~~删除线~~、`代码`、[链接](https://example.cn)和![图片](https://example.cn/a.png)。\\
        硬换行之后的文字<b>内联</b>。

        ***

        ## 一、党委履行整改主体责任情况

        （一）提高思想认识。一是加强学习。学习内容。二是强化担当。担当内容。

        - 列表项一
        - 列表项二

        > 引用的文字。

        | 左 | 中 | 右 | 无 |
        |:---|:--:|---:|----|
        | a | **b** | c | d |

        ```swift
        let x = 1
        ```

        <!-- 注释 -->

        ### （二）关于某某方面

        1、主动对接国家重大发展战略规划

        （1）细项。正文内容。

        ①圈号项。正文。

        ## 二、巡视反馈重点问题整改落实情况

        (一)半角括号。正文。

        ## 三、需长期整改事项进展情况

        某某事项。

        ## 五、其他事项

        其他。

        ## 四、下一步工作打算

        某某。

        ---

        欢迎广大干部群众对巡视整改落实情况进行监督。公示期：2025年3月7日至3月21日（11个工作日）。联系电话：0431-12345678（工作日8:30-17:00）；邮寄地址：吉林省长春市某某路1号（邮编：130000）；电子信箱：a@b.cn；网址：https://jubao.example.cn。
        """

    // MARK: - The output matches the schema

    @Test func referenceNoticeMatchesSchema() throws {
        let validator = try Self.schema()
        let loaded = try Fixtures.referenceNotice()
        let result = validator.validate(try Self.json(loaded.notice))
        #expect(result.errors.isEmpty, "\(result.errors.prefix(20).joined(separator: "\n"))")
    }

    /// What the rich notice cannot hold besides its own facts: a period given in months, a
    /// disclosure period counted from publication without a label, a postcode with no address.
    static let wordingsMarkdown = """
        ---
        title: 测试通报
        issuer: 中共某某委员会
        date: 2024-05-06
        ---
        根据中央统一部署，2023年11月至2024年1月，中央第二巡视组对某某省开展了常规巡视，并于4月12日反馈了巡视意见。

        ## 一、履行整改主体责任情况

        正文。

        ## 二、需长期整改的事项及下一步工作打算

        正文。

        欢迎监督。请于本通报公布之日起10个工作日内反映。邮政编码：130102。
        """

    @Test func richNoticeMatchesSchema() throws {
        let validator = try Self.schema()
        let loaded = Fixtures.load(Self.richMarkdown)
        var result = validator.validate(try Self.json(loaded.notice))
        #expect(result.errors.isEmpty, "\(result.errors.prefix(20).joined(separator: "\n"))")
        let wordings = validator.validate(try Self.json(Fixtures.load(Self.wordingsMarkdown).notice))
        #expect(wordings.errors.isEmpty, "\(wordings.errors.prefix(20).joined(separator: "\n"))")
        result.coverage.formUnion(wordings.coverage)

        // The notice reaches every part of the schema, so a shape the schema gets wrong cannot
        // hide behind a node the test never produces.
        let reference = validator.validate(try Self.json(try Fixtures.referenceNotice().notice))
        let seen = result.coverage.union(reference.coverage)
        let unseen = validator.coverable().subtracting(seen).sorted()
        #expect(unseen.isEmpty, "never present in the output: \(unseen)")

        // The enumerations the brief of the schema names: every value occurs in the rich notice.
        for name in ["SectionRole", "OrdinalLevel", "ItemHeadForm", "ContactKind", "TextRunKind", "TableAlignment"] {
            let missing = validator.enumValues(of: "#/$defs/\(name)").filter {
                !result.coverage.contains("#/$defs/\(name)=\($0)")
            }
            #expect(missing.isEmpty, "\(name) values never produced: \(missing)")
        }
        // The absent-when-optional cases the coverage above cannot see.
        #expect(loaded.notice.sections.contains { $0.head == nil }, "no section without a heading")
        #expect(loaded.notice.closing?.isExplicit == true)
        #expect(loaded.notice.titleLines.count == 2)
    }

    @Test func schemaDescribesEveryProperty() throws {
        let validator = try Self.schema()
        let undocumented = validator.propertiesWithoutDescription()
        #expect(undocumented.isEmpty, "properties without a description: \(undocumented)")
    }

    // MARK: - The validator can fail

    @Test func unknownKeyIsRejected() throws {
        let validator = try Self.schema()
        var json = try Self.json(try Fixtures.referenceNotice().notice)
        json[path: ["notice"]]?[key: "surprise"] = .bool(true)
        let result = validator.validate(json)
        #expect(result.errors.contains { $0.contains("/notice") && $0.contains("surprise") }, "\(result.errors)")

        // Deep inside a `oneOf` branch too: a run with a style the schema does not know.
        var deep = try Self.json(Fixtures.load("正文**粗**。").notice)
        deep[path: ["notice", "opening", "paragraphs", "0", "segments", "0", "runs", "0"]]?[key: "bold"] = .bool(true)
        #expect(!validator.validate(deep).errors.isEmpty)
    }

    @Test func missingRequiredKeyIsRejected() throws {
        let validator = try Self.schema()
        var json = try Self.json(try Fixtures.referenceNotice().notice)
        json[path: ["notice", "closing"]]?[key: "isExplicit"] = nil
        let result = validator.validate(json)
        #expect(result.errors.contains { $0.contains("/notice/closing") && $0.contains("isExplicit") }, "\(result.errors)")

        var noRange = try Self.json(try Fixtures.referenceNotice().notice)
        noRange[path: ["notice", "sections", "0"]]?[key: "range"] = nil
        #expect(validator.validate(noRange).errors.contains { $0.contains("/notice/sections/0") && $0.contains("range") })
    }

    @Test func wrongValuesAreRejected() throws {
        let validator = try Self.schema()
        let good = try Self.json(try Fixtures.referenceNotice().notice)

        var badEnum = good
        badEnum[path: ["notice", "closing", "contacts", "0"]]?[key: "kind"] = .string("fax")
        #expect(validator.validate(badEnum).errors.contains { $0.contains("/notice/closing/contacts/0/kind") })

        var badType = good
        badType[path: ["notice", "closing"]]?[key: "isExplicit"] = .int(1)
        #expect(!validator.validate(badType).errors.isEmpty)

        // The 信息公开 block: its keys are known, a date is a date.
        let rich = try Self.json(Fixtures.load(Self.richMarkdown).notice)
        #expect(rich[path: ["notice", "frontMatter", "disclosureInfo", "docNumber"]] == .string("某巡办〔2025〕3号"))
        #expect(validator.validate(rich).errors.isEmpty)
        var badInfo = rich
        badInfo[path: ["notice", "frontMatter", "disclosureInfo"]]?[key: "written"] = .string("2025年3月5日")
        #expect(validator.validate(badInfo).errors.contains { $0.contains("/notice/frontMatter/disclosureInfo/written") })
        var extraInfo = rich
        extraInfo[path: ["notice", "frontMatter", "disclosureInfo"]]?[key: "indexNo"] = .string("x")
        #expect(validator.validate(extraInfo).errors.contains { $0.contains("indexNo") })

        var badLine = good
        badLine[path: ["notice", "sections", "0", "range", "start"]]?[key: "line"] = .int(0)
        #expect(!validator.validate(badLine).errors.isEmpty)

        var badDate = good
        badDate[path: ["notice", "frontMatter"]]?[key: "date"] = .string("2025/03/07")
        #expect(!validator.validate(badDate).errors.isEmpty)

        var badVersion = good
        badVersion[key: "schemaVersion"] = .int(1)
        #expect(!validator.validate(badVersion).errors.isEmpty)

        // A block whose `type` names another kind, or no known kind, matches no `oneOf` branch.
        let firstChild = ["notice", "sections", "0", "children", "0"]
        #expect(good[path: firstChild]?[key: "type"] == .string("item"))
        for type in ["thematicBreak", "paragraph", "section"] {
            var retyped = good
            retyped[path: firstChild]?[key: "type"] = .string(type)
            #expect(!validator.validate(retyped).errors.isEmpty, "an item block typed \(type) passed")
        }
        var untyped = good
        untyped[path: firstChild]?[key: "type"] = nil
        #expect(!validator.validate(untyped).errors.isEmpty)

        // The same for a paragraph segment and a role evidence.
        var badSegment = good
        badSegment[path: ["notice", "opening", "paragraphs", "0", "segments", "0"]]?[key: "type"] = .string("measure")
        #expect(!validator.validate(badSegment).errors.isEmpty)
        var badEvidence = good
        badEvidence[path: ["notice", "sections", "0", "roleEvidence"]]?[key: "type"] = .string("position")
        #expect(!validator.validate(badEvidence).errors.isEmpty)
    }

    @Test func validatorRefusesKeywordsItDoesNotKnow() {
        let validator = SchemaValidator(schema: .object(["type": .string("object"), "maxProperties": .int(1)]))
        #expect(validator.validate(.object([:])).errors.contains { $0.contains("maxProperties") })
    }
}

// MARK: - JSON values

/// A decoded JSON document. Booleans and numbers stay apart (`true` is not `1`).
indirect enum JSONValue: Decodable, Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int.self) {
            self = .int(i)
        } else if let d = try? c.decode(Double.self) {
            self = .double(d)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let b): String(b)
        case .int(let i): String(i)
        case .double(let d): String(d)
        case .string(let s): "\"\(s)\""
        case .array(let a): "[\(a.count) items]"
        case .object(let o): "{\(o.keys.sorted().joined(separator: ", "))}"
        }
    }

    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .int: "integer"
        case .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// An object's member; setting nil removes it.
    subscript(key key: String) -> JSONValue? {
        get { if case .object(let o) = self { o[key] } else { nil } }
        set {
            guard case .object(var o) = self else { return }
            o[key] = newValue
            self = .object(o)
        }
    }

    /// The value at a path of object keys and array indices (written as numbers).
    subscript(path path: [String]) -> JSONValue? {
        get {
            guard let first = path.first else { return self }
            return child(first)?[path: Array(path.dropFirst())]
        }
        set {
            guard let first = path.first else {
                if let newValue { self = newValue }
                return
            }
            guard var inner = child(first) else { return }
            inner[path: Array(path.dropFirst())] = newValue
            switch self {
            case .object(var o):
                o[first] = inner
                self = .object(o)
            case .array(var a):
                a[Int(first)!] = inner
                self = .array(a)
            default: break
            }
        }
    }

    private func child(_ step: String) -> JSONValue? {
        switch self {
        case .object(let o): o[step]
        case .array(let a): Int(step).flatMap { a.indices.contains($0) ? a[$0] : nil }
        default: nil
        }
    }
}

// MARK: - The validator

/// Validates JSON against a JSON Schema, for the subset `notice.schema.json` uses: `type`,
/// `properties`, `required`, `additionalProperties` (false or a schema), `items`, `enum`, `const`,
/// `$ref` to `#/$defs/…`, `oneOf`, `anyOf`, `minimum`, `pattern`. Annotations (`$schema`, `$id`,
/// `title`, `description`, `$defs`) are skipped; any other keyword is reported as an error, so the
/// schema cannot lean on a rule this validator would silently ignore.
struct SchemaValidator {
    let schema: JSONValue

    struct Result {
        /// One line per violation: the instance path, then what is wrong.
        var errors: [String] = []
        /// Schema locations that some value reached: `#/…/properties/name` for each property
        /// present, `#/…/oneOf/2` for each branch that matched, `#/$defs/Kind=value` for each enum
        /// value seen.
        var coverage: Set<String> = []
    }

    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs", "$comment"]
    static let keywords: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "$ref", "oneOf",
        "anyOf", "minimum", "pattern",
    ]

    func validate(_ instance: JSONValue) -> Result {
        var result = Result()
        check(instance, schema, at: "", schemaPath: "#", into: &result)
        return result
    }

    private func check(_ value: JSONValue, _ schema: JSONValue, at path: String, schemaPath: String, into result: inout Result) {
        let here = path.isEmpty ? "/" : path
        if case .bool(let allowed) = schema {
            if !allowed { result.errors.append("\(here): no value is allowed here") }
            return
        }
        guard case .object(let s) = schema else {
            result.errors.append("\(schemaPath): a schema must be an object or a boolean")
            return
        }
        for key in s.keys.sorted() where !Self.keywords.contains(key) && !Self.annotations.contains(key) {
            result.errors.append("\(schemaPath): unsupported keyword `\(key)`")
        }

        if case .string(let ref)? = s["$ref"] {
            if let target = resolve(ref) {
                check(value, target, at: path, schemaPath: ref, into: &result)
            } else {
                result.errors.append("\(schemaPath): cannot resolve $ref \(ref)")
            }
        }

        if let type = s["type"] {
            let names: [String] = switch type {
            case .string(let t): [t]
            case .array(let ts): ts.compactMap { if case .string(let t) = $0 { t } else { nil } }
            default: []
            }
            let matches = names.contains { name in
                name == value.typeName || (name == "number" && value.typeName == "integer")
            }
            if !matches {
                result.errors.append("\(here): expected \(names.joined(separator: " or ")), found \(value)")
                return
            }
        }

        if case .array(let options)? = s["enum"] {
            if options.contains(value) {
                if case .string(let text) = value { result.coverage.insert("\(schemaPath)=\(text)") }
            } else {
                result.errors.append("\(here): \(value) is not one of \(options.map(\.description).joined(separator: ", "))")
            }
        }
        if let constant = s["const"], constant != value {
            result.errors.append("\(here): expected \(constant), found \(value)")
        }

        if let minimum = s["minimum"] {
            let bound: Double? = switch minimum {
            case .int(let i): Double(i)
            case .double(let d): d
            default: nil
            }
            let number: Double? = switch value {
            case .int(let i): Double(i)
            case .double(let d): d
            default: nil
            }
            if let bound, let number, number < bound {
                result.errors.append("\(here): \(value) is below the minimum \(minimum)")
            }
        }

        if case .string(let pattern)? = s["pattern"], case .string(let text) = value {
            if let regex = try? Regex(pattern) {
                if !text.contains(regex) { result.errors.append("\(here): \(value) does not match \(pattern)") }
            } else {
                result.errors.append("\(schemaPath): bad pattern \(pattern)")
            }
        }

        if case .object(let members) = value {
            let properties: [String: JSONValue] = if case .object(let p)? = s["properties"] { p } else { [:] }
            if case .array(let required)? = s["required"] {
                for case .string(let name) in required where members[name] == nil {
                    result.errors.append("\(here): required key `\(name)` is missing")
                }
            }
            for name in members.keys.sorted() {
                let member = members[name]!
                let memberPath = "\(path)/\(name)"
                if let sub = properties[name] {
                    result.coverage.insert("\(schemaPath)/properties/\(name)")
                    check(member, sub, at: memberPath, schemaPath: "\(schemaPath)/properties/\(name)", into: &result)
                } else if let additional = s["additionalProperties"] {
                    if additional == .bool(false) {
                        result.errors.append("\(here): unknown key `\(name)`")
                    } else {
                        result.coverage.insert("\(schemaPath)/additionalProperties")
                        check(member, additional, at: memberPath, schemaPath: "\(schemaPath)/additionalProperties", into: &result)
                    }
                }
            }
        }

        if case .array(let elements) = value, let items = s["items"] {
            for (index, element) in elements.enumerated() {
                check(element, items, at: "\(path)/\(index)", schemaPath: "\(schemaPath)/items", into: &result)
            }
        }

        for keyword in ["oneOf", "anyOf"] {
            guard case .array(let branches)? = s[keyword] else { continue }
            var passed: [(Int, Result)] = []
            var closest: Result?
            for (index, branch) in branches.enumerated() {
                var trial = Result()
                check(value, branch, at: path, schemaPath: "\(schemaPath)/\(keyword)/\(index)", into: &trial)
                if trial.errors.isEmpty {
                    passed.append((index, trial))
                } else if closest == nil || trial.errors.count < closest!.errors.count {
                    closest = trial
                }
            }
            if passed.isEmpty {
                result.errors.append("\(here): \(value) matches none of the \(keyword) alternatives at \(schemaPath)")
                result.errors += closest?.errors ?? []
            } else if keyword == "oneOf" && passed.count > 1 {
                result.errors.append("\(here): matches \(passed.count) oneOf alternatives at \(schemaPath), not one")
            } else {
                for (index, trial) in passed {
                    result.coverage.insert("\(schemaPath)/\(keyword)/\(index)")
                    result.coverage.formUnion(trial.coverage)
                }
            }
        }
    }

    /// The schema a `#/…` JSON pointer names.
    func resolve(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#") else { return nil }
        var node = schema
        for step in ref.dropFirst().split(separator: "/") {
            let key = step.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let next = node[key: key] else { return nil }
            node = next
        }
        return node
    }

    /// The string values an `enum` at `pointer` allows.
    func enumValues(of pointer: String) -> [String] {
        guard case .array(let values)? = resolve(pointer)?[key: "enum"] else { return [] }
        return values.compactMap { if case .string(let s) = $0 { s } else { nil } }
    }

    /// Every place of the schema a valid document can reach: each property, each `oneOf` branch,
    /// each `additionalProperties` schema.
    func coverable() -> Set<String> {
        var places: Set<String> = []
        func walk(_ node: JSONValue, _ pointer: String) {
            guard case .object(let s) = node else { return }
            if case .object(let properties)? = s["properties"] {
                for (name, sub) in properties {
                    places.insert("\(pointer)/properties/\(name)")
                    walk(sub, "\(pointer)/properties/\(name)")
                }
            }
            if let additional = s["additionalProperties"], additional != .bool(false) {
                places.insert("\(pointer)/additionalProperties")
                walk(additional, "\(pointer)/additionalProperties")
            }
            if let items = s["items"] { walk(items, "\(pointer)/items") }
            for keyword in ["oneOf", "anyOf"] {
                guard case .array(let branches)? = s[keyword] else { continue }
                for (index, branch) in branches.enumerated() {
                    places.insert("\(pointer)/\(keyword)/\(index)")
                    walk(branch, "\(pointer)/\(keyword)/\(index)")
                }
            }
            if case .object(let defs)? = s["$defs"] {
                for (name, def) in defs { walk(def, "\(pointer)/$defs/\(name)") }
            }
        }
        walk(schema, "#")
        return places
    }

    /// Properties (by schema location) that have no `description`.
    func propertiesWithoutDescription() -> [String] {
        var missing: [String] = []
        func walk(_ node: JSONValue, _ pointer: String) {
            switch node {
            case .object(let s):
                if case .object(let properties)? = s["properties"] {
                    for (name, sub) in properties where sub[key: "description"] == nil {
                        missing.append("\(pointer)/properties/\(name)")
                    }
                }
                for (key, child) in s { walk(child, "\(pointer)/\(key)") }
            case .array(let a):
                for (index, child) in a.enumerated() { walk(child, "\(pointer)/\(index)") }
            default: break
            }
        }
        walk(schema, "#")
        return missing.sorted()
    }
}
