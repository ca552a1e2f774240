import PublishCore

/// Turns a Markdown tree into a `Notice`: title, opening, sections with their roles, nested items,
/// measures and the closing.
///
/// Levels come from the ordinals as written (`一、` › `（一）` › `1.` › `（1）` › `①`), not from the
/// Markdown heading depth, so a notice pasted as plain paragraphs reads the same as one written
/// with `##` headings; an unnumbered heading takes its level from its depth (`##` = `一、`).
/// Nothing is dropped: every character of the body ends up in some node.
public struct NoticeInterpreter: Sendable {
    public var roles: RoleClassifier
    /// Computes the end of a disclosure period given as a count of working days.
    public var calendar: WorkdayCalendar

    public init(roles: RoleClassifier = RoleClassifier(), calendar: WorkdayCalendar = .official) {
        self.roles = roles
        self.calendar = calendar
    }

    public func interpret(_ document: MarkdownDocument, frontMatter: FrontMatter, path: String) -> Notice {
        var units = Unit.units(from: document.blocks)
        let titleLines = takeTitle(from: &units)
        let closing = takeClosing(from: &units, disclosure: DisclosureReader(publication: frontMatter.date, calendar: calendar))
        demoteNestedTopLevels(&units)
        let firstSection = units.firstIndex(where: \.startsSection) ?? units.endIndex
        let (opening, preamble) = splitOpening(units[..<firstSection])
        var sections = buildSections(units[firstSection...])
        if !preamble.isEmpty {
            let blocks = buildChildren(preamble)
            let range = blocks.map(\.range).reduce(blocks[0].range) { $0.union($1) }
            let role: SectionRole = sections.first?.role == .responsibility ? .other : .responsibility
            sections.insert(Section(role: role, roleEvidence: .position, head: nil, children: blocks, range: range), at: 0)
        }
        assignPositionalRoles(&sections)
        return Notice(
            path: path, frontMatter: frontMatter, titleLines: titleLines,
            opening: OpeningInterpreter.interpret(opening, publication: frontMatter.date), sections: sections, closing: closing)
    }

    // MARK: - Title

    /// The words a notice's title ends with (`……的通报`).
    package static let titleEndings = ["通报", "报告", "公告", "公示", "情况"]

    /// Leading `#` headings; or, in a notice pasted as plain paragraphs, leading short lines with no
    /// sentence in them that end in a title word (`……的通报`), with the issuer line before them.
    private func takeTitle(from units: inout [Unit]) -> [RichText] {
        var lines: [RichText] = []
        while case .heading(1, let text, _)? = units.first?.content {
            lines.append(text)
            units.removeFirst()
        }
        if !lines.isEmpty { return lines }
        let candidates = units.prefix(4).prefix { unit in
            if case .paragraph(let text, _) = unit.content {
                let plain = text.plain
                return unit.ordinal == nil && !KeywordText(plain).contains("。") && plain.unicodeScalars.count <= 80
            }
            return false
        }
        guard let last = candidates.lastIndex(where: { unit in
            Self.titleEndings.contains { unit.text.plain.hasSuffix($0) }
        }) else { return [] }
        lines = units[...last].map(\.text)
        units.removeFirst(last + 1)
        return lines
    }

    // MARK: - Closing

