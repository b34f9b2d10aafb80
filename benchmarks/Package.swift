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
    // Run modes (full or quick) and the malloc-count tolerances shared by the benchmark targets.
    .target(name: "BenchmarkSupport", dependencies: [.product(name: "Benchmark", package: "benchmark")]),

    // The pure core: one allocation, a batch of list-change scenarios, basis construction.
    .executableTarget(
      name: "AllocationCore",
      dependencies: [
        "BenchmarkSupport",
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "AllocationModel", package: "fordela"),
        .product(name: "EmbeddedData", package: "fordela"),
      ],
      path: "Benchmarks/AllocationCore",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),

    // The Monte Carlo engine on the standard workload, and its statistics phase.
    .executableTarget(
      name: "MonteCarloWorkload",
      dependencies: [
        "BenchmarkSupport",
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "AllocationModel", package: "fordela"),
        .product(name: "EmbeddedData", package: "fordela"),
        .product(name: "MonteCarlo", package: "fordela"),
      ],
      path: "Benchmarks/MonteCarloWorkload",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),

    // fordela sweep: every triple of single list changes of the 2021 list, summaries only.
    .executableTarget(
      name: "SweepWorkload",
      dependencies: [
        "BenchmarkSupport",
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "AllocationModel", package: "fordela"),
        .product(name: "EmbeddedData", package: "fordela"),
      ],
      path: "Benchmarks/SweepWorkload",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
