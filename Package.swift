// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "fordela",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "fordela", targets: ["fordela"]),
    .library(name: "AllocationModel", targets: ["AllocationModel"]),
    .library(name: "EmbeddedData", targets: ["EmbeddedData"]),
    .library(name: "ScenarioFormat", targets: ["ScenarioFormat"]),
    .library(name: "MonteCarlo", targets: ["MonteCarlo"]),
    .library(name: "Reports", targets: ["Reports"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    // C behind a small wrapper: only FordelaGSL imports CGSL.
    .systemLibrary(
      name: "CGSL",
      pkgConfig: "gsl",
      providers: [.apt(["libgsl-dev"])]
    ),
    .target(name: "FordelaGSL", dependencies: ["CGSL"]),

    // The pure core: values in, values out; no I/O.
    .target(name: "AllocationModel"),

    // The police lists and SCB populations, compiled into the binary.
    .target(
      name: "EmbeddedData",
      dependencies: ["AllocationModel", .product(name: "Crypto", package: "swift-crypto")],
      exclude: ["Resources/SOURCES.md"],
      resources: [
        .embedInCode("Resources/lagesbild_2019.tsv"),
        .embedInCode("Resources/lagesbild_2021.tsv"),
        .embedInCode("Resources/lagesbild_2023.tsv"),
        .embedInCode("Resources/population_scb.tsv"),
        .embedInCode("Resources/kommuner_2021.tsv"),
      ]
    ),

    // Scenario files (YAML) with source locations for every error.
    .target(
      name: "ScenarioFormat",
      dependencies: [
        "AllocationModel", "EmbeddedData", .product(name: "Yams", package: "Yams"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),

    // The parallel Monte Carlo engine and its statistics.
    .target(name: "MonteCarlo", dependencies: ["AllocationModel", "FordelaGSL"]),

    // Rendering results as tables, CSV, JSON and HTML.
    .target(name: "Reports", dependencies: ["AllocationModel", "EmbeddedData", "ScenarioFormat", "MonteCarlo"]),

    // The command line: argument parsing on [String]; only main.swift touches the process.
    .target(
      name: "FordelaCLI",
      dependencies: [
        "AllocationModel", "EmbeddedData", "ScenarioFormat", "MonteCarlo", "Reports",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "fordela", dependencies: ["FordelaCLI"]),

    // Tests: shared fixtures, then one target per level.
    .target(
      name: "TestSupport",
      dependencies: ["AllocationModel", "EmbeddedData", "MonteCarlo"],
      path: "Tests/TestSupport"
    ),
    .testTarget(
      name: "AllocationModelTests",
      dependencies: [
        "AllocationModel", "EmbeddedData", "TestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(name: "EmbeddedDataTests", dependencies: ["EmbeddedData", "AllocationModel"]),
    .testTarget(
      name: "ScenarioFormatTests",
      dependencies: ["ScenarioFormat", "AllocationModel", "EmbeddedData", "TestSupport"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "MonteCarloTests",
      dependencies: ["MonteCarlo", "FordelaGSL", "AllocationModel", "EmbeddedData", "ScenarioFormat", "TestSupport"]
    ),
    .testTarget(
      name: "ReportsTests",
      dependencies: ["Reports", "AllocationModel", "EmbeddedData", "ScenarioFormat", "MonteCarlo", "TestSupport"]
    ),
    .testTarget(
      name: "CLITests",
      dependencies: ["FordelaCLI", "AllocationModel", "EmbeddedData", "MonteCarlo", "TestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
