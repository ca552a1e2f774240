/// A count for each run of a `RichText` (scalars or bytes): the one count of a text of one run,
/// the most common, held in place, without an array; several in an array.
package struct RunCounts: RandomAccessCollection, Equatable {
    /// The count of a text of one run (`many` is nil then).
    private let single: Int
    private let many: [Int]?

    /// `counts` as they are (one of them held in place).
    package init(_ counts: [Int]) {
        if counts.count == 1 {
            single = counts[0]
            many = nil
        } else {
            single = 0
            many = counts
        }
    }

    /// The count of a text of one run.
    package init(single count: Int) {
        single = count
        many = nil
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { many?.count ?? 1 }

    @inline(__always)
    package subscript(index: Int) -> Int {
        if let many { return many[index] }
        precondition(index == 0, "index out of range")
        return single
    }

    /// The sum of the counts.
    package var total: Int {
        guard let many else { return single }
        return many.reduce(0, +)
    }

    package static func == (lhs: RunCounts, rhs: RunCounts) -> Bool {
        lhs.elementsEqual(rhs)
    }
}
