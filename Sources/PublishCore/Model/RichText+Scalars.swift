extension RichText {
    /// `plain.scalarArray`: the scalars of every run, decoded from each run's UTF-8 into one array,
    /// without joining the runs into a string first.
    package var scalarArray: [Unicode.Scalar] {
        guard runs.count > 1 else { return runs.first?.text.scalarArray ?? [] }
        let capacity = runs.reduce(0) { $0 + $1.text.utf8.count }
        return [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buffer, count in
            for run in runs {
                let decoded: Void? = run.text.utf8.withContiguousStorageIfAvailable { bytes in
                    guard !bytes.isEmpty else { return }
                    var sawAddressMark = false
                    count += ScalarDecoder.decode(bytes, into: buffer.baseAddress! + count, sawAddressMark: &sawAddressMark)
                }
                // A run without contiguous UTF-8 (bridged): its scalars one by one.
                if decoded == nil {
                    for scalar in run.text.unicodeScalars {
                        buffer.initializeElement(at: count, to: scalar)
                        count += 1
                    }
                }
            }
        }
    }

    /// The offset in scalars of the first `scalar` of the text (`plain.scalarArray.firstIndex(of:)`),
    /// found on the runs' UTF-8 bytes without decoding or joining them.
    package func firstOffset(of scalar: Unicode.Scalar) -> Int? {
        // One scalar is a small string: its bytes are on the stack.
        let needle = String(scalar)
        return needle.utf8.withContiguousStorageIfAvailable { needle in
            var consumed = 0
            for run in runs {
                let found: Int?? = run.text.utf8.withContiguousStorageIfAvailable { bytes in
                    UTF8Bytes.firstOffset(of: needle, in: bytes, from: 0).map { UTF8Bytes.scalarCount(bytes, in: 0..<$0) }
                }
                switch found {
                case .some(.some(let offset)): return consumed + offset
                case .some(.none): consumed += run.text.utf8ScalarCount
                case .none:
                    // A run without contiguous UTF-8 (bridged): its scalars one by one.
                    let scalars = run.text.unicodeScalars
                    if let offset = scalars.firstIndex(of: scalar) {
                        return consumed + scalars.distance(from: scalars.startIndex, to: offset)
                    }
                    consumed += scalars.count
                }
            }
            return nil
        } ?? plain.scalarArray.firstIndex(of: scalar)
    }
}
