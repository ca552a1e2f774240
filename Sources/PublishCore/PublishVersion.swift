/// The version `publish --version` prints.
public enum PublishVersion {
    public static let current = "0.1.0"
}
