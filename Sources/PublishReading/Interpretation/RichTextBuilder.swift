import PublishCore

/// Flattens Markdown inlines into `RichText`, resolving soft line breaks.
///
/// A soft break between two Chinese characters is no space at all (a Chinese paragraph wrapped in
/// the editor is still one line of text); elsewhere it is one space.
package enum RichTextBuilder {
    package static func build(_ inlines: [MarkdownInline]) -> RichText {
        // Most headings and one-line paragraphs are a single text inline: its run is the text, with
        // no arrays of runs and breaks to build and merge (`buildInGeneral` gives the same).
        if inlines.count == 1, case .text(let text, let range) = inlines[0] {
            var rich = RichText()
            if !text.isEmpty { rich.runs = [TextRun(text: text, range: range)] }
            return rich
        }
        return buildWrappedText(inlines) ?? buildInGeneral(inlines)
    }

    /// A paragraph of plain text wrapped in the editor: text inlines, none empty, with a soft break
    /// between each two and nothing else. Each break is resolved as `buildInGeneral` resolves it
    /// (its neighbours are the texts on either side), straight into the runs that `merged(_:)`
    /// then joins: no style copied per inline, no list of breaks, no run inserted to be removed.
    /// Nil for any other inlines.
    package static func buildWrappedText(_ inlines: [MarkdownInline]) -> RichText? {
        guard inlines.count >= 3, inlines.count % 2 == 1 else { return nil }
        for index in inlines.indices {
            if index % 2 == 0 {
                guard case .text(let text, _) = inlines[index], !text.isEmpty else { return nil }
            } else {
                guard case .softBreak = inlines[index] else { return nil }
            }
        }
        var runs: [TextRun] = []
        runs.reserveCapacity(inlines.count)
        for index in stride(from: 0, to: inlines.count, by: 2) {
            guard case .text(let text, let range) = inlines[index] else { return nil }
            runs.append(TextRun(text: text, range: range))
            guard index + 2 < inlines.count, case .softBreak(let location) = inlines[index + 1],
                case .text(let next, _) = inlines[index + 2],
                let before = lastScalar(of: text), let after = firstScalar(of: next)
            else { continue }
            if !CharacterClass.joinsWithoutSpace(before, after) { runs.append(TextRun(text: " ", range: SourceRange(at: location))) }
        }
        return merged(runs)
    }

    /// `text.unicodeScalars.last`, read off its last bytes where its UTF-8 is contiguous.
    package static func lastScalar(of text: String) -> Unicode.Scalar? {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.isEmpty ? nil : UTF8Bytes.scalar(before: bytes.count, in: bytes).scalar
        } ?? text.unicodeScalars.last
    }

    /// `text.unicodeScalars.first`, read off its first bytes where its UTF-8 is contiguous.
    package static func firstScalar(of text: String) -> Unicode.Scalar? {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.isEmpty ? nil : UTF8Bytes.decode(bytes, at: 0).scalar
        } ?? text.unicodeScalars.first
    }

    /// `build(_:)` without its shortcut for a single text inline: what the shortcut is held to.
    package static func buildInGeneral(_ inlines: [MarkdownInline]) -> RichText {
        var runs: [TextRun] = []
        runs.reserveCapacity(inlines.count)
        var pendingBreaks: [(index: Int, location: SourceLocation)] = []
        append(inlines, style: TextRun(text: "", range: SourceRange(at: SourceLocation(line: 1, column: 1))),
               to: &runs, breaks: &pendingBreaks)
        // Resolve each soft break now that both neighbours are known.
        for (index, _) in pendingBreaks.reversed() {
            // The neighbours found by index: no run is copied to look at its text.
            var beforeIndex = index - 1
            while beforeIndex >= 0, runs[beforeIndex].text.isEmpty { beforeIndex -= 1 }
            var afterIndex = index + 1
            while afterIndex < runs.count, runs[afterIndex].text.isEmpty { afterIndex += 1 }
            let before = beforeIndex >= 0 ? runs[beforeIndex].text.unicodeScalars.last : nil
            let after = afterIndex < runs.count ? runs[afterIndex].text.unicodeScalars.first : nil
            if let before, let after, CharacterClass.joinsWithoutSpace(before, after) {
                runs.remove(at: index)
            } else if before == nil || after == nil {
                runs.remove(at: index)
            } else {
                runs[index].text = " "
            }
        }
        return merged(runs)
    }

    private static func append(
        _ inlines: [MarkdownInline], style: TextRun, to runs: inout [TextRun],
        breaks: inout [(index: Int, location: SourceLocation)]
    ) {
        for inline in inlines {
            var run = style
            switch inline {
            case .text(let text, let range):
                run.text = text
                run.range = range
                runs.append(run)
            case .code(let text, let range):
                run.kind = .code
                run.text = text
                run.range = range
                runs.append(run)
            case .html(let text, let range):
                run.kind = .html
                run.text = text
                run.range = range
                runs.append(run)
            case .softBreak(let location):
                run.text = "\u{0}"  // placeholder, resolved by `build`
                run.range = SourceRange(at: location)
                breaks.append((runs.count, location))
                runs.append(run)
            case .lineBreak(let location):
                run.kind = .lineBreak
                run.text = "\n"
                run.range = SourceRange(at: location)
                runs.append(run)
            case .emphasis(let children):
                run.emphasis = true
                append(children, style: run, to: &runs, breaks: &breaks)
            case .strong(let children):
                run.strong = true
                append(children, style: run, to: &runs, breaks: &breaks)
            case .strikethrough(let children):
                run.strikethrough = true
                append(children, style: run, to: &runs, breaks: &breaks)
            case .link(let destination, _, let children):
                run.link = destination
                append(children, style: run, to: &runs, breaks: &breaks)
            case .image(let source, _, let children):
                let alt = RichTextBuilder.build(children)
                run.kind = .image
                run.source = source
                run.text = alt.plain.isEmpty ? "\u{FFFC}" : alt.plain
                run.range = alt.range ?? run.range
                runs.append(run)
            }
        }
    }

    /// Neighbouring runs of one style become one run.
    package static func merged(_ runs: [TextRun]) -> RichText {
        // Often nothing is empty and no neighbours merge: the runs are kept as they are, not copied
        // (`mergedRunByRun` gives the same).
        // The runs looked at through a pointer: no run copied (its three strings retained and
        // released) to compare it with its neighbour.
        let keptAsTheyAre = runs.withUnsafeBufferPointer { runs in
            for index in runs.indices {
                if runs[index].text.isEmpty { return false }
                if index > 0, merges(runs.baseAddress! + (index - 1), runs.baseAddress! + index) { return false }
            }
            return true
        }
        if keptAsTheyAre {
            var text = RichText()
            text.runs = runs
            return text
        }
        return mergedRunByRun(runs)
    }

    /// `merged(_:)` without its shortcut: each run copied into the result or joined to the last.
    package static func mergedRunByRun(_ runs: [TextRun]) -> RichText {
        var result: [TextRun] = []
        result.reserveCapacity(runs.count)
        for run in runs where !run.text.isEmpty {
            let last = result.count - 1
            if last >= 0, merges(result[last], run) {
                result[last].text += run.text
                result[last].range = result[last].range.union(run.range)
            } else {
                result.append(run)
            }
        }
        // Only runs with text were kept: `RichText(runs:)` would filter nothing.
        var text = RichText()
        text.runs = result
        return text
    }

    /// Whether `run` joins `previous` when they stand side by side: plain text of one style that
    /// goes on where `previous` ends, on its line.
    private static func merges(_ previous: TextRun, _ run: TextRun) -> Bool {
        previous.kind == .text && previous.hasSameStyle(as: run)
            && previous.range.end.line == run.range.start.line && previous.range.end == run.range.start
    }

    /// `merges(_:_:)` of the runs where they stand.
    private static func merges(_ previous: UnsafePointer<TextRun>, _ run: UnsafePointer<TextRun>) -> Bool {
        previous.pointee.kind == .text && previous.pointee.kind == run.pointee.kind
            && previous.pointee.emphasis == run.pointee.emphasis && previous.pointee.strong == run.pointee.strong
            && previous.pointee.strikethrough == run.pointee.strikethrough && previous.pointee.link == run.pointee.link
            && previous.pointee.source == run.pointee.source
            && previous.pointee.range.end.line == run.pointee.range.start.line
            && previous.pointee.range.end == run.pointee.range.start
    }
}