    /// After the last thematic break when nothing numbered follows it; else the trailing unnumbered
    /// paragraphs that invite supervision or give the disclosure period and contacts (with the
    /// signature and date lines after them).
    private func takeClosing(from units: inout [Unit], disclosure reader: DisclosureReader) -> Closing? {
        func inClosing(_ unit: Unit) -> Bool { unit.isParagraph || unit.isNumberedField }
        if let rule = units.lastIndex(where: \.isThematicBreak),
            units[(rule + 1)...].allSatisfy({ $0.isNumberedField || ($0.ordinal == nil && !$0.startsSection) }),
            units[(rule + 1)...].contains(where: \.isParagraph) {
            let paragraphs = units[(rule + 1)...].filter(inClosing).compactMap(\.closingParagraph)
            let rest = Array(units[(rule + 1)...].filter { !inClosing($0) })
            units.removeSubrange(rule...)
            units += rest
            return ClosingInterpreter.interpret(paragraphs, isExplicit: true, disclosure: reader)
        }
        var start = units.endIndex
        while start > units.startIndex {
            let unit = units[start - 1]
            // Comments between closing paragraphs (suppression directives) do not end the closing.
            if unit.isComment, start - 1 > units.startIndex {
                start -= 1
                continue
            }
            guard (unit.isParagraph && unit.ordinal == nil) || unit.isNumberedField else { break }
            let plain = unit.text.plain
            guard ClosingInterpreter.isClosing(plain) || ClosingInterpreter.isSignatureLine(plain) else { break }
            start -= 1
        }
        while start < units.endIndex, units[start].isComment || !ClosingInterpreter.isClosing(units[start].text.plain) {
            start += 1
        }
        guard start < units.endIndex else { return nil }
        let paragraphs = units[start...].filter(inClosing).compactMap(\.closingParagraph)
        units.removeSubrange(start...)
        return ClosingInterpreter.interpret(paragraphs, isExplicit: false, disclosure: reader)
    }

    // MARK: - Opening

    /// The leading unnumbered paragraphs up to the one with the disclosure formula (`现将……予以公布`),
    /// or, when none has it, the first paragraph and the ones after it that still tell the
    /// inspection's story (a second paragraph with the feedback sentence). What follows before the
    /// first section is a part without a heading.
    private func splitOpening(_ units: ArraySlice<Unit>) -> (opening: [Paragraph], preamble: ArraySlice<Unit>) {
        let leading = units.prefix { $0.isParagraph && $0.ordinal == nil }
        guard !leading.isEmpty else { return ([], units) }
        let plainTexts = leading.map { $0.text.plain }
        var count: Int
        if let formula = plainTexts.prefix(3).firstIndex(where: OpeningInterpreter.hasFormula) {
            count = formula + 1
        } else {
            count = 1
            while count < min(plainTexts.count, 3), OpeningInterpreter.tellsInspection(plainTexts[count]) { count += 1 }
        }
        return (leading.prefix(count).compactMap(\.paragraph), units.dropFirst(count))
    }

    // MARK: - Sections and items

    /// Only the parts of the notice start sections: `一、` ordinals of problem areas numbered again
    /// inside a part open items (`NestedRun`). A Markdown heading deeper than the parts' may nest;
    /// one at the parts' depth only when it names a problem area (`## 一、第3部分` after `## 二、`
    /// stays a part, and `numbering/sequence` reports it).
    // Not optimised: Swift 6.3.1's release optimiser (CopyPropagation, "Found outside of lifetime
    // use") crashes on this function; it runs once per notice over its top-level units.
    @_optimize(none)
    package func demoteNestedTopLevels(_ units: inout [Unit]) {
        for index in nestedTopLevels(units) { units[index].isNested = true }
    }

    /// The indices of the top-level units that `demoteNestedTopLevels` nests. Apart from it, so
    /// that this loop is optimised (the function above is not, see there).
    private func nestedTopLevels(_ units: [Unit]) -> [Int] {
        // The shallowest heading depth of a `一、` heading, if any.
        var partDepth = Int.max
        for index in units.indices {
            if units[index].itemLevel == .hanzi, let depth = units[index].headingDepth, depth < partDepth { partDepth = depth }
        }
        var run = NestedRun(roles: roles)
        var nested: [Int] = []
        for index in units.indices {
            guard units[index].itemLevel == .hanzi, let value = units[index].ordinal?.value else { continue }
            var deeper = true
            if let depth = units[index].headingDepth { deeper = partDepth != .max && depth > partDepth }
            let heading = units[index].itemLeadPlain ?? ""
            if run.isNested(value: value, heading: heading, mayNest: deeper) { nested.append(index) }
        }
        return nested
    }

