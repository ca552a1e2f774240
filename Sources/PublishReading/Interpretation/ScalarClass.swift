import PublishCore

/// A set of scalars, as a regular expression's character class: `[…]`, `[^…]`, `\d`, `\s`.
package struct ScalarClass: Sendable {
    package let contains: @Sendable (Unicode.Scalar) -> Bool
    /// Every member, for a class made of a list (`any(of:)`); nil for any other.
    package let members: [Unicode.Scalar]?

    /// The name of a class declared once (`han`, `digits` …), by which a union holds it once.
    package let name: String?

    package init(_ contains: @escaping @Sendable (Unicode.Scalar) -> Bool) {
        self.contains = contains
        self.members = nil
        self.name = nil
    }

    private init(named name: String, _ contains: @escaping @Sendable (Unicode.Scalar) -> Bool) {
        self.contains = contains
        self.members = nil
        self.name = name
    }

    private init(members: [Unicode.Scalar]) {
        self.contains = { members.contains($0) }
        self.members = members
        self.name = nil
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
    package static let digits = ScalarClass(named: "digits") { ("0"..."9").contains($0) || ("０"..."９").contains($0) }

    /// `\d` as Swift Regex reads it on a one-scalar character: anything with a numeric value
    /// (`１`, `²`, `①`, `十`), not only ASCII digits.
    package static let number = ScalarClass(named: "number") { scalar in
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }

    /// `\s`: the Unicode White_Space property.
    package static let whitespace = ScalarClass(named: "whitespace") { scalar in
        // The property's code points (PropList.txt), without looking the property up.
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `\p{Han}` as Swift Regex reads it: Script_Extensions includes Han, so `、`, `。` and `《`
    /// are in it as well as the ideographs.
    package static let han = ScalarClass(named: "han") { HanScript.contains($0) }

    /// The class of these scalars (`[abc]` of scalars).
    package static func members(_ scalars: [Unicode.Scalar]) -> ScalarClass {
        ScalarClass(members: scalars)
    }

    /// No scalar.
    package static let nothing = ScalarClass(named: "nothing") { _ in false }

    /// Members of any of `classes`: the listed ones looked for in one list, the others asked in
    /// turn.
    package static func union(of classes: [ScalarClass]) -> ScalarClass {
        var listed: [Unicode.Scalar] = []
        var others: [ScalarClass] = []
        for member in classes {
            if let scalars = member.members {
                for scalar in scalars where !listed.contains(scalar) { listed.append(scalar) }
            } else if member.name == "nothing" {
                continue
            } else if member.name == nil || !others.contains(where: { $0.name == member.name }) {
                // A named class once, however many parts hold it.
                others.append(member)
            }
        }
        if others.isEmpty { return listed.isEmpty ? .nothing : ScalarClass(members: listed) }
        if listed.isEmpty, others.count == 1 { return others[0] }
        let list = listed
        let tests = others
        // The classes asked first: where a union is scanned over a run of its members (Han, say),
        // the first class most often answers at once.
        return ScalarClass { scalar in tests.contains { $0.contains(scalar) } || list.contains(scalar) }
    }

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
    package static let anything = ScalarClass(named: "anything") { _ in true }
}
