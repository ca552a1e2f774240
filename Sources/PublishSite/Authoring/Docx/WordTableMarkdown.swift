import PublishCore
import PublishReading
import Foundation

/// A Word table as a GFM table: the first row is the header, merged cells are padded with empty
/// ones so every row has the same columns, and a column's alignment is what its body cells agree
/// on (the header row is centred by habit, and says nothing).
enum WordTableMarkdown {
    static func markdown(_ table: WordBodyReader.Table) -> String? {
        let rows = table.rows.map { row in
            row.flatMap { cell in [cell] + Array(repeating: WordBodyReader.Cell(text: ""), count: cell.span - 1) }
        }
        let columns = rows.map(\.count).max() ?? 0
        guard columns > 0, rows.contains(where: { $0.contains { !$0.text.isEmpty } }) else { return nil }
        func line(_ cells: [String]) -> String {
            "| " + cells.joined(separator: " | ") + " |"
        }
        func padded(_ row: [WordBodyReader.Cell]) -> [String] {
            (0..<columns).map { $0 < row.count ? cellText(row[$0].text) : "" }
        }
        var lines = [line(padded(rows[0]))]
        lines.append(
            line(
                (0..<columns).map { column in
                    let alignments = Set(
                        rows.dropFirst().compactMap { row in
                            column < row.count && !row[column].text.isEmpty
                                ? (row[column].alignment ?? "left-default") : nil
                        })
                    guard alignments.count == 1, let alignment = alignments.first else { return "---" }
                    switch alignment {
                    case "center": return ":-:"
                    case "right", "end": return "--:"
                    case "left", "start": return ":--"
                    default: return "---"
                    }
                }))
        lines += rows.dropFirst().map { line(padded($0)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A cell's text as the content of a GFM cell: escaped like a paragraph, `|` escaped too.
    private static func cellText(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        return MarkdownEscaper.paragraph(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
