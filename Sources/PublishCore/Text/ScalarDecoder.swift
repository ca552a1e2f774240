/// Lays out a string's Unicode scalars in memory the caller sized: straight from the UTF-8 bytes
/// (a Swift string is always valid UTF-8), several times faster than appending the scalars of
/// `unicodeScalars` to an array one by one, which the typography rules did for every paragraph.
/// In PublishCore, beside `UTF8Bytes.decode`, so that the decoding of each scalar is inlined
/// (called from the rules' module, it was a call per scalar).
package enum ScalarDecoder {
    /// Writes the scalars of `text` from `destination` on and returns how many it wrote; at most
    /// `text.utf8.count`, the room `destination` must have. `sawAddressMark` is set when the text
    /// holds `@`, `:` or `w`, which every URL and e-mail address holds.
    package static func decode(_ text: String, into destination: UnsafeMutablePointer<Unicode.Scalar>, sawAddressMark: inout Bool)
        -> Int
    {
        var seen = false
        let written = text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var count = 0
            var index = 0
            let end = bytes.count
            while index < end {
                let (scalar, length) = UTF8Bytes.decode(bytes, at: index)
                if scalar == "@" || scalar == ":" || scalar == "w" { seen = true }
                (destination + count).initialize(to: scalar)
                index += length
                count += 1
            }
            return count
        }
        if let written {
            if seen { sawAddressMark = true }
            return written
        }
        // A string without contiguous UTF-8 (bridged): the slow way.
        var count = 0
        for scalar in text.unicodeScalars {
            if scalar == "@" || scalar == ":" || scalar == "w" { sawAddressMark = true }
            (destination + count).initialize(to: scalar)
            count += 1
        }
        return count
    }
}
