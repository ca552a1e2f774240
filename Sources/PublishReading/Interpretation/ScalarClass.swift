import PublishCore

/// A set of scalars, as a regular expression's character class: `[…]`, `[^…]`, `\d`, `\s`.
package struct ScalarClass: Sendable {
    package let contains: @Sendable (Unicode.Scalar) -> Bool
    /// Every member, for a class made of a list (`any(of:)`); nil for any other.
    package let members: [Unicode.Scalar]?

    package init(_ contains: @escaping @Sendable (Unicode.Scalar) -> Bool) {
        self.contains = contains
        self.members = nil
    }

    private init(members: [Unicode.Scalar]) {
        self.contains = { members.contains($0) }
        self.members = members
    }

    /// `[abc]`
    package static func any(of scalars: String) -> ScalarClass {
        ScalarClass(members: Array(scalars.unicodeScalars))
    }

    /// `[^abc]`
    package static func none(of scalars: String) -> ScalarClass {
        let members = Array(scalars.unicodeScalars)
        return ScalarClass { !members.contains($0) }
    }

    /// `[0-9０-９]`: ASCII and full-width digits.
    package static let digits = ScalarClass { ("0"..."9").contains($0) || ("０"..."９").contains($0) }

    /// `\d` as Swift Regex reads it on a one-scalar character: anything with a numeric value
    /// (`１`, `²`, `①`, `十`), not only ASCII digits.
    package static let number = ScalarClass { scalar in
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }

    /// `\s`: the Unicode White_Space property.
    package static let whitespace = ScalarClass { scalar in
        // The property's code points (PropList.txt), without looking the property up.
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `\p{Han}` as Swift Regex reads it: Script_Extensions includes Han, so `、`, `。` and `《`
    /// are in it as well as the ideographs.
    package static let han = ScalarClass { HanScript.contains($0) }

    /// Members of either class.
    package func union(_ other: ScalarClass) -> ScalarClass {
        let contains = self.contains
        return ScalarClass { contains($0) || other.contains($0) }
    }

    /// Members of this class that are not in `other`.
    package func subtracting(_ other: ScalarClass) -> ScalarClass {
        let contains = self.contains
        return ScalarClass { contains($0) && !other.contains($0) }
    }

    /// Every scalar.
    package static let anything = ScalarClass { _ in true }
}
