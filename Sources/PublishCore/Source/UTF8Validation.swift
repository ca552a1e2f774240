import Foundation

/// Checks raw bytes for well-formed UTF-8 once, so that the string made of them need not be
/// checked again.
///
/// `String(validating:as:)` checks Chinese text a byte at a time (about twelve instructions a
/// byte); this reads a three-byte sequence (every CJK character) in one step and skips ASCII eight
/// bytes at a time. It accepts exactly what the standard library accepts: the shortest form of
/// every scalar up to U+10FFFF, no surrogates (`UTF8ValidationTests` holds it to
/// `String(validating:as:)`).
package enum UTF8Validation {
    /// Whether `bytes` are well-formed UTF-8, and whether they are all ASCII.
    package static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> (isValid: Bool, isASCII: Bool) {
        guard let base = bytes.baseAddress else { return (true, true) }
        let count = bytes.count
        var offset = 0
        // ASCII up to the first other byte, eight bytes at a time.
        while offset + 8 <= count,
            UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
            offset += 8
        }
        while offset < count, base[offset] < 0x80 { offset += 1 }
        if offset == count { return (true, true) }
        // Leads E0 and ED are the only three-byte leads whose second byte needs more than a look
        // at its top bits, and Chinese text has none (U+0800–U+0FFF, U+D000–U+D7FF): two passes
        // of `memchr` tell whether a file has any, and a file without them is read four
        // sequences a step by their top bits alone.
        let hasNarrowLeads =
            memchr(base + offset, 0xE0, count - offset) != nil || memchr(base + offset, 0xED, count - offset) != nil
        while offset < count {
            if base[offset] < 0x80 {
                // ASCII between Chinese characters (digits, a half-width mark) comes in short runs:
                // byte by byte up to eight, and eight at a time only after eight. Looked at first:
                // a half-width comma in Chinese text tries no sequence of three bytes.
                let runEnd = min(offset + 8, count)
                offset += 1
                while offset < runEnd, base[offset] < 0x80 { offset += 1 }
                if offset == runEnd {
                    while offset + 8 <= count,
                        UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                    {
                        offset += 8
                    }
                }
                continue
            }
            // Four three-byte sequences (CJK characters and full-width marks), two to a word:
            // each a lead 1110xxxx, then two 10xxxxxx bytes; with no lead E0 or ED in the file,
            // that is a well-formed sequence.
            if !hasNarrowLeads {
                while offset + 14 <= count {
                    let first = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                    let second = UnsafeRawPointer(base + offset + 6).loadUnaligned(as: UInt64.self)
                    guard first & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0,
                        second & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0
                    else { break }
                    offset += 12
                }
            }
            // Two three-byte sequences led by E1–EC, EE or EF (CJK characters and full-width
            // marks) read as one little-endian word: each a lead 1110xxxx, then two 10xxxxxx
            // bytes; bit n of `fastLeads` says whether lead En needs no look at its second byte.
            while offset + 8 <= count {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                guard word & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0,
                    (UTF8Validation.fastLeads &>> (word & 0x0F)) & (UTF8Validation.fastLeads &>> (word &>> 24 & 0x0F)) & 1 != 0
                else { break }
                offset += 6
            }
            // One such sequence.
            if offset + 4 <= count {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt32.self)
                let lead = UInt8(truncatingIfNeeded: word)
                if word & 0x00C0_C0F0 == 0x0080_80E0, lead != 0xE0, lead != 0xED {
                    offset += 3
                    continue
                }
            }
            let lead = base[offset]
            // ASCII after the sequences: the run is read at the top of the loop.
            if lead < 0x80 { continue }
            if lead >= 0xE0 && lead <= 0xEF {
                guard offset + 2 < count else { return (false, false) }
                let second = base[offset + 1]
                let third = base[offset + 2]
                // The second byte's range: A0–BF after E0 (no overlong form), 80–9F after ED (no
                // surrogate), 80–BF otherwise.
                let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
                let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
                guard second >= low, second <= high, third & 0xC0 == 0x80 else { return (false, false) }
                offset += 3
            } else if lead >= 0xC2 && lead <= 0xDF {
                guard offset + 1 < count, base[offset + 1] & 0xC0 == 0x80 else { return (false, false) }
                offset += 2
            } else if lead >= 0xF0 && lead <= 0xF4 {
                guard offset + 3 < count else { return (false, false) }
                let second = base[offset + 1]
                // F0 90–BF (no overlong form), F4 80–8F (nothing past U+10FFFF), 80–BF otherwise.
                let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
                let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
                guard second >= low, second <= high, base[offset + 2] & 0xC0 == 0x80, base[offset + 3] & 0xC0 == 0x80
                else { return (false, false) }
                offset += 4
            } else {
                // A continuation byte where a scalar should start, C0/C1 (overlong) or F5–FF.
                return (false, false)
            }
        }
        return (true, false)
    }

    /// Bit n set: a three-byte sequence led by En is well-formed whenever its two other bytes
    /// are continuation bytes (all but E0, whose second byte must be A0–BF, and ED, 80–9F).
    private static let fastLeads: UInt64 = 0xDFFE

    /// The string of `bytes` if they are well-formed UTF-8, nil if not: `String(validating: bytes,
    /// as: UTF8.self)`, checked once.
    package static func string(validating bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let (isValid, isASCII) = check(bytes)
        guard isValid else { return nil }
        return string(unchecked: bytes, isASCII: isASCII)
    }

    /// The string of `bytes`, which the caller knows to be well-formed UTF-8 (checked by
    /// `check(_:)`, or cut at scalar boundaries out of a Swift string's bytes): copied without
    /// checking them again. `isASCII` when known; nil has it found, so that the string's ASCII flag
    /// is the one a checked string has.
    package static func string(unchecked bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool? = nil) -> String {
        guard !bytes.isEmpty else { return "" }
        // `UTF8Span` is in the standard library from Swift 6.2, on Apple systems from their 26
        // releases; older ones check the bytes again.
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            let span = Span(_unsafeElements: bytes)
            return String(copying: UTF8Span(unchecked: span, isKnownASCII: isASCII ?? allASCII(bytes)))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `bytes`, cut out of valid UTF-8, start and end at scalar boundaries (then they are
    /// valid UTF-8 themselves): the first byte is not a continuation byte, and the last scalar's
    /// lead byte has as many bytes after it as it announces.
    package static func isWhole(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        if first & 0xC0 == 0x80 { return false }
        var lead = bytes.count - 1
        while lead > 0, bytes[lead] & 0xC0 == 0x80, bytes.count - lead < 4 { lead -= 1 }
        let byte = bytes[lead]
        let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        return bytes.count - lead == length
    }

    /// Whether every byte is below 0x80 (stopping at the first word that is not).
    package static func allASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        while offset + 8 <= bytes.count {
            if UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            offset += 8
        }
        while offset < bytes.count {
            if base[offset] >= 0x80 { return false }
            offset += 1
        }
        return true
    }
}
