import PublishCore
import PublishReading

/// Reports every placeholder `【待填写：……】` left in a notice, front matter included.
///
/// `publish new` writes a skeleton in which every part still to be written is a placeholder, and
/// `publish import` puts one where the text gave no title or issuer. A notice published with one
/// left in it tells the public that nobody read it through; the error makes `check` and `build`
/// refuse it until each one is filled in.
///
/// Example: `## 一、【待填写：党组织名称】履行整改主体责任情况`.
package struct PlaceholderRule: Rule {
    package let descriptor = RuleDescriptor(id: "meta/placeholder", severity: .error)

    /// The bytes of `Placeholder.marker`: a line without them holds no placeholder.
    private static let markerBytes = Array(Placeholder.marker.utf8)

    package func check(_ context: CheckContext) -> [Finding] {
        // The raw lines, not the model: a placeholder is unfilled wherever it stands (front matter,
        // a heading, a table, a comment). Most notices hold none: one pass over the bytes tells.
        guard ByteSearch.contains(Self.markerBytes, in: context.source.text) else { return [] }
        return context.source.lines.enumerated().flatMap { index, line -> [Finding] in
            guard ByteSearch.contains(Self.markerBytes, in: line), line.contains("【") else { return [] }
            let scalars = Array(line.unicodeScalars)
            return Placeholder.ranges(in: line).map { offsets in
                let written = String(scalars: scalars[offsets])
                let range = SourceRange(
                    start: SourceLocation(line: index + 1, column: offsets.lowerBound + 1),
                    end: SourceLocation(line: index + 1, column: offsets.upperBound + 1))
                return Finding(
                    Message("placeholder.unfilled", written), at: range,
                    fix: Message("placeholder.fix"))
            }
        }
    }
}
