import AllocationModel
import ArgumentParser
import EmbeddedData
import Foundation
import Reports

/// `fordela allocate`: the key on embedded data, for a grant year or explicit settings.
struct AllocateCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "allocate",
    abstract: "Distribute a budget by the key over the embedded police lists and SCB populations.",
    discussion: """
      --year 2021 reproduces the official 2021 table (seed 000): the June 2019 list, SCB 2019-12-31,
      243 500 000 kr. Explicit options override the preset.
      """)

  @OptionGroup var baseline: BaselineOptions

  @Option(help: "Output format: table, csv or json.")
  var format: OutputFormat = .table

  @Option(help: "CSV flavour: plain, or excel-sv (';', decimal comma, UTF-8 with BOM) for Swedish Excel.")
  var csvDialect: CSVDialect = .plain

  @Flag(help: .hidden)
  var internalChecks = false

  func run(console: Console) throws {
    let settings = try baseline.resolve()
    let (basis, _) = try settings.basis()
    let result = try settings.allocate(
      basis: basis, population: try baseline.populationTable(date: settings.populationDate))
    if InternalChecks.enabled(flag: internalChecks) {
      try InternalChecks.require(result.allocation.invariantViolations, in: "the allocation")
    }
    var report = AllocationReport(
      editions: settings.editions, populationDate: settings.populationDate, delisted: settings.delisted,
      allocation: result.allocation, tallies: result.tallies, populationStatus: result.populationStatus)
    report.year = baseline.year
    report.populationFile = baseline.populationFile
    report.basis = basis
    report.engine = EngineStamp(
      version: FordelaVersion.string, scenarioHash: nil, runDate: ISO8601DateFormatter().string(from: Date()))
    switch format {
    case .table: console.out(report.table())
    case .csv: console.out(report.csv(dialect: csvDialect))
    case .json: console.out(try report.json())
    }
  }
}
