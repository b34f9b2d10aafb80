import AllocationModel
import ArgumentParser
import EmbeddedData
import Foundation
import ScenarioFormat

/// The options that choose a basis and a key: a grant-year preset and explicit overrides.
///
/// They make a ``BaselineRequest`` for ``BaselineResolver``, which does every check; this type only parses
/// the flags' syntax, reads the population file and names the flags in the resolver's messages.
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

  /// The preset that fills in what the flags leave out.
  static let defaultYear = 2021

  /// The request these options make; reads the population file, if one is named.
  func request() throws -> BaselineRequest {
    if edition != nil && editions != nil {
      throw CLIError("give either --edition or --editions, not both")
    }
    var chain: [String]?
    if let edition { chain = [edition] }
    if let editions { chain = Self.list(editions) }
    return BaselineRequest(
      year: year, fallbackYear: Self.defaultYear, editions: chain, populationDate: populationDate, budget: budget,
      areaShare: areaShare, weights: try weights.map(Self.parseWeights), delisted: delisted,
      populationFile: try populationFile.map(Self.readPopulationFile))
  }

  /// The resolved baseline, with its allocation; every problem the resolver finds is a ``CLIError``.
  func resolve() throws -> (baseline: ResolvedBaseline, allocation: Allocation) {
    let resolution = BaselineResolver.resolve(try request())
    guard resolution.diagnostics.isEmpty, let baseline = resolution.baseline, let allocation = baseline.allocation
    else { throw Self.error(resolution.diagnostics) }
    return (baseline, allocation)
  }

  /// The comma-separated items of a flag's value, trimmed; empty items are dropped.
  static func list(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// The figures of the user's population file; errors name the file, line and column.
  static func readPopulationFile(_ path: String) throws -> UserPopulation {
    let bytes = try InputFile.bytes(path, what: "population file")
    let contents = try PopulationFile.read(bytes, file: path)
    return UserPopulation(source: path, figures: contents.figures, notes: contents.notes)
  }

  /// A request field as the command line names it: its flag.
  static func flag(_ field: BaselineDiagnostic.Field) -> String {
    switch field {
    case .year: "--year"
    case .editions: "--editions"
    case .populationDate: "--population-date"
    case .budget: "--budget"
    case .areaShare: "--area-share"
    case .weights: "--weights"
    case .delisted: "--delisted"
    case .populationFile: "--population-file"
    case .request: "the options"
    }
  }

  /// One diagnostic as a line of the command line's message: the flag, what is wrong, and the hint.
  static func text(_ diagnostic: BaselineDiagnostic) -> String {
    let message = diagnostic.message(naming: flag)
    let named = diagnostic.field == .request || message.contains(flag(diagnostic.field))
    var text = named ? message : "\(flag(diagnostic.field)): \(message)"
    if let hint = diagnostic.hint(naming: flag) { text += "\n  hint: \(hint)" }
    return text
  }

  /// The resolver's diagnostics as one error.
  static func error(_ diagnostics: [BaselineDiagnostic]) -> CLIError {
    CLIError(diagnostics.isEmpty ? "the baseline cannot be resolved" : diagnostics.map(text).joined(separator: "\n"))
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