    /// The sections the units make, each opened by a unit that starts one. The units are read
    /// where they stand and handed on as slices: copying them into an array per section copied
    /// every unit (its text's runs retained) once more.
    private func buildSections(_ units: ArraySlice<Unit>) -> [Section] {
        var sections: [Section] = []
        var index = units.startIndex
        while index < units.endIndex {
            var end = index + 1
            while end < units.endIndex, !units[end].startsSection { end += 1 }
            let itemHead = units[index].itemHead!
            let children = buildChildren(units[(index + 1)..<end])
            let range = children.reduce(itemHead.range) { $0.union($1.range) }
            let heading = itemHead.lead.plain
            let classified = roles.classify(heading)
            var section = Section(
                role: classified?.role ?? .other,
                roleEvidence: classified.map { .keyword($0.keyword) } ?? .none,
                head: itemHead, children: children, range: range)
            if let joined = roles.joinedRoles(heading), joined.first == section.role || joined.second == section.role {
                section.role = joined.first
                section.alsoRole = joined.second
            }
            sections.append(section)
            index = end
        }
        return sections
    }

    /// Nests items by level: an item closes the open items of its level and below.
    private func buildChildren(_ units: ArraySlice<Unit>) -> [NoticeBlock] {
        var root: [NoticeBlock] = []
        var open: [(level: Ordinal.Level, head: ItemHead, children: [NoticeBlock])] = []
        // The depths of the open items' levels (`Ordinal.Level.depth`), bit `depth` each. They
        // rise from the first open item to the last (an item closes the open ones of its level and
        // below before it opens), so the last one's depth is the highest bit: read without
        // touching `open`, whose last entry was copied whole (its head's texts and its children
        // retained) to read its level, even through a buffer pointer.
        var openDepths: UInt8 = 0
        var lastOpenDepth: Int { 7 - openDepths.leadingZeroBitCount }

        func close() {
            openDepths &= ~(1 << lastOpenDepth)
            // Taken apart as it is removed: the head and the children move into the item, not
            // copied out of the removed entry (every text of the head retained) and released.
            let (_, head, children) = open.removeLast()
            let range = children.reduce(head.range) { $0.union($1.range) }
            let block = NoticeBlock.item(Item(head: head, children: children, range: range))
            if open.isEmpty { root.append(block) } else { open[open.count - 1].children.append(block) }
        }

        func add(_ block: NoticeBlock) {
            if open.isEmpty { root.append(block) } else { open[open.count - 1].children.append(block) }
        }

        // By index: a unit is read where it stands, not copied. Its text and range are taken out
        // of it before they are cut (`itemHead`, `block`): cut inside the unit's own getters, the
        // whole unit was copied to keep them alive.
        for index in units.indices {
            switch units[index].content {
            case .heading(_, let text, let range), .paragraph(let text, let range):
                if let level = units[index].itemLevel {
                    let head = Unit.itemHead(
                        of: text, range: range, ordinal: units[index].ordinal, isHeading: units[index].headingDepth != nil)
                    // Levels compare by depth: the open items of this level and below closed.
                    while openDepths != 0, lastOpenDepth >= level.depth { close() }
                    open.append((level, head, []))
                    openDepths |= 1 << level.depth
                } else {
                    add(.paragraph(MeasureSplitter.paragraph(text, range: range)))
                }
            case .other(let block): add(block)
            }
        }
        while !open.isEmpty { close() }
        return root
    }

    /// A part whose heading names no role (a slogan such as `坚持高位推动`, `提高政治站位，压实主体担当`)
    /// takes the role its position leaves open: the first required role after the parts before it
    /// and before the parts after it, that no other part has. Failing that, a slogan before the key
    /// problems with only responsibility before it is responsibility too (the part may span two
    /// sections).
    private func assignPositionalRoles(_ sections: inout [Section]) {
        let order = SectionRole.required
        func rank(_ role: SectionRole) -> Int? { order.firstIndex(of: role) }
        for index in sections.indices where sections[index].role == .other && sections[index].head != nil {
            let before = sections[..<index].compactMap { rank($0.role) }.max() ?? -1
            let after = sections[(index + 1)...].compactMap { rank($0.role) }.min() ?? order.count
            let present = Set(sections.map(\.role))
            if before + 1 < after, let open = order[(before + 1)..<after].first(where: { !present.contains($0) }) {
                sections[index].role = open
                sections[index].roleEvidence = .position
            } else if after == rank(.keyProblems), sections[..<index].allSatisfy({ $0.role == .responsibility }) {
                sections[index].role = .responsibility
                sections[index].roleEvidence = .position
            }
        }
    }
}
