import PublishCore

/// Finding a run of scalars in an array of scalars, without the generic collection algorithms.
package enum ScalarSearch {
    /// The first occurrence of `needle` in `haystack` at `from` or later (nil for an empty needle,
    /// which no caller searches).
    package static func firstRange(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int = 0) -> Range<Int>? {
        firstRange(of: needle, in: haystack, from: from, to: haystack.count)
    }

    /// The first occurrence of `needle` that starts at `from` or later and ends at `to` or before:
    /// `firstRange(of:in:from:)` when its answer ends by `to`, else nil (a later occurrence of the
    /// same needle would end later still), without searching past `to`.
    package static func firstRange(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int, to: Int)
        -> Range<Int>?
    {
        let end = min(to, haystack.count)
        guard let first = needle.first, needle.count <= end else { return nil }
        var start = max(from, 0)
        let lastStart = end - needle.count
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
