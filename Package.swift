// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "byline",
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .library(name: "ArticleParser", targets: ["ArticleParser"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The shared parser module: pure Swift, no terminal, no I/O.
        .target(name: "ArticleParser"),
        // ncursesw, seen through a module map and a small C shim.
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "ReaderUI",
            dependencies: [
                "ArticleParser",
                "CNCursesW",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "byline",
            dependencies: [
                "ArticleParser",
                "ReaderUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["ArticleParser"], path: "Tests/TestSupport"),
        .testTarget(name: "ArticleParserTests", dependencies: ["ArticleParser", "TestSupport"]),
        .testTarget(name: "ReaderUITests", dependencies: ["ReaderUI", "ArticleParser", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["byline", "TestSupport"]),
    ]
)
