import AllocationModel
import Foundation
import Reports
import Testing

/// The Monte Carlo document records the uncertainty model the run used, resolved.
@Suite struct MonteCarloDocumentTests {
  @Test func recordsTheResolvedUncertaintyModel() throws {
    let s = try ReportsFixtures.load(ReportsFixtures.monteCarloYAML)
    let doc = MonteCarloDocument(scenario: s, result: try ReportsFixtures.run(s), engine: ReportsFixtures.engine)
    let u = doc.uncertainty
    let r = try #require(u.reclassification)
    #expect(r.kind == .matrix && r.probability == nil)
    #expect(r.transitions["UO"] == ["UO": 0.9, "RO": 0.04, "delisted": 0.06])
    #expect(r.transitions["SUO"]?["SUO"] == 0.92)
    let n = try #require(u.newAreas)
    #expect(n.mean == 1.5 && n.classMix == ClassValues(uo: 0.8, ro: 0.15, suo: 0.05) && n.landing == .table)
    #expect(
      n.table == [
        .init(kommun: "Nacka", weight: 1, population: nil), .init(kommun: "Tyresö", weight: 0.5, population: 49_000),
      ])
    let g = try #require(u.populationGrowth)
    #expect(g.mean == 0.01 && g.sd == 0.01 && g.overrides == [.init(kommun: "Uppsala", mean: 0.02, sd: 0)])
    #expect(doc.setup.changes.count == 1 && doc.setup.changes[0].contains("Rannebergen"))
    for k in doc.kommuner where k.baselineKr > 0 {
      #expect(abs(k.baselineKr - Double(k.baselineKrRounded)) < 1, "\(k.kommun)")
    }
  }

  @Test func aSimpleReclassificationIsRecordedWithItsFullRows() throws {
    let spec = UncertaintySpec(draws: 10, seed: 1, reclassification: .simple(probability: 0.1, up: 0.5))
    let r = try #require(UncertaintyRecord(spec).reclassification)
    #expect(r.kind == .simple && r.probability == 0.1 && r.up == 0.5)
    #expect(r.transitions["UO"] == ["UO": 0.9, "RO": 0.05, "delisted": 0.05])
    #expect(r.transitions["SUO"] == ["SUO": 0.95, "RO": 0.05], "an SUO that draws an upgrade stays SUO")
  }

  @Test func theJSONNamesTheModelsParts() throws {
    let s = try ReportsFixtures.load(ReportsFixtures.monteCarloYAML)
    let doc = MonteCarloDocument(scenario: s, result: try ReportsFixtures.run(s), engine: ReportsFixtures.engine)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(try JSONText.encode(doc).utf8)) as? [String: Any])
    #expect(object["kind"] as? String == "monte_carlo")
    let u = try #require(object["uncertainty"] as? [String: Any])
    #expect((u["reclassification"] as? [String: Any])?["kind"] as? String == "matrix")
    #expect((u["new_areas"] as? [String: Any])?["landing"] as? String == "table")
    #expect(((u["population_growth"] as? [String: Any])?["overrides"] as? [Any])?.count == 1)
    let row = try #require((object["kommuner"] as? [[String: Any]])?.first)
    #expect(row["baseline_kr"] is Double && row["baseline_kr_rounded"] is Int)
  }
}
