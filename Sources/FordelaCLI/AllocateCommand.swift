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
      --year 2021 reproduces the official 2021 table (Bilaga 1 to government decision A2020/02651): the \
      June 2019 list, SCB 2019-12-31, 243 500 000 kr. --year 2022 and --year 2023 round to 250 kr like \
      the published amounts; --year 2022 --payment top-up distributes the 216 800 000 kr top-up. \
      Explicit options override the preset.

      Examples:
        fordela allocate --year 2021
        fordela allocate --year 2022 --payment top-up
        fordela allocate --year 2023 --population Botkyrka=94000 \\
          --population Järfälla=84000 --population Sundbyberg=54000
        fordela allocate --year 2022 --population-file my-scb-2021.csv --explain
        fordela allocate --editions 2019,2021,2023 --delisted drop
        fordela allocate --kommun Malmö --format csv --csv-dialect excel-sv
      """)

  @OptionGroup var baseline: BaselineOptions

  @Option(help: "Output format: table, csv or json.")
  var format: OutputFormat = .table

  @Option(help: "CSV flavour: plain, or excel-sv (';', decimal comma, UTF-8 with BOM) for Swedish Excel.")
  var csvDialect: CSVDialect = .plain

  @Option(
    name: .customLong("kommun"),
    help: ArgumentHelp(
      "Show only this kommun (repeat for more), e.g. --kommun Malmö --kommun Göteborg; "
        + "the totals stay those of every kommun."))
  var kommuner: [String] = []

  @Option(help: "Order of the rows: name (default, Swedish order) or amount (the largest first).")
  var sort: RowSelection.Order?

  @Flag(
    help: ArgumentHelp(
      "Table: also show each amount's area part and population part and each population's source "
        + "(CSV and JSON always carry them). The footnote on where each population came from is always shown."))
  var explain = false

  @Flag(help: .hidden)
  var internalChecks = false

  func run(console: Console) throws {
    let (resolved, allocation) = try baseline.resolve()
    console.notes(resolved.notes)
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
    report.payment = resolved.settings.payment
    report.basis = resolved.basis
    report.engine = EngineStamp(
      version: FordelaVersion.string, scenarioHash: nil, runDate: ISO8601DateFormatter().string(from: Date()))
    let doc = try report.document.selecting(kommuner: kommuner.kommunFilter, sort: sort)
    switch format {
    case .table: console.out(doc.table(explain: explain))
    case .csv: console.out(doc.csv(dialect: csvDialect))
    case .json: console.out(try doc.json())
    }
  }
}
