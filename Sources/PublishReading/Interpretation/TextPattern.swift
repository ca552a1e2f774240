import Foundation
import PublishCore

/// A pattern the interpreters look for, written twice: the regular expression that defines it,
/// and the same expression as a `ScalarPattern`, which finds the same matches much faster.
///
/// `PatternSubject` picks the scalar pattern when the text allows it and the regular expression
/// otherwise; `ScalarPatternTests` compares the two on many generated texts.
package struct TextPattern: Sendable {
    private let compiledRegex: LazyRegex
    package let scalars: CompiledScalarPattern

    package init(_ regex: String, _ scalars: ScalarPattern) {
        self.compiledRegex = LazyRegex(regex)
        self.scalars = CompiledScalarPattern(scalars)
    }

    /// The regular expression, compiled when first needed: most runs never need it.
    package var regex: Regex<AnyRegexOutput> { compiledRegex.regex }
}

/// A regular expression compiled on first use, once, whichever thread asks.
private final class LazyRegex: @unchecked Sendable {
    // `Regex` is not `Sendable`; `compiled` is only touched under `lock`.
    private let source: String
    private let lock = NSLock()
    private var compiled: Regex<AnyRegexOutput>?

    package init(_ source: String) {
        self.source = source
    }

    package var regex: Regex<AnyRegexOutput> {
        lock.withLock {
            if let compiled { return compiled }
            let regex = Regex<AnyRegexOutput>(checked: source)
            compiled = regex
            return regex
        }
    }
}
