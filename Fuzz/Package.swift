// swift-tools-version:6.0
// The libFuzzer target over the whole pipeline. A package of its own, so `swift build` and
// `swift test` of the main package never see `-sanitize=fuzzer`; `Fuzz/run-fuzzer` builds and runs it.
import PackageDescription

let package = Package(
    name: "publish-fuzz",
    dependencies: [
        .package(name: "publish", path: "..")
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "FuzzPipeline",
            dependencies: ["CFuzzerDriver", .product(name: "PublishKit", package: "publish")]
        ),
    ]
)
