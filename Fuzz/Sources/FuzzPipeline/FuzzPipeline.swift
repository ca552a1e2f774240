import CFuzzerDriver
import PublishTestSupport

/// libFuzzer's entry point: one input, as the bytes of a notice file, through the whole pipeline
/// (`WholePipeline`: decode, front matter, Markdown, interpretation, every rule, text, HTML, JSON,
/// feed). A crash, a hang (`-timeout`) or a broken promise of the output (`WholePipeline.violations`,
/// which traps here) is a finding; libFuzzer saves the input, and `Fuzz/run-fuzzer` copies it to
/// `Fuzz/crashes/`, which the normal test run replays.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let outputs = WholePipeline.run(bytes: bytes)
    let problems = WholePipeline.violations(in: outputs)
    if !problems.isEmpty {
        fatalError("the output breaks a promise of the site:\n" + problems.joined(separator: "\n"))
    }
    return 0
}

/// SwiftPM links an executable's `main` to `<module>_main`, which hides libFuzzer's own `main`:
/// this is that function, and it hands over to libFuzzer's driver.
@_cdecl("FuzzPipeline_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
