import PublishCore

/// Puts one file's findings in report order, the order of `Array<Diagnostic>.inReportOrder()`
/// (position, then rule id, ties kept in the order they came), from a number made once per
/// finding: the file is the same for all of them, each rule id is ranked once among the few the
/// file's findings name, and the findings are moved into place without a copy of each.
/// Where two findings share their position and their rule, `inReportOrder()` also compares their
/// messages in English: then, or when the files differ or a position is too large to pack, the
/// findings go to it.
struct ReportOrder {
    /// Per finding: its line, column and the index of its rule in `rules`, packed into one number.
    private var keys: [Int] = []
    /// The distinct rule ids, in the order they came.
    private var rules: [String] = []
    /// A line or column did not fit in its bits.
    private var overflowed = false

    private static let ruleBits = 16
    private static let columnBits = 24
    private static let lineLimit = 1 << (63 - ruleBits - columnBits)

    init() {}

    /// Notes the key of the next finding, whose rule is `rules[rule]` (from `rule(_:)`).
    mutating func append(_ range: SourceRange, rule: Int) {
        let line = range.start.line
        let column = range.start.column
        guard line >= 0, line < Self.lineLimit, column >= 0, column < 1 << Self.columnBits, rule < 1 << Self.ruleBits else {
            overflowed = true
            keys.append(0)
            return
        }
        keys.append(line << (Self.columnBits + Self.ruleBits) | column << Self.ruleBits | rule)
    }

    /// The index of `id` among the rules seen, added when new.
    mutating func rule(_ id: String) -> Int {
        if let index = rules.lastIndex(of: id) { return index }
        rules.append(id)
        return rules.count - 1
    }

    mutating func reserveCapacity(_ count: Int) { keys.reserveCapacity(count) }

    /// Puts `diagnostics` (whose keys were appended in order) in report order.
    func sort(_ diagnostics: inout [Diagnostic]) {
        precondition(keys.count == diagnostics.count, "one key per finding")
        guard diagnostics.count > 1 else { return }
        guard !overflowed, let file = diagnostics.first?.file, diagnostics.allSatisfy({ $0.file == file }) else {
            diagnostics = diagnostics.inReportOrder()
            return
        }
        // The rule index in each key replaced by the rule's rank among the rules seen, in the order
        // of their ids.
        let mask = (1 << Self.ruleBits) - 1
        var rank = [Int](repeating: 0, count: rules.count)
        for (position, index) in rules.indices.sorted(by: { rules[$0] < rules[$1] }).enumerated() { rank[index] = position }
        var ranked = keys.enumerated().map { index, key in (key: key & ~mask | rank[key & mask], index: index) }
        let inOrder = ranked.indices.dropFirst().allSatisfy { ranked[$0 - 1].key <= ranked[$0].key }
        // `sort` is stable: ties keep the order of their indices.
        if !inOrder { ranked.sort { $0.key < $1.key } }
        // Findings of one rule at one position are ordered by their messages too.
        if ranked.indices.dropFirst().contains(where: { ranked[$0 - 1].key == ranked[$0].key }) {
            diagnostics = diagnostics.inReportOrder()
            return
        }
        if inOrder { return }
        // Each finding moved to its place once, cycle by cycle of the permutation (the first of a
        // cycle through a local): moves of the memory, no copy of a finding, and no second buffer
        // to move the whole list through.
        var placed = [Bool](repeating: false, count: diagnostics.count)
        diagnostics.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            ranked.withUnsafeBufferPointer { ranked in
                for start in ranked.indices where !placed[start] {
                    placed[start] = true
                    guard ranked[start].index != start else { continue }
                    let first = (base + start).move()
                    var target = start
                    while true {
                        let source = ranked[target].index
                        if source == start {
                            (base + target).initialize(to: first)
                            break
                        }
                        (base + target).moveInitialize(from: base + source, count: 1)
                        placed[source] = true
                        target = source
                    }
                }
            }
        }
    }
}
