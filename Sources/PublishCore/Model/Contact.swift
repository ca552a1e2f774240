/// One way to reach the issuer, from the closing.
public struct Contact: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case phone
        case postalAddress
        case email
        case website
        /// A postcode in a field of its own with no address in the closing to belong to
        /// (`邮政编码：130102`); one after an address is that address's `postcode`.
        case postcode
    }

    public var kind: Kind
    /// The label as written (`联系电话`, `邮寄地址`, `电子信箱`).
    public var label: String
    /// The number, address, e-mail address or URL as written.
    public var value: String
    public var valueRange: SourceRange
    /// Office hours after a phone number (`工作日8:30-17:00`).
    public var hours: LocatedText?
    /// The postcode after an address (`130102`).
    public var postcode: LocatedText?
    public var range: SourceRange

    package init(kind: Kind, label: String, value: String, valueRange: SourceRange, hours: LocatedText? = nil, postcode: LocatedText? = nil, range: SourceRange) {
        self.kind = kind
        self.label = label
        self.value = value
        self.valueRange = valueRange
        self.hours = hours
        self.postcode = postcode
        self.range = range
    }
}
