import Foundation

/// The bytes one writer puts together: a page, a part, a JSON document.
///
/// A `[UInt8]` checks that it is uniquely referenced and has room on every append, and its
/// `append(contentsOf:)` goes through the generic sequence path: about sixty instructions for a
/// piece of markup a few bytes long, and a writer appends hundreds of thousands of them. This buffer
/// has one owner (it cannot be copied), so an append is a comparison with the capacity and a copy.
/// The finished bytes are handed out as an array once (`takeArray()`).
package struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    /// The bytes written.
    package private(set) var count = 0
    private var capacity: Int

    package init(capacity: Int) {
        self.capacity = Swift.max(capacity, 64)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    // MARK: - Room

    /// Makes room for `extra` more bytes, so that the next appends of that many do not grow it.
    @inline(__always)
    package mutating func reserve(_ extra: Int) {
        if _slowPath(count &+ extra > capacity) { grow(toHold: count + extra) }
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity &* 2
        while newCapacity < needed { newCapacity &*= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    // MARK: - Appending

    @inline(__always)
    package mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    package mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).initialize(from: source, count: bytes.count)
        count &+= bytes.count
    }

    /// Appends fixed markup: a literal is a `StaticString` here, its bytes copied as they are.
    @inline(__always)
    package mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `count` copies of `byte`.
    @inline(__always)
    package mutating func append(_ byte: UInt8, times: Int) {
        guard times > 0 else { return }
        reserve(times)
        (base + count).initialize(repeating: byte, count: times)
        count &+= times
    }

    /// Appends a string's UTF-8 bytes (read in place when the string is native).
    @inline(__always)
    package mutating func append(utf8Of text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            var text = text
            text.withUTF8 { append($0) }
        }
    }

    /// Appends the bytes of `bytes`.
    @inline(__always)
    package mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Writes at most `maximum` bytes in place: `body` gets where the next byte goes and returns
    /// how many it wrote. One capacity check for a piece made of many small ones.
    @inline(__always)
    package mutating func appendInPlace(maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(maximum)
        let written = body(base + count)
        precondition(written >= 0 && written <= maximum)
        count &+= written
    }

    /// Inserts `bytes` at `index`, moving what follows.
    package mutating func insert(_ bytes: [UInt8], at index: Int) {
        guard !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + index + bytes.count).moveInitialize(from: base + index, count: count - index)
        bytes.withUnsafeBufferPointer { (base + index).initialize(from: $0.baseAddress!, count: $0.count) }
        count &+= bytes.count
    }

    /// Takes back the last `n` bytes written.
    @inline(__always)
    package mutating func removeLast(_ n: Int) {
        precondition(n >= 0 && n <= count)
        count &-= n
    }

    /// Takes back everything after the first `n` bytes.
    @inline(__always)
    package mutating func truncate(to n: Int) {
        precondition(n >= 0 && n <= count)
        count = n
    }

    // MARK: - Reading

    @inline(__always)
    package subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count)
        return base[index]
    }

    /// The bytes written, read in place.
    package func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// A copy of the bytes written.
    package var array: [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes written as an array; the buffer is gone.
    package consuming func takeArray() -> [UInt8] {
        array
    }

    /// The bytes written as text (invalid UTF-8 repaired, which the writers never make).
    package var string: String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }
}
