/// A part of a notice still to be written: `【待填写：……】`, with a hint of what belongs there.
///
/// `publish new` writes a skeleton full of them and `publish import` uses them for what the text
/// did not give (a title, an issuer). `check` reports every one left (`meta/placeholder`), so a
/// skeleton can never be published by mistake. The brackets are full-width and the words Chinese,
/// so no real notice text looks like one.
public enum Placeholder {
    /// What every placeholder starts with.
    public static let marker = "【待填写"

    /// The placeholder asking for `hint` (`【待填写：标题】`).
    public static func text(_ hint: String) -> String { "\(marker)：\(hint)】" }

    /// The placeholders on one line, as scalar offsets: from `【待填写` up to and including its `】`,
    /// or to the end of the line when the bracket was never closed (a half-deleted placeholder is
    /// still unfilled).
    public static func ranges(in line: some StringProtocol) -> [Range<Int>] {
        let scalars = Array(line.unicodeScalars)
        let marker = Array(Self.marker.unicodeScalars)
        var found: [Range<Int>] = []
        var index = 0
        while index + marker.count <= scalars.count {
            guard scalars[index..<(index + marker.count)].elementsEqual(marker) else {
                index += 1
                continue
            }
            let close = scalars[(index + marker.count)...].firstIndex(of: "】")
            let end = close.map { $0 + 1 } ?? scalars.count
            found.append(index..<end)
            index = end
        }
        return found
    }

    /// Whether `text` holds a placeholder.
    public static func occurs(in text: some StringProtocol) -> Bool { !ranges(in: text).isEmpty }
}
