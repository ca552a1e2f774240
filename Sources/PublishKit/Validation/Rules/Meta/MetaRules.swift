/// The `meta/*` rules that look at the loaded notice (the front end reports the others).
enum MetaRules {
    static let all: [any Rule] = [MissingMetadataRule(), PlaceholderRule()]
}
