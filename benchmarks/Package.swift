// swift-tools-version: 6.1
import PackageDescription

/// fordela's benchmark suite: a package of its own so that the root package never depends on
/// ordo-one/benchmark. Run from this directory: `swift package benchmark`.
let package = Package(
  name: "fordela-benchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "fordela", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    // The pure core: one allocation, a batch of list-change scenarios, basis construction.
    .executableTarget(
      name: "AllocationCore",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "AllocationModel", package: "fordela"),
        .product(name: "EmbeddedData", package: "fordela"),
      ],
      path: "Benchmarks/AllocationCore",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ],
  swiftLanguageModes: [.v6]
)
