import PublishCore
import PublishReading

/// The `meta/*` rules that look at the loaded notice (the front end reports the others).
package enum MetaRules {
    package static let all: [any Rule] = [MissingMetadataRule(), PlaceholderRule(), IndexNumberRule(), DocNumberRule(), WrittenAfterDateRule()]
}
