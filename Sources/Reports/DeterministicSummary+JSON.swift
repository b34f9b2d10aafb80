import Foundation

extension DeterministicSummary {
  /// Reads the JSON that `fordela run --format json` writes for a deterministic scenario.
  public init(json: Data, engine: MonteCarloDocument.Engine) throws {
    let doc = try JSONDecoder().decode(Saved.self, from: json)
    self.init(
      scenario: doc.scenario, description: doc.description,
      settings: RunSettings(
        editions: doc.baseline.editions, populationDate: doc.baseline.populationDate,
        baselineBudgetKr: doc.baseline.budgetKr, budgetKr: doc.settings.budgetKr,
        areaShare: doc.settings.areaShare, weights: doc.settings.weights, delisted: doc.settings.delisted,
        splits: doc.settings.splits, changes: doc.changes, persistingDelisted: []),
      engine: engine,
      rows: doc.kommuner.map {
        Row(kommun: $0.kommun, baselineKr: $0.baselineKr, scenarioKr: $0.scenarioKr, status: $0.status)
      })
  }

  private struct Saved: Decodable {
    struct Baseline: Decodable {
      var editions: [String]
      var populationDate: String
      var budgetKr: Int64
      enum CodingKeys: String, CodingKey {
        case editions, populationDate = "population_date", budgetKr = "budget_kr"
      }
    }
    struct Settings: Decodable {
      var budgetKr: Int64
      var areaShare: Double
      var weights: [String: Double]
      var delisted: String
      var splits: String
      enum CodingKeys: String, CodingKey {
        case budgetKr = "budget_kr", areaShare = "area_share", weights, delisted, splits
      }
    }
    struct Kommun: Decodable {
      var kommun: String
      var baselineKr: Double
      var scenarioKr: Double
      var status: String
      enum CodingKeys: String, CodingKey {
        case kommun, baselineKr = "baseline_kr", scenarioKr = "scenario_kr", status
      }
    }
    var scenario: String
    var description: String?
    var baseline: Baseline
    var settings: Settings
    var changes: [String]
    var kommuner: [Kommun]
  }
}
