import AllocationModel
import ArgumentParser
import EmbeddedData
import Foundation
import Reports
import ScenarioFormat

/// `fordela history`: the real police lists replayed under the update rule, and each grant year's allocation.
struct HistoryCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Replay the police lists 2019 → 2021 → 2023 under the rule and allocate each grant year.",
    discussion: """
      For each step: which areas entered, which left (and persist), which changed class or name. Then the \
      allocation of each grant-year preset. A preset whose population date has gaps in the embedded SCB \
      data is reported as not computed, with the missing kommuner; fordela never substitutes another date. \
      A --population-file or --population K=N fills such gaps: the figures apply at every grant year's \
      population date. A year with a top-up (2022) shows it after the ordinary money.

      Examples:
        fordela history
        fordela history --delisted drop
        fordela history --population-file my-scb.csv
        fordela history --population Botkyrka=94000 \\
          --population Järfälla=84000 --population Sundbyberg=54000
      """)

  @Option(help: "The chain of police lists to replay, oldest first (default: every embedded list).")
  var editions: String?

  @Option(help: "SCB population date for every grant year, instead of each preset's own.")
  var populationDate: String?

  @Option(help: "Budget in whole kronor for every grant year, instead of each preset's own.")
  var budget: Int64?

  @Option(
    help: ArgumentHelp(
      "Round every grant year's amounts to multiples of this many kronor, instead of each payment's own unit.",
      valueName: "kr"))
  var roundTo: Int64?

  @Option(help: "Delisted areas: persist (the rule) or drop.")
  var delisted: DelistedPolicy = .persist

  @Option(
    help: "CSV 'kommun,population' whose figures replace the embedded ones at every grant year's population date.")
  var populationFile: String?

  @Option(
    name: .customLong("population"),
    help: ArgumentHelp(
      "A kommun's population at every grant year's population date (repeatable), e.g. --population Botkyrka=94000.",
      valueName: "kommun=N"))
  var populations: [String] = []

  func run(console: Console) throws {
    let chain = editions.map(BaselineOptions.list) ?? PoliceLists.editionIDs
    let problems = BaselineResolver.checkEditions(chain)
    guard problems.isEmpty else { throw BaselineOptions.error(problems) }
    let userPopulation = try BaselineOptions.userPopulation(file: populationFile, flags: populations)
    console.notes(userPopulation?.notes ?? [])
    let years = try GrantYear.all.flatMap { preset in
      try preset.payments.map { try allocate(preset, payment: $0, population: userPopulation) }
    }
    let editions = chain.compactMap(PoliceLists.edition)
    let (_, transitions) = try Basis.build(chain: editions)
    var weightAfter: [String: Double] = [:]
    for end in editions.indices {
      let basis = try Basis.build(chain: Array(editions[...end])).basis
      weightAfter[editions[end].id] = basis.tallies(delisted: delisted).reduce(0) { $0 + $1.weight }
    }
    let report = HistoryReport(
      editions: chain, transitions: transitions, delisted: delisted, weightAfter: weightAfter, years: years)
    console.out(report.text())
  }

  /// One grant year resolved through ``BaselineResolver``, or the reason it cannot be computed.
  ///
  /// Missing populations make the year "not computed"; any other problem with the options is an error.
  private func allocate(_ preset: GrantYear, payment: GrantYear.Payment, population: UserPopulation?) throws
    -> HistoryReport.Year
  {
    let request = BaselineRequest(
      year: preset.year, populationDate: populationDate, payment: payment.name, budget: budget, roundingUnit: roundTo,
      delisted: delisted, populationFile: population)
    let resolution = BaselineResolver.resolve(request)
    let missing = resolution.diagnostics.filter {
      if case .missingPopulation = $0.problem { true } else { false }
    }
    guard missing.count == resolution.diagnostics.count, let baseline = resolution.baseline else {
      throw BaselineOptions.error(resolution.diagnostics)
    }
    let settings = baseline.settings
    var title = "Grant year \(preset.year)"
    if payment.name != GrantYear.Payment.ordinary { title += " \(payment.name)" }
    title += " · lists \(settings.editions.joined(separator: "→")) · SCB \(settings.populationDate)"
    if let file = settings.populationFile { title += " + \(file)" }
    title += " · \(Kronor.grouped(baseline.key.budget)) kr"
    guard let allocation = baseline.allocation, missing.isEmpty else {
      let problem = missing.map { d in
        [d.message(naming: BaselineOptions.flag), d.hint(naming: BaselineOptions.flag)].compactMap { $0 }
          .joined(separator: "; ")
      }
      return .init(title: title, allocation: nil, problem: problem.joined(separator: "\n"))
    }
    return .init(title: title, allocation: allocation, problem: nil)
  }
}
