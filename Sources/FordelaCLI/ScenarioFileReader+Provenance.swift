import AllocationModel
import EmbeddedData
import Foundation
import Reports
import ScenarioFormat

extension ScenarioFileReader {
  /// The version and hashes that stamp a result of the scenario file at `path`.
  static func stamp(_ path: String) -> MonteCarloDocument.Engine {
    let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))).map { [UInt8]($0) } ?? []
    return MonteCarloDocument.Engine(
      version: FordelaVersion.string, dataHash: DataProvenance.hash, scenarioHash: SHA256.hex(bytes),
      runDate: ISO8601DateFormatter().string(from: Date()))
  }

  /// The resolved settings of a scenario, for result headers.
  static func settings(_ s: ResolvedScenario) -> RunSettings {
    RunSettings(
      editions: s.baseline.editions, populationDate: s.baseline.populationDate,
      baselineBudgetKr: s.baseline.officialKey.budget, budgetKr: s.key.budget, areaShare: s.key.areaShare,
      weights: ["UO": s.key.weights.uo, "RO": s.key.weights.ro, "SUO": s.key.weights.suo],
      delisted: s.delisted.rawValue, splits: s.splits.rawValue, changes: s.changes.map(\.description),
      persistingDelisted: s.delisted == .persist
        ? s.scenarioBasis.areas.filter { !$0.isListed }.map { "\($0.name) (\($0.kommun), \($0.areaClass.rawValue))" }
        : [])
  }

  /// The deterministic summary of a scenario, for the HTML report.
  static func summary(_ s: ResolvedScenario, engine: MonteCarloDocument.Engine) -> DeterministicSummary {
    DeterministicSummary(
      scenario: s.name, description: s.description, settings: settings(s), engine: engine,
      rows: s.comparison.rows.map {
        .init(
          kommun: $0.kommun, baselineKr: Double($0.baselineKr), scenarioKr: Double($0.scenarioKr),
          status: $0.status.rawValue)
      })
  }
}
