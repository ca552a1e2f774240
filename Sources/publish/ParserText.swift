import Foundation
import PublishCore

/// The words ArgumentParser writes itself into help and usage errors (`USAGE:`, `OPTIONS:`,
/// `Missing expected argument '<file>'`), put into the run's language. Each phrase is a catalogue
/// entry `parser.*` whose English text is ArgumentParser's own wording, `{1}` standing for what it
/// quotes; help and errors it prints in English stay as they are.
enum ParserText {
    static func translate(_ text: String, to language: Language) -> String {
        guard language != .english, !text.isEmpty else { return text }
        var result = text
        for (id, english) in phrases {
            guard let translated = MessageCatalogue.template(id, in: language) else { continue }
            result = replace(english, with: translated, in: result)
        }
        return result
    }

    /// The `parser.*` entries, longest English first, so that a phrase inside a longer one waits.
    private static let phrases: [(String, String)] = MessageCatalogue.table(.english)
        .filter { $0.key.hasPrefix("parser.") }
        .map { ($0.key, $0.value) }
        .sorted { $0.1.count > $1.1.count || ($0.1.count == $1.1.count && $0.0 < $1.0) }

    /// Every occurrence of `english` replaced by `translated`; each `{n}` of `english` matches the
    /// value ArgumentParser quotes there (over a line break too, where it wrapped the text).
    static func replace(_ english: String, with translated: String, in text: String) -> String {
        guard let placeholder = try? NSRegularExpression(pattern: #"\{([0-9])\}"#) else { return text }
        let whole = NSRange(english.startIndex..., in: english)
        var pattern = ""
        var groupOf: [String: Int] = [:]
        var last = english.startIndex
        for match in placeholder.matches(in: english, range: whole) {
            let range = Range(match.range, in: english)!
            pattern += literal(english[last..<range.lowerBound]) + "([\\s\\S]+?)"
            groupOf[String(english[Range(match.range(at: 1), in: english)!])] = groupOf.count + 1
            last = range.upperBound
        }
        pattern += literal(english[last...])
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        var template = NSRegularExpression.escapedTemplate(for: translated)
        for (number, group) in groupOf {
            template = template.replacingOccurrences(of: "\\{\(number)\\}", with: "$\(group)")
                .replacingOccurrences(of: "{\(number)}", with: "$\(group)")
        }
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    /// A piece of ArgumentParser's wording as a pattern; a space matches where it wrapped the line.
    private static func literal(_ text: Substring) -> String {
        NSRegularExpression.escapedPattern(for: String(text)).replacingOccurrences(of: " ", with: "\\s+")
    }
}
