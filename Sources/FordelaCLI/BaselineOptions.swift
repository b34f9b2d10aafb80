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

  @Option(help: "The payment of the grant year: ordinary (default) or top-up (2022's påfyllnadsmedel).")
  var payment: String?

  @Option(help: "Budget in whole kronor.")
  var budget: Int64?

  @Option(
    help: ArgumentHelp(
      "Round the amounts to multiples of this many kronor, still summing to the budget (default: the "
        + "payment's, 250 for the ordinary 2022 and 2023 money, else 1).",
      valueName: "kr"))
  var roundTo: Int64?

  @Option(help: "Share of the budget distributed by weighted area count, 0 to 1.")
  var areaShare: Double?

  @Option(help: "Class weights, e.g. UO=1,RO=2,SUO=3.")
  var weights: String?

  @Option(help: "Delisted areas: persist (the rule) or drop.")
  var delisted: DelistedPolicy = .persist

  @Option(help: "CSV 'kommun,population' whose figures (at the population date) replace the embedded ones.")
  var populationFile: String?

  @Option(
    name: .customLong("population"),
    help: ArgumentHelp(
      "A kommun's population at the population date, over the embedded figure and the file's (repeatable), "
        + "e.g. --population Botkyrka=94000.",
      valueName: "kommun=N"))
  var populations: [String] = []

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
      year: year, fallbackYear: Self.defaultYear, editions: chain, populationDate: populationDate, payment: payment,
      budget: budget, roundingUnit: roundTo, areaShare: areaShare, weights: try weights.map(Self.parseWeights),
      delisted: delisted,
      populationFile: try Self.userPopulation(file: populationFile, flags: populations))
  }

  /// The user's figures: the population file's, with those of `--population` on top; `nil` when neither is given.
  static func userPopulation(file: String?, flags: [String]) throws -> UserPopulation? {
    UserPopulation.combining(try file.map(readPopulationFile), try parsePopulations(flags))
  }

  /// Parses `--population K=N` flags into figures whose source is the command line; `nil` when there are none.
  ///
  /// The kommun must be one of Sweden's kommuner, written as SCB writes it; the figure a positive whole number.
  static func parsePopulations(_ flags: [String]) throws(CLIError) -> UserPopulation? {
    guard !flags.isEmpty else { return nil }
    var figures: [String: Int] = [:]
    for flag in flags {
      let pair = flag.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard pair.count == 2, !pair[0].isEmpty else {
        throw CLIError("--population '\(flag)': expected KOMMUN=N, e.g. --population Botkyrka=94000")
      }
      guard BaselineResolver.knownKommun(pair[0]) else {
        throw CLIError(
          "--population '\(flag)': unknown kommun '\(pair[0])'\n  hint: "
            + BaselineResolver.unknownKommunHint(for: pair[0]))
      }
      guard let figure = Int(pair[1]), figure > 0 else {
        throw CLIError(
          "--population '\(flag)': the population of \(pair[0]) must be a positive whole number, got '\(pair[1])'")
      }
      guard figures[pair[0]] == nil else {
        throw CLIError("--population: \(pair[0]) is given twice")
      }
      figures[pair[0]] = figure
    }
    return UserPopulation(source: UserPopulation.commandLine, figures: figures)
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
    case .payment: "--payment"
    case .budget: "--budget"
    case .roundingUnit: "--round-to"
    case .population: "--population"
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
