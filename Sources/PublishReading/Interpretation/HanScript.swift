import PublishCore

/// The scalars whose Script_Extensions include Han: what `\p{Han}` matches in Swift Regex.
///
/// Besides the ideographs this holds the CJK punctuation Chinese shares with Japanese (`、`, `。`,
/// `《》`, `【】`), the middle dot `·` and the enclosed ideographs. `ScalarPatternTests` checks the
/// table against the regular expression for every scalar, so a new Unicode version that changes
/// it fails a test rather than a match.
package enum HanScript {
    /// Sorted, disjoint, inclusive.
    package static let ranges: [ClosedRange<UInt32>] = [
        0xB7...0xB7, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x2FFF, 0x3001...0x3003,
        0x3005...0x3011, 0x3013...0x301F, 0x3021...0x302D, 0x3030...0x3030, 0x3037...0x303F, 0x30FB...0x30FB,
        0x3190...0x319F, 0x31C0...0x31E5, 0x31EF...0x31EF, 0x3220...0x3247, 0x3280...0x32B0, 0x32C0...0x32CB,
        0x32FF...0x32FF, 0x3358...0x3370, 0x337B...0x337F, 0x33E0...0x33FE, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA700...0xA707, 0xF900...0xFA6D, 0xFA70...0xFAD9, 0xFE45...0xFE46, 0xFF61...0xFF65, 0x16FE2...0x16FE3,
        0x16FF0...0x16FF1, 0x1D360...0x1D371, 0x1F250...0x1F251, 0x20000...0x2A6DF, 0x2A700...0x2B739,
        0x2B740...0x2B81D, 0x2B820...0x2CEA1, 0x2CEB0...0x2EBE0, 0x2EBF0...0x2EE5D, 0x2F800...0x2FA1D,
        0x30000...0x3134A, 0x31350...0x323AF,
    ]

    package static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // The common case first: a unified ideograph.
        if value >= 0x4E00 && value <= 0x9FFF { return true }
        if value < 0xB7 { return false }
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
