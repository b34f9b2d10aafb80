import AllocationModel
import ArgumentParser
import EmbeddedData
import Foundation
import Reports
import ScenarioFormat

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
    let (resolved, allocation) = try baseline.resolve()
    if InternalChecks.enabled(flag: internalChecks) {
      try InternalChecks.require(allocation.invariantViolations, in: "the allocation")
    }
    let status = resolved.populationStatus
    var report = AllocationReport(
      editions: resolved.settings.editions, populationDate: resolved.settings.populationDate,
      delisted: resolved.delisted, allocation: allocation, tallies: resolved.tallies,
      populationStatus: Dictionary(
        uniqueKeysWithValues: allocation.kommuner.compactMap { k in
          status[k.kommun].map { (k.kommun, $0) }
        }))
    report.year = resolved.settings.year
    report.populationFile = resolved.settings.populationFile
    report.basis = resolved.basis
    report.engine = EngineStamp(
      version: FordelaVersion.string, scenarioHash: nil, runDate: ISO8601DateFormatter().string(from: Date()))
    switch format {
    case .table: console.out(report.table())
    case .csv: console.out(report.csv(dialect: csvDialect))
    case .json: console.out(try report.json())
    }
  }
}
