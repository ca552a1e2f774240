/// The rule ids of the findings the pipeline itself makes while reading files and building the
/// site (decoding, front matter, Markdown, content listing, slugs): every one has a descriptor in
/// the rule registry and a row in the rule table, like the checks' own rules.
public enum PipelineRule: String, CaseIterable, Sendable {
    case invalidUTF8 = "parse/invalid-utf8"
    case nulByte = "parse/nul-byte"
    case nestingDepth = "parse/nesting-depth"
    case fileTooLarge = "parse/file-too-large"
    case symlink = "parse/symlink"
    case unterminated = "meta/unterminated"
    case yamlSyntax = "meta/yaml-syntax"
    case type = "meta/type"
    case date = "meta/date"
    case duplicateKey = "meta/duplicate-key"
    case unknownKey = "meta/unknown-key"
    case tooLarge = "meta/too-large"
    case unknownRule = "meta/unknown-rule"
    case slug = "build/slug"
    case duplicateSlug = "build/duplicate-slug"
    case duplicateIndexNumber = "build/duplicate-index-number"

    /// The id as findings carry it.
    public var id: String { rawValue }
}
