import Foundation
import PublishCore

/// A text in which words are looked for (the closing's cues, the roles' keywords), with the
/// answers of Foundation's `contains` and `range(of:)`, which compare by canonical equivalence.
///
/// When every scalar of the text and of the word stands alone
/// (`PatternSubject.scalarStandsAlone`), canonical equivalence is equality of scalars, so finding
/// the word is finding its UTF-8 bytes in the text's: no bridging to `NSString` and UTF-16, which
/// cost more than the rest of reading a closing. Any other text or word goes to Foundation,
/// slower but the same.
package struct KeywordText {
    package let text: String
    /// Whether every scalar of `text` stands alone: whether its bytes may be searched.
    package let standsAlone: Bool

    /// The text of `text`, whose every scalar the caller knows to stand alone (a part of a text
    /// that does): not read again to find so.
    package init(standingAlone text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        standsAlone = true
    }

    package init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        standsAlone = text.utf8.withContiguousStorageIfAvailable(PatternSubject.standsAlone)
            ?? text.unicodeScalars.allSatisfy(PatternSubject.scalarStandsAlone)
    }

    /// Whether the text holds `word`, given as UTF-8 whose every scalar stands alone, for a text
    /// that does too (`standsAlone`): `contains(_:)` without checking the word again.
    package func contains(bytes word: [UInt8]) -> Bool {
        precondition(standsAlone)
        return text.utf8.withContiguousStorageIfAvailable { text in
            word.withUnsafeBufferPointer { UTF8Bytes.firstOffset(of: $0, in: text, from: 0) != nil }
        }!
    }

    /// `hasPrefix(_:)` of a word given as UTF-8 whose every scalar stands alone, for a text that
    /// does too (`standsAlone`).
    package func hasPrefix(bytes word: [UInt8]) -> Bool {
        precondition(standsAlone)
        return text.utf8.withContiguousStorageIfAvailable { text in
            word.count <= text.count && word.withUnsafeBufferPointer { word in
                word.isEmpty || memcmp(text.baseAddress!, word.baseAddress!, word.count) == 0
            }
        }!
    }

    /// The UTF-8 of each word when every scalar of every word stands alone, else nil: words to
    /// look for with `contains(bytes:)` and `hasPrefix(bytes:)`.
    package static func bytes(of words: [String]) -> [[UInt8]]? {
        words.allSatisfy(standsAlone) ? words.map { Array($0.utf8) } : nil
    }

    /// Whether the text holds `word`: Foundation's `text.contains(word)`.
    package func contains(_ word: some StringProtocol) -> Bool {
        guard standsAlone, Self.standsAlone(word) else { return text.range(of: word) != nil }
        return end(of: word, from: 0) != nil
    }

    /// Whether the text holds `pieces` in this order, each after the end of the one before: what
    /// Foundation's `range(of:)` finds piece by piece (`关于*问题`). False when a piece is empty,
    /// as Foundation finds no empty string.
    package func containsInOrder(_ pieces: [some StringProtocol]) -> Bool {
        guard standsAlone, pieces.allSatisfy(Self.standsAlone) else {
            var rest = Substring(text)
            for piece in pieces {
                guard let found = rest.range(of: piece) else { return false }
                rest = rest[found.upperBound...]
            }
            return true
        }
        var from = 0
        for piece in pieces {
            guard let end = end(of: piece, from: from) else { return false }
            from = end
        }
        return true
    }

    /// Whether the text ends with `word`: `String.hasSuffix`, which compares characters by
    /// canonical equivalence (on the bytes when every scalar of both stands alone).
    package func hasSuffix(_ word: String) -> Bool {
        guard standsAlone, Self.standsAlone(word) else { return text.hasSuffix(word) }
        let textBytes = text.utf8
        let wordBytes = word.utf8
        return wordBytes.count <= textBytes.count && textBytes.suffix(wordBytes.count).elementsEqual(wordBytes)
    }

    /// Whether the text starts with `word`: `String.hasPrefix`, which compares characters by
    /// canonical equivalence (on the bytes when every scalar of both stands alone).
    package func hasPrefix(_ word: String) -> Bool {
        guard standsAlone, Self.standsAlone(word) else { return text.hasPrefix(word) }
        let textBytes = text.utf8
        let wordBytes = word.utf8
        return wordBytes.count <= textBytes.count && textBytes.prefix(wordBytes.count).elementsEqual(wordBytes)
    }

    /// `containsInOrder(_:)` of pieces given as UTF-8 whose every scalar stands alone, for a
    /// text that does too (`standsAlone`).
    package func containsInOrder(bytes pieces: [[UInt8]]) -> Bool {
        precondition(standsAlone)
        return text.utf8.withContiguousStorageIfAvailable { text in
            var from = 0
            for piece in pieces {
                let end = piece.withUnsafeBufferPointer { piece in
                    UTF8Bytes.firstOffset(of: piece, in: text, from: from).map { $0 + piece.count }
                }
                guard let end else { return false }
                from = end
            }
            return true
        }!
    }

    /// `hasSuffix(_:)` of a word given as UTF-8 whose every scalar stands alone, for a text that
    /// does too (`standsAlone`).
    package func hasSuffix(bytes word: [UInt8]) -> Bool {
        precondition(standsAlone)
        let textBytes = text.utf8
        return word.count <= textBytes.count && textBytes.suffix(word.count).elementsEqual(word)
    }

    private static func standsAlone(_ word: some StringProtocol) -> Bool {
        word.unicodeScalars.allSatisfy(PatternSubject.scalarStandsAlone)
    }

    /// The byte offset just past the first occurrence of `word` at byte `from` or later.
    private func end(of word: some StringProtocol, from: Int) -> Int? {
        // A native string's bytes are contiguous once made so (a word of a few Han characters is
        // a small string: no allocation).
        var word = String(word)
        word.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { text in
            word.utf8.withContiguousStorageIfAvailable { word in
                UTF8Bytes.firstOffset(of: word, in: text, from: from).map { $0 + word.count }
            }!
        }!
    }
}
