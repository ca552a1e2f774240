import PublishRendering

extension ByteBuffer {
    /// Appends `value` in decimal, as `String(value)` writes it.
    mutating func append(decimal value: Int) {
        appendInPlace(maximum: 20) { start in
            var cursor = start
            if value < 0 {
                cursor.pointee = UInt8(ascii: "-")
                cursor += 1
            }
            var magnitude = value.magnitude
            var digits = 1
            var probe = magnitude / 10
            while probe > 0 {
                digits += 1
                probe /= 10
            }
            var end = cursor + digits
            cursor = end
            repeat {
                end -= 1
                end.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            return cursor - start
        }
    }
}
