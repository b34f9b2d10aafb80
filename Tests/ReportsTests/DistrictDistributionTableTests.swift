import AllocationModel
import Foundation
import MonteCarlo
import Reports
import ScenarioFormat
import Testing

/// The districts of a kommun in a Monte Carlo document: JSON, table, CSV and HTML.
@Suite struct DistrictDistributionTableTests {
  static func document() throws -> MonteCarloDocument {
    let yaml =
      DistrictTableTests.yaml + """
        uncertainty:
          draws: 2000
          seed: 5
          reclassification: {probability: 0.2, up: 0.5}

        """
    let s = try ReportsFixtures.load(yaml)
    let spec = try #require(s.uncertainty)
    let input = SimulationInput(
      basis: s.scenarioBasis, key: s.key, delisted: s.delisted, splits: s.splits, population: s.scenarioPopulation,
      baseline: s.baselineAllocation, uncertainty: spec)
    let plan = try #require(s.districts)
    let baseline = try #require(s.baselineDistricts)
    var doc = MonteCarloDocument(scenario: s, result: try ReportsFixtures.run(s), engine: ReportsFixtures.engine)
    doc.districts = DistrictDistributionTable(
      try MonteCarloEngine.runDistricts(
        input, districts: DistrictRun(plan: plan, baseline: baseline.rows.map(\.amount)),
        options: EngineOptions(threads: 2)))
    return doc
  }

  @Test func everyOutputShowsEachDistrictsDistribution() throws {
    let doc = try Self.document()
    let districts = try #require(doc.districts)
    #expect(districts.kommun == "Stockholm" && districts.rows.count == 6)
    let json = try JSONText.encode(doc)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let rows = try #require((object["districts"] as? [String: Any])?["rows"] as? [[String: Any]])
    for key in ["district", "baseline_kr", "mean_change_kr", "p05_change_kr", "p95_change_kr", "p_loss"] {
      #expect(rows.allSatisfy { $0[key] != nil }, "\(key)")
    }
    let back = try JSONDecoder().decode(MonteCarloDocument.self, from: Data(json.utf8))
    #expect(back.districts == districts)
    let table = MonteCarloReport.table(doc)
    let csv = MonteCarloReport.csv(doc)
    let html = HTMLReport.render(doc)
    #expect(table.contains("Districts of Stockholm:") && table.split(separator: "\n").allSatisfy { $0.count <= 80 })
    #expect(csv.components(separatedBy: "\n\n").count == 2)
    #expect(html.contains("<h2>Per district of Stockholm</h2>"))
    for row in districts.rows {
      #expect(table.contains(row.district) && csv.contains(row.district) && html.contains(row.district))
    }
  }

  @Test func aRunWithoutDistrictsHasNone() throws {
    let s = try ReportsFixtures.load(ReportsFixtures.deterministicYAML)
    let doc = MonteCarloDocument(scenario: s, result: try ReportsFixtures.run(s), engine: ReportsFixtures.engine)
    let json = try JSONText.encode(doc)
    #expect(doc.districts == nil && !json.contains("\"districts\""))
    #expect(!MonteCarloReport.table(doc).contains("Districts of"))
  }
}
