import AllocationModel
import ArgumentParser
import EmbeddedData
import Foundation
import ScenarioFormat

/// The options that choose a basis and a key: a grant-year preset and explicit overrides.
struct BaselineOptions: ParsableArguments {
  @Option(help: "Grant year preset: 2021, 2022 or 2023 (default 2021 when nothing else is given).")
  var year: Int?

  @Option(help: "A single police list edition: 2019, 2021 or 2023.")
  var edition: String?

  @Option(help: "A chain of police lists, oldest first, e.g. 2019,2021,2023.")
  var editions: String?

  @Option(help: "SCB population date, e.g. 2019-12-31.")
  var populationDate: String?

  @Option(help: "Budget in whole kronor.")
  var budget: Int64?

  @Option(help: "Share of the budget distributed by weighted area count, 0 to 1.")
  var areaShare: Double?

  @Option(help: "Class weights, e.g. UO=1,RO=2,SUO=3.")
  var weights: String?

  @Option(help: "Delisted areas: persist (the rule) or drop.")
  var delisted: DelistedPolicy = .persist

  @Option(help: "CSV 'kommun,population' whose figures (at the population date) replace the embedded ones.")
  var populationFile: String?

  /// The embedded populations, overlaid with the user's file at the population date, if one was given.
  func populationTable(date: String) throws -> PopulationTable {
    var table = PopulationTable.embedded
    guard let populationFile else { return table }
    let bytes: [UInt8]
    do {
      bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: populationFile)))
    } catch {
      throw CLIError("cannot read the population file \(populationFile): no such file or not readable")
    }
    for (kommun, population) in try PopulationFile.read(bytes, file: populationFile) {
      table.insert(
        PopulationRecord(kommun: kommun, date: date, population: population, status: "user", source: populationFile))
    }
    return table
  }

  /// The settings these options resolve to.
  func resolve() throws(CLIError) -> BaselineSettings {
    if edition != nil && editions != nil {
      throw CLIError("give either --edition or --editions, not both")
    }
    let preset: GrantYear?
    if let year {
      guard let found = GrantYear.preset(year) else {
        let known = GrantYear.all.map { String($0.year) }.joined(separator: ", ")
        throw CLIError("--year \(year): no preset for that year; known years are \(known)")
      }
      preset = found
    } else {
      preset = GrantYear.preset(2021)
    }
    var chain = preset?.editions ?? []
    if let edition { chain = [edition] }
    if let editions {
      chain = editions.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }
    for id in chain where PoliceLists.edition(id) == nil {
      throw CLIError(
        "unknown police list edition '\(id)'; embedded editions are \(PoliceLists.editionIDs.joined(separator: ", "))")
    }
    guard !chain.isEmpty else { throw CLIError("--editions: give at least one edition, e.g. 2019,2021") }
    let date = populationDate ?? preset?.populationDate ?? ""
    guard date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil else {
      throw CLIError("--population-date '\(date)': expected a date like 2019-12-31")
    }
    var key = DistributionKey.official(budget: budget ?? preset?.budget ?? 243_500_000)
    if let areaShare { key.areaShare = areaShare }
    if let weights { key.weights = try Self.parseWeights(weights) }
    do { try key.validate() } catch { throw CLIError(error.description) }
    return BaselineSettings(editions: chain, populationDate: date, key: key, delisted: delisted)
  }

  /// Parses `UO=1,RO=2,SUO=3`; classes not named keep their official weight.
  static func parseWeights(_ text: String) throws(CLIError) -> ClassWeights {
    var weights = ClassWeights.official
    for part in text.split(separator: ",") {
      let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard pair.count == 2, let areaClass = AreaClass(rawValue: pair[0].uppercased()),
        let value = Double(pair[1])
      else {
        throw CLIError("--weights '\(text)': expected CLASS=NUMBER pairs such as UO=1,RO=2,SUO=3")
      }
      weights[areaClass] = value
    }
    return weights
  }
}

extension DelistedPolicy: ExpressibleByArgument {}

/// A resolved choice of police lists, population date, key and delisted policy.
struct BaselineSettings {
  var editions: [String]
  var populationDate: String
  var key: DistributionKey
  var delisted: DelistedPolicy

  /// The basis of the chosen chain and the transitions between its editions.
  func basis() throws -> (basis: Basis, transitions: [EditionTransition]) {
    try Basis.build(chain: editions.compactMap(PoliceLists.edition))
  }

  /// Allocates over a basis with the population table, reporting missing figures clearly.
  func allocate(basis: Basis, population: PopulationTable) throws -> AllocationResult {
    let date = populationDate
    do {
      let allocation = try Allocation(
        key: key, basis: basis, delisted: delisted, population: { population.population(kommun: $0, date: date) })
      let tallies = basis.tallies(delisted: delisted, weights: key.weights)
      var status: [String: String] = [:]
      for k in allocation.kommuner { status[k.kommun] = population.record(kommun: k.kommun, date: date)?.status }
      return AllocationResult(allocation: allocation, tallies: tallies, populationStatus: status)
    } catch .missingPopulation(let kommuner) {
      throw CLIError(
        "no SCB population for \(date) in the embedded data for \(kommuner.joined(separator: ", ")). "
          + "fordela never substitutes another date: choose a date with complete figures (2019-12-31 is complete "
          + "for the 2019 list) or supply the figures with --population-file.")
    }
  }
}

/// An allocation with the tallies and population statuses it came from.
struct AllocationResult {
  var allocation: Allocation
  var tallies: [KommunTally]
  var populationStatus: [String: String]
}
