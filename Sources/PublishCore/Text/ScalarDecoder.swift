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
            decode(bytes, into: destination, sawAddressMark: &seen)
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

    /// `decode(_:into:sawAddressMark:)` on valid UTF-8 bytes (a Swift string's): runs of 3-byte
    /// sequences (CJK) and of ASCII each in a loop of their own, which checks no other lengths and,
    /// for the 3-byte runs, no address marks (none of `@`, `:`, `w` is 3 bytes long); any other
    /// sequence through `UTF8Bytes.decode`. Sets `sawAddressMark` when it sees `@`, `:` or `w`,
    /// and leaves it alone otherwise.
    @inlinable
    package static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, into destination: UnsafeMutablePointer<Unicode.Scalar>,
        sawAddressMark: inout Bool
    ) -> Int {
        guard let start = bytes.baseAddress else { return 0 }
        let end = bytes.count
        var seen = false
        var count = 0
        var index = 0
        while index < end {
            var lead = start[index]
            if lead & 0xF0 == 0xE0 {
                // A run of 3-byte sequences: valid UTF-8 has both continuation bytes in bounds.
                repeat {
                    let value =
                        UInt32(lead & 0x0F) << 12 | UInt32(start[index + 1] & 0x3F) << 6
                        | UInt32(start[index + 2] & 0x3F)
                    // A valid 3-byte sequence is a valid scalar (no surrogates in valid UTF-8).
                    (destination + count).initialize(to: unsafeBitCast(value, to: Unicode.Scalar.self))
                    // Neither can overflow: both stay at most `end`.
                    count &+= 1
                    index &+= 3
                    guard index < end else { break }
                    lead = start[index]
                } while lead & 0xF0 == 0xE0
            } else if lead < 0x80 {
                // A run of ASCII.
                repeat {
                    if lead == 0x40 || lead == 0x3A || lead == 0x77 { seen = true }
                    (destination + count).initialize(to: Unicode.Scalar(lead))
                    count &+= 1
                    index &+= 1
                    guard index < end else { break }
                    lead = start[index]
                } while lead < 0x80
            } else {
                let (scalar, length) = UTF8Bytes.decode(bytes, at: index)
                (destination + count).initialize(to: scalar)
                count += 1
                index += length
            }
        }
        if seen { sawAddressMark = true }
        return count
    }

    /// The general path the fast one is held to: each scalar through `UTF8Bytes.decode`, and
    /// each checked for an address mark. For tests.
    package static func decodeOneByOne(
        _ bytes: UnsafeBufferPointer<UInt8>, into destination: UnsafeMutablePointer<Unicode.Scalar>,
        sawAddressMark: inout Bool
    ) -> Int {
        var count = 0
        var index = 0
        while index < bytes.count {
            let (scalar, length) = UTF8Bytes.decode(bytes, at: index)
            if scalar == "@" || scalar == ":" || scalar == "w" { sawAddressMark = true }
            (destination + count).initialize(to: scalar)
            index += length
            count += 1
        }
        return count
    }
}
