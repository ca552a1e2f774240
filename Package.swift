// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "publish",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "publish", targets: ["publish"]),
        // The library, layer by layer; `PublishSite` is what a program that builds sites imports.
        .library(
            name: "PublishKit",
            targets: ["PublishCore", "PublishReading", "PublishRules", "PublishRendering", "PublishSite", "PublishTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    // The pipeline reads one way, and each target may import only the ones before it
    // (docs/architecture.md): source positions, diagnostics and the model → reading Markdown into
    // the model → the rules → rendering → the site and authoring commands → the executable.
    targets: [
        // The C library, seen through one module map. Only Sources/PublishReading/Markdown/CmarkParser.swift imports it.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev", "pkg-config"])]
        ),
        // libdeflate, for the parts of each notice's .docx. Only Sources/PublishRendering/Docx/RawDeflate.swift imports it.
        .systemLibrary(
            name: "CLibdeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        // glibc's allocator settings (mallopt), for the executable only: Sources/publish/AllocatorSettings.swift.
        .systemLibrary(name: "CGlibcMalloc"),
        // Source positions and texts, diagnostics as values, text utilities, the typed model, the calendar.
        .target(name: "PublishCore"),
        // Bytes → Markdown tree (libcmark-gfm) and front matter → the interpreted `Notice`.
        .target(
            name: "PublishReading",
            dependencies: ["PublishCore", "CCmarkGFM", .product(name: "Yams", package: "Yams")]),
        // The rules of `publish check` and the configuration they read.
        .target(name: "PublishRules", dependencies: ["PublishCore", "PublishReading"]),
        // Plain text, HTML through templates, JSON and Word, with their view models.
        .target(
            name: "PublishRendering",
            dependencies: [
                "PublishCore", "PublishReading", "PublishRules", "CLibdeflate",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // Configuration files, content listing, build, cache, preview, authoring and the reports.
        .target(
            name: "PublishSite",
            dependencies: [
                "PublishCore", "PublishReading", "PublishRules", "PublishRendering",
                .product(name: "Yams", package: "Yams"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // The whole pipeline over one input, for the fuzzer and the reliability tests; not the product's API.
        .target(
            name: "PublishTestSupport",
            dependencies: ["PublishCore", "PublishReading", "PublishRules", "PublishRendering", "PublishSite"]),
        .executableTarget(
            name: "publish",
            dependencies: [
                "PublishCore", "PublishReading", "PublishRules", "PublishRendering", "PublishSite", "CGlibcMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PublishKitTests",
            dependencies: [
                "PublishCore", "PublishReading", "PublishRules", "PublishRendering", "PublishSite", "PublishTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                // Only to render every built-in template through both engines and compare the bytes.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)
