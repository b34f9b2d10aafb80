import AllocationModel
import ArgumentParser
import EmbeddedData
import Foundation
import Reports

/// `fordela history`: the real police lists replayed under the update rule, and each grant year's allocation.
struct HistoryCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Replay the police lists 2019 → 2021 → 2023 under the rule and allocate each grant year.",
    discussion: """
      For each step: which areas entered, which left (and persist), which changed class or name. Then
      the allocation of each grant-year preset. A preset whose population date has gaps in the embedded
      SCB data is reported as not computed, with the missing kommuner; fordela never substitutes another date.
      """)

  @Option(help: "The chain of police lists to replay, oldest first (default: every embedded list).")
  var editions: String?

  @Option(help: "SCB population date for every grant year, instead of each preset's own.")
  var populationDate: String?

  @Option(help: "Budget in whole kronor for every grant year, instead of each preset's own.")
  var budget: Int64?

  @Option(help: "Delisted areas: persist (the rule) or drop.")
  var delisted: DelistedPolicy = .persist

  func run(console: Console) throws {
    let chain = try chainIDs()
    if let populationDate, populationDate.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil {
      throw CLIError("--population-date '\(populationDate)': expected a date like 2019-12-31")
    }
    if let budget { try DistributionKey.official(budget: budget).validate() }
    let editions = chain.compactMap(PoliceLists.edition)
    let (_, transitions) = try Basis.build(chain: editions)
    var weightAfter: [String: Double] = [:]
    for end in editions.indices {
      let basis = try Basis.build(chain: Array(editions[...end])).basis
      weightAfter[editions[end].id] = basis.tallies(delisted: delisted).reduce(0) { $0 + $1.weight }
    }
    let years = try GrantYear.all.map(allocate)
    let report = HistoryReport(
      editions: chain, transitions: transitions, delisted: delisted, weightAfter: weightAfter, years: years)
    console.out(report.text())
  }

  /// The edition ids to replay, checked against the embedded ones.
  private func chainIDs() throws(CLIError) -> [String] {
    guard let editions else { return PoliceLists.editionIDs }
    let ids = editions.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    guard !ids.isEmpty else { throw CLIError("--editions: give at least one edition, e.g. 2019,2021") }
    for id in ids where PoliceLists.edition(id) == nil {
      throw CLIError(
        "unknown police list edition '\(id)'; embedded editions are \(PoliceLists.editionIDs.joined(separator: ", "))")
    }
    return ids
  }

  /// One grant year's allocation under the options, or the reason it cannot be computed.
  private func allocate(_ preset: GrantYear) throws -> HistoryReport.Year {
    let date = populationDate ?? preset.populationDate
    let key = DistributionKey.official(budget: budget ?? preset.budget)
    let title =
      "Grant year \(preset.year) · lists \(preset.editions.joined(separator: "→")) · SCB \(date) · "
      + "\(Kronor.grouped(key.budget)) kr"
    let basis = try Basis.build(chain: preset.editions.compactMap(PoliceLists.edition)).basis
    let result = Result { () throws(AllocationError) -> Allocation in
      try Allocation(
        key: key, basis: basis, delisted: delisted,
        population: { PopulationTable.embedded.population(kommun: $0, date: date) })
    }
    switch result {
    case .success(let allocation):
      return .init(title: title, allocation: allocation, problem: nil)
    case .failure(.missingPopulation(let kommuner)):
      return .init(
        title: title, allocation: nil,
        problem: "no SCB population at \(date) for \(kommuner.joined(separator: ", ")) in the embedded data; "
          + "fordela never substitutes another date (give --population-date, or run a scenario with a population_file)")
    case .failure(let error):
      throw error
    }
  }
}
