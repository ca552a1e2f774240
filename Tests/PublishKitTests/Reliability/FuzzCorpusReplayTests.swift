import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport
#endif

/// The fuzzer's corpus (`Fuzz/corpus/`, inputs that reached new code) and every input that once
/// crashed, hung or broke an output promise (`Fuzz/crashes/`), replayed through the function the
/// fuzz target calls, so a finding fixed once stays fixed without running the fuzzer.
@Suite struct FuzzCorpusReplayTests {
    static let fuzz = Fixtures.root.appendingPathComponent("Fuzz")

    static func inputs(_ folder: String) -> [String] {
        let url = fuzz.appendingPathComponent(folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    static func replay(_ url: URL) throws -> [String] {
        let bytes = [UInt8](try Data(contentsOf: url))
        let outputs = WholePipeline.run(bytes: bytes)
        var problems = WholePipeline.violations(in: outputs)
        if !XMLParser(data: Data(outputs.feed.utf8)).parse() { problems.append("feed: not well-formed XML") }
        return problems
    }

    @Test func theCorpusIsThere() {
        #expect(Self.inputs("corpus").count >= 50, "Fuzz/corpus/ holds \(Self.inputs("corpus").count) inputs")
    }

    @Test func everyCorpusInputKeepsThePromises() throws {
        for name in Self.inputs("corpus") {
            let problems = try Self.replay(Self.fuzz.appendingPathComponent("corpus").appendingPathComponent(name))
            #expect(problems.isEmpty, "Fuzz/corpus/\(name): \(problems)")
        }
    }

    @Test(arguments: inputs("crashes"))
    func everyPastCrashStaysFixed(name: String) throws {
        let problems = try Self.replay(Self.fuzz.appendingPathComponent("crashes").appendingPathComponent(name))
        #expect(problems.isEmpty, "Fuzz/crashes/\(name): \(problems)")
    }
}
