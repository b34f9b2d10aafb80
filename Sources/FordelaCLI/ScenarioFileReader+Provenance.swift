import AllocationModel
import EmbeddedData
import Foundation
import Reports
import ScenarioFormat

extension ScenarioFileReader {
  /// The version and hashes that stamp a result of a loaded scenario.
  static func stamp(_ scenario: ResolvedScenario) -> MonteCarloDocument.Engine {
    MonteCarloDocument.Engine(
      version: FordelaVersion.string, dataHash: DataProvenance.hash, scenarioHash: scenario.sourceSHA256,
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
