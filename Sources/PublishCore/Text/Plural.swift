/// English counts in the messages `publish` prints: `1 notice`, `2 notices`, `0 errors`.
public enum Plural {
    /// `count` and the noun, in the singular only for one; `plural` when it is not `noun` + `s`.
    public static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }
}
