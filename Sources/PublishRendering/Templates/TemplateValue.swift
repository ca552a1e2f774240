/// What a template tag finds when it looks a name up: the closed set of values the view models
/// hand to templates, so rendering needs no `Any` and no dynamic casts.
///
/// Sections follow swift-mustache, which rendered the pages before (and still checks them in the
/// tests): a list repeats its section once per element and skips it when empty; `bool` shows it or
/// not; text (even empty), numbers and objects show it once with themselves pushed on the context
/// stack; `missing` (an absent name or a nil optional) skips it.
public enum TemplateValue: Sendable {
    case text(String)
    case bool(Bool)
    case int(Int)
    case list(any TemplateList)
    case object(any TemplateObject)
    /// No such name here, or a nil optional: the lookup climbs to the enclosing context.
    case missing
}

/// A value a template can look into by name: the view models answer from a switch over their
/// stored properties (`ViewModel+TemplateObject.swift`).
public protocol TemplateObject: TemplateValueConvertible {
    /// The value of `name`, or `.missing` when this object has no such name (or it is nil).
    func value(named name: String) -> TemplateValue

    /// The value of a name read when the template was compiled: what rendering asks. By default
    /// `value(named: key.name)`; the view models answer from the key's field.
    func value(for key: TemplateKey) -> TemplateValue

    /// Text this object stands for, as UTF-8 bytes ready for the page (an HTML fragment the view
    /// model made as bytes): a tag writes it as it writes text. Nil for an object that is no
    /// text, which a tag writes as nothing.
    var renderedBytes: [UInt8]? { get }
}

extension TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue { value(named: key.name) }
    public var renderedBytes: [UInt8]? { nil }
}

/// A view model: answers each field it has from one switch (`value(of:)`), for the names rendering
/// resolved when it compiled the templates and for names asked as strings alike.
public protocol TemplateFieldObject: TemplateObject {
    /// The value of `field`, or `.missing` when this object has no such field (or it is nil).
    func value(of field: TemplateField) -> TemplateValue
}

extension TemplateFieldObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        guard let field = key.field else { return .missing }
        return value(of: field)
    }

    /// The same value by name, with an HTML fragment given as the text it is.
    public func value(named name: String) -> TemplateValue {
        guard let field = TemplateField(rawValue: name) else { return .missing }
        let value = value(of: field)
        if case .object(let object) = value, let bytes = object.renderedBytes {
            return .text(String(decoding: bytes, as: UTF8.self))
        }
        return value
    }
}

/// A list a section repeats over, read by position without copying it into another array.
public protocol TemplateList: Sendable {
    var count: Int { get }
    func templateElement(at index: Int) -> TemplateValue
}

/// A Swift value that stands for a `TemplateValue`.
public protocol TemplateValueConvertible: Sendable {
    var templateValue: TemplateValue { get }
}

extension TemplateObject {
    public var templateValue: TemplateValue { .object(self) }
}

extension String: TemplateValueConvertible {
    public var templateValue: TemplateValue { .text(self) }
}

extension Bool: TemplateValueConvertible {
    public var templateValue: TemplateValue { .bool(self) }
}

extension Int: TemplateValueConvertible {
    public var templateValue: TemplateValue { .int(self) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    public var templateValue: TemplateValue { self?.templateValue ?? .missing }
}

extension Array: TemplateValueConvertible, TemplateList where Element: TemplateValueConvertible {
    public var templateValue: TemplateValue { .list(self) }
    public func templateElement(at index: Int) -> TemplateValue { self[index].templateValue }
}
