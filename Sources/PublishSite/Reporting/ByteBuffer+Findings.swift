import PublishRendering

// The formats write a finding as one piece into the buffer: its fixed layout, the bytes kept for
// its texts, its numbers, in place after one check for room (`appendInPlace`). ByteBuffer's
// appends are calls into another module, tens of instructions each, and a finding has a dozen
// pieces.

extension ByteBuffer {
    /// Appends `value` in decimal, as `String(value)` writes it.
    mutating func append(decimal value: Int) {
        appendInPlace(maximum: UnsafeMutablePointer<UInt8>.mostDecimalBytes) { start in
            var cursor = start
            cursor.put(decimal: value)
            return cursor - start
        }
    }

    /// The bytes written, as an array copied in one go (`takeArray` copies them one by one).
    consuming func takeBytes() -> [UInt8] {
        withBytes { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { array, count in
                if let source = bytes.baseAddress, bytes.count > 0 {
                    array.baseAddress!.initialize(from: source, count: bytes.count)
                }
                count = bytes.count
            }
        }
    }
}

extension UnsafeMutablePointer<UInt8> {
    /// The most bytes `put(decimal:)` writes: a sign and 19 digits.
    static var mostDecimalBytes: Int { 20 }

    /// Writes `text` here and moves past it.
    @inline(__always)
    mutating func put(_ text: StaticString) {
        update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        self += text.utf8CodeUnitCount
    }

    /// Writes `bytes` here and moves past them.
    @inline(__always)
    mutating func put(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { bytes in
            guard let source = bytes.baseAddress else { return }
            update(from: source, count: bytes.count)
            self += bytes.count
        }
    }

    /// Writes `value` in decimal, as `String(value)` writes it, and moves past it.
    @inline(__always)
    mutating func put(decimal value: Int) {
        if value < 0 {
            pointee = UInt8(ascii: "-")
            self += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var rest = magnitude
        while rest >= 10 {
            digits += 1
            rest /= 10
        }
        var end = self + digits
        self = end
        repeat {
            end -= 1
            end.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }
}
