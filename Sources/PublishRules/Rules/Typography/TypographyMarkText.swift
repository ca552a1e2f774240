import PublishCore
import PublishReading

/// A piece of text as the typography rules read it: its marks in order, and the characters around
/// each. The rules decide once, over this; two forms answer: a text of a `TypographyLayout`
/// (positions are indices of its marks, what the rules run on), and the tests' `TypographyText`
/// (positions are scalar offsets: every scalar is offered, and the rules pass over those that are
/// no mark), the general form the layout is held to.
package protocol TypographyMarkText {
    /// Calls `visit` with the position and scalar of each mark (`, ; : ? ! ( ) " '`, `「 」 『 』 “ ”`;
    /// other scalars may come too), in order.
    func forEachMark(_ visit: (_ position: Int, _ scalar: Unicode.Scalar) -> Void)
    /// Whether the scalar at `position` is author prose.
    func isProse(_ position: Int) -> Bool
    /// Whether the scalar at `position` is part of an ordinal.
    func isInOrdinal(_ position: Int) -> Bool
    /// The scalar right before the one at `position`, or nil at the start.
    func scalar(before position: Int) -> Unicode.Scalar?
    /// The scalar right after the one at `position`, or nil at the end.
    func scalar(after position: Int) -> Unicode.Scalar?
    /// The nearest scalar before the one at `position` that is not a space.
    func previous(_ position: Int) -> Unicode.Scalar?
    /// The nearest scalar after the one at `position` that is not a space.
    func next(_ position: Int) -> Unicode.Scalar?
    /// Whether the scalars between the ones at `start` and `end` (both left out) hold a Han character.
    func hasHan(between start: Int, and end: Int) -> Bool
    /// The file range of the scalar at `position`, one column wide.
    func range(at position: Int) -> SourceRange
}

extension TypographyLayout {
    /// One text of the layout, read at its marks: positions are indices of `marks`.
    package struct Piece: TypographyMarkText {
        package let layout: TypographyLayout
        package let text: Text

        package init(_ layout: TypographyLayout, _ text: Text) {
            self.layout = layout
            self.text = text
        }

        package func forEachMark(_ visit: (Int, Unicode.Scalar) -> Void) {
            layout.marks.withUnsafeBufferPointer { marks in
                for index in text.marks { visit(index, marks[index].scalar) }
            }
        }

        package func isProse(_ position: Int) -> Bool { layout.marks[position].isProse }

        package func isInOrdinal(_ position: Int) -> Bool { layout.isInOrdinal(layout.marks[position], of: text) }

        package func scalar(before position: Int) -> Unicode.Scalar? {
            let byte = layout.marks[position].byte
            guard byte > text.bytes.lowerBound else { return nil }
            return layout.bytes.withUnsafeBufferPointer { bytes in
                var start = byte - 1
                while bytes[start] & 0xC0 == 0x80 { start -= 1 }
                return UTF8Bytes.decode(bytes, at: start).scalar
            }
        }

        package func scalar(after position: Int) -> Unicode.Scalar? {
            let mark = layout.marks[position]
            return layout.scalar(at: mark.byte + mark.length, in: text)
        }

        package func previous(_ position: Int) -> Unicode.Scalar? {
            layout.previous(layout.marks[position].byte, in: text)
        }

        package func next(_ position: Int) -> Unicode.Scalar? {
            let mark = layout.marks[position]
            return layout.next(mark.byte + mark.length, in: text)
        }

        package func hasHan(between start: Int, and end: Int) -> Bool {
            let first = layout.marks[start]
            return layout.hasHan((first.byte + first.length)..<layout.marks[end].byte)
        }

        package func range(at position: Int) -> SourceRange { layout.range(of: layout.marks[position]) }

        /// The mark at `position`.
        package func scalar(at position: Int) -> Unicode.Scalar { layout.marks[position].scalar }
    }

}
