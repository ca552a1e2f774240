import PublishCore

/// What a format made of the last sixteen findings' texts (message, notes and fix), by their
/// shared box (`DiagnosticText`), for one file's findings.
///
/// A file of imported text has hundreds of findings that say one of a dozen things, most of them
/// sharing one box (a half-width mark's), the rest boxes that say the same; in report order the
/// rules interleave, so a text comes back after several others. The box is compared by identity
/// first, then by what it says; only a text not among the last few is made again.
struct RecentFindingTexts<Value> {
    private var boxes: [DiagnosticText] = []
    private var values: [Value] = []
    private var oldest = 0
    private let capacity: Int

    init(capacity: Int = 16) {
        self.capacity = max(1, capacity)
    }

    /// The value for `text`: a recent one made for the same box or for one that says the same, or
    /// else `make(text)`, which then replaces the oldest.
    mutating func value(for text: DiagnosticText, make: (DiagnosticText) -> Value) -> Value {
        for index in boxes.indices where boxes[index] === text { return values[index] }
        for index in boxes.indices where boxes[index] == text { return values[index] }
        let value = make(text)
        if boxes.count < capacity {
            boxes.append(text)
            values.append(value)
        } else {
            boxes[oldest] = text
            values[oldest] = value
            oldest = (oldest + 1) % capacity
        }
        return value
    }
}
