import Testing
@testable import PublishSite

/// The cache key's hash is the same in every run and tells apart inputs that differ only in
/// length, order or a trailing zero byte.
@Suite struct Hash64Tests {
    static func hash(_ parts: [[UInt8]]) -> String {
        var hash = Hash64()
        for part in parts { hash.add(part) }
        return hash.hex
    }

    @Test func isTheSameInEveryRun() {
        // Fixed values: a change of the function changes every key (and misses every cached notice once).
        #expect(Self.hash([[]]) == Self.hash([[]]))
        #expect(Self.hash([Array(repeating: Array("整改".utf8), count: 20).flatMap { $0 }]) == "c71d61b5260275f6")
        #expect(Self.hash([Array("巡视整改".utf8)]) == "2268ee35734aa63d")
        #expect(Self.hash([Array("巡视整改".utf8)]) == Self.hash([Array("巡视整改".utf8)]))
    }

    @Test(arguments: [
        ([[UInt8]()], [[UInt8(0)]]),
        ([[0]], [[0, 0]]),
        ([[1, 2]], [[2, 1]]),
        ([[1], [2]], [[1, 2]]),
        ([Array(repeating: 7, count: 8)], [Array(repeating: 7, count: 9)]),
        ([Array("notice-1.md".utf8)], [Array("notice-2.md".utf8)]),
        ([Array(repeating: 0, count: 16)], [Array(repeating: 0, count: 8), Array(repeating: 0, count: 8)]),
        // Longer than one round of the four lanes: a byte changed in each lane, and two lanes' words swapped.
        ([Array(0..<100)], [Array(0..<100).map { $0 == 40 ? 0 : $0 }]),
        ([Array(0..<100)], [Array(0..<100).map { $0 == 63 ? 0 : $0 }]),
        ([Array(0..<32)], [Array(8..<16) + Array(0..<8) + Array(16..<32)]),
    ] as [([[UInt8]], [[UInt8]])])
    func tellsApartInputsThatDifferOnlyInLengthOrOrder(a: [[UInt8]], b: [[UInt8]]) {
        #expect(Self.hash(a) != Self.hash(b))
    }
}
