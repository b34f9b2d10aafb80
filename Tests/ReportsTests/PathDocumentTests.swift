import AllocationModel
import Foundation
import MonteCarlo
import Reports
import Testing

/// The documents of a run whose draws are paths of several list updates (`uncertainty.updates`).
@Suite struct PathDocumentTests {
  static let yaml = """
    name: Tre uppdateringar
    baseline: {year: 2021}
    uncertainty:
      draws: 300
      seed: 7
      updates: 3
      reclassification: {probability: 0.1, up: 0.5}
      new_areas: {mean: 2, class_mix: {UO: 0.7, RO: 0.2, SUO: 0.1}}
      population_growth: {mean: 0.01, sd: 0.01}

    """

  static func document() throws -> MonteCarloDocument {
    let s = try ReportsFixtures.load(yaml)
    return MonteCarloDocument(scenario: s, result: try ReportsFixtures.run(s), engine: ReportsFixtures.engine)
  }

  @Test func theJSONHasEveryUpdateAndTheLastAsItsKommuner() throws {
    let doc = try Self.document()
    let updates = try #require(doc.updates)
    #expect(updates.map(\.update) == [1, 2, 3])
    #expect(updates.last?.kommuner == doc.kommuner)
    #expect(updates[0].kommuner != updates[2].kommuner)
    #expect(doc.uncertainty.updates == 3)
    let text = try JSONText.encode(doc)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let written = try #require(object["updates"] as? [[String: Any]])
    #expect(written.map { $0["update"] as? Int } == [1, 2, 3])
    #expect((written[0]["kommuner"] as? [[String: Any]])?.first?["p05_change_kr"] != nil)
    #expect(try JSONText.decode(MonteCarloDocument.self, from: Array(text.utf8)) == doc)
  }

  @Test func aOneUpdateRunHasNoUpdates() throws {
    let s = try ReportsFixtures.load(Self.yaml.replacing("  updates: 3\n", with: ""))
    let doc = MonteCarloDocument(scenario: s, result: try ReportsFixtures.run(s), engine: ReportsFixtures.engine)
    #expect(doc.updates == nil && doc.uncertainty.updates == nil)
    #expect(!(try JSONText.encode(doc)).contains("\"updates\""))
    #expect(try doc.showing(update: 1) == doc)
    #expect(throws: UpdateChoiceError(asked: 2, updates: 1)) { try doc.showing(update: 2) }
  }

  @Test func theTableShowsTheLastUpdateOrTheOneAsked() throws {
    let doc = try Self.document()
    let last = MonteCarloReport.table(doc)
    #expect(last.contains("the rows show update 3 (the last; --update N for another)"))
    let first = try doc.showing(update: 1)
    #expect(first.kommuner == doc.updates?[0].kommuner)
    #expect(MonteCarloReport.table(first).contains("the rows show update 1 (--update 1)"))
    #expect(MonteCarloReport.csv(first) != MonteCarloReport.csv(doc))
    #expect(throws: UpdateChoiceError(asked: 4, updates: 3)) { try doc.showing(update: 4) }
  }

  @Test func aSelectionAppliesToEveryUpdate() throws {
    let doc = try Self.document().selecting(kommuner: ["Malmö", "Uppsala"], sort: .p5)
    for update in try #require(doc.updates) {
      #expect(Set(update.kommuner.map(\.kommun)) == ["Malmö", "Uppsala"])
      #expect(update.kommuner[0].p05ChangeKr <= update.kommuner[1].p05ChangeKr)
    }
  }

  @Test func theHTMLReportHasAFanChartPerKommunOverTheUpdates() throws {
    let doc = try Self.document()
    let html = HTMLReport.render(doc)
    #expect(html.contains("<h2>Over the list updates</h2>"))
    #expect(
      html.components(separatedBy: "change over the list updates, p5–p95</title>").count - 1 == doc.kommuner.count)
    #expect(html.contains("Each draw is a path of 3 list updates"))
    let one = try ReportsFixtures.load(Self.yaml.replacing("  updates: 3\n", with: ""))
    let plain = HTMLReport.render(
      MonteCarloDocument(scenario: one, result: try ReportsFixtures.run(one), engine: ReportsFixtures.engine))
    #expect(!plain.contains("Over the list updates"))
  }
}
