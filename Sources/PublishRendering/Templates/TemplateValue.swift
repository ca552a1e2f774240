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
