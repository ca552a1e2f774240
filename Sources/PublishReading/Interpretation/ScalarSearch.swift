import PublishCore

/// Finding a run of scalars in an array of scalars, without the generic collection algorithms.
package enum ScalarSearch {
    /// The first occurrence of `needle` in `haystack` at `from` or later (nil for an empty needle,
    /// which no caller searches).
    package static func firstRange(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int = 0) -> Range<Int>? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var start = max(from, 0)
        let lastStart = haystack.count - needle.count
        search: while start <= lastStart {
            guard haystack[start] == first else {
                start += 1
                continue
            }
            for offset in 1..<needle.count where haystack[start + offset] != needle[offset] {
                start += 1
                continue search
            }
            return start..<(start + needle.count)
        }
        return nil
    }
}
