import Yams

/// How front matter is composed into Yams nodes.
///
/// Yams' default resolver runs up to seven regular expressions on every mapping key as it checks the
/// mapping for duplicate keys (a key's hash is its text and resolved tag), and compiling them is a
/// fixed cost besides. Front matter reads no resolved tag, so the text is first composed with no
/// rules (`Resolver.basic`). That gives the same tree whenever the two resolvers agree on which keys
/// are duplicates, which they do when no mapping holds two keys of the same text and every key is a
/// scalar (two keys are equal only if their texts are). Otherwise, and on any error, it is composed
/// again with the default resolver, whose answer (tree, duplicate or syntax error) is then the one
/// read: a file with repeated keys or bad YAML takes two compositions.
package enum YAMLComposition: Sendable {
    /// Without the resolver's rules first; again with them when they could matter.
    case firstWithoutResolving
    /// With Yams' default resolver only (the reference the first is held to).
    case defaultResolver

    /// The single document of `yaml`, or nil when there is none.
    package func compose(_ yaml: String) throws -> Node? {
        if self == .firstWithoutResolving,
            let root = try? Yams.compose(yaml: yaml, .basic, YAMLComposition.constructor, YAMLComposition.encoding)
        {
            if YAMLComposition.keysAreDistinctScalars(root) { return root }
        }
        return try Yams.compose(yaml: yaml, .default, YAMLComposition.constructor, YAMLComposition.encoding)
    }

    /// Whether every mapping in `node` has scalar keys with pairwise different texts.
    package static func keysAreDistinctScalars(_ node: Node) -> Bool {
        switch node {
        case .scalar, .alias:
            return true
        case .sequence(let sequence):
            return sequence.allSatisfy(keysAreDistinctScalars)
        case .mapping(let mapping):
            var keys: [String] = []
            keys.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key, !keys.contains(scalar.string) else { return false }
                keys.append(scalar.string)
                if !keysAreDistinctScalars(value) { return false }
            }
            return true
        }
    }

    /// `Parser.Encoding.default`, read once: Yams reads it from the environment each time it is
    /// asked, which cost a fifth of reading the front matter. (An enum of two cases, never
    /// changed: Yams only does not declare it `Sendable`.)
    nonisolated(unsafe) static let encoding = Parser.Encoding.default

    /// `Constructor.default` builds three tables of closures each time it is asked; front matter
    /// constructs nothing with it, so one is made once.
    nonisolated(unsafe) static let constructor = Constructor.default

    /// A constructor without tables, for the nodes of front matter read without Yams
    /// (`PlainFrontMatter`), with which nothing is constructed.
    nonisolated(unsafe) static let plainConstructor = Constructor([:], [:], [:])
}
