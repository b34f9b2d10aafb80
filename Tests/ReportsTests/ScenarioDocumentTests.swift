import AllocationModel
import EmbeddedData
import Foundation
import Reports
import Testing

/// The deterministic scenario document: amounts unrounded and in whole kronor, and what reproduces the run.
@Suite struct ScenarioDocumentTests {
  static func document() throws -> ScenarioDocument {
    ScenarioDocument(
      scenario: try ReportsFixtures.load(ReportsFixtures.deterministicYAML), engine: ReportsFixtures.engine)
  }

  @Test func amountsAreUnroundedAndInWholeKronorThatSumToTheBudgets() throws {
    let doc = try Self.document()
    #expect(doc.totalKr == 250_000_000 && doc.baselineTotalKr == 243_500_000)
    #expect(doc.kommuner.reduce(0) { $0 + $1.scenarioKrRounded } == doc.totalKr)
    #expect(doc.kommuner.reduce(0) { $0 + $1.baselineKrRounded } == doc.baselineTotalKr)
    #expect(abs(doc.kommuner.reduce(0) { $0 + $1.scenarioKr } - 250_000_000) < 1e-3)
    for k in doc.kommuner {
      #expect(abs(k.scenarioKr - Double(k.scenarioKrRounded)) < 1, "\(k.kommun)")
      #expect(abs(k.baselineKr - Double(k.baselineKrRounded)) < 1, "\(k.kommun)")
    }
    #expect(doc.kommuner.contains { $0.scenarioKr != $0.scenarioKr.rounded() }, "unrounded amounts are kept")
    let tyreso = try #require(doc.kommuner.first { $0.kommun == "Tyresö" })
    #expect(tyreso.status == .new && tyreso.changePct == nil && tyreso.baselineKr == 0)
  }

  @Test func theJSONHasBothAmountsAndTheDocumentedNames() throws {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(try Self.document().json().utf8)) as? [String: Any])
    #expect(object["kind"] as? String == "scenario")
    for key in ["baseline", "settings", "changes", "persisting_delisted", "populations", "engine", "kommuner"] {
      #expect(object[key] != nil, "\(key)")
    }
    let rows = try #require(object["kommuner"] as? [[String: Any]])
    let uppsala = try #require(rows.first { $0["kommun"] as? String == "Uppsala" })
    let unrounded = try #require(uppsala["change_kr"] as? Double)
    let rounded = try #require(uppsala["change_kr_rounded"] as? Int64)
    #expect(unrounded != unrounded.rounded() && abs(unrounded - Double(rounded)) < 2)
    let settings = try #require(object["settings"] as? [String: Any])
    #expect(settings["delisted"] as? String == "persist" && settings["splits"] as? String == "literal")
    #expect((settings["weights"] as? [String: Double])?["RO"] == 2.5)
  }

  @Test func recordsTheBaselineTheChangesWhatPersistsThePopulationsAndTheHashes() throws {
    let doc = try Self.document()
    let s = doc.setup
    #expect(s.baseline.editions == ["2019", "2021"] && s.baseline.populationDate == "2019-12-31")
    #expect(s.baseline.settings.budgetKr == 243_500_000 && s.baseline.settings.areaShare == 0.75)
    #expect(s.settings.budgetKr == 250_000_000 && s.settings.areaShare == 0.7)
    #expect(s.changes.count == 4 && s.changes[0].contains("Gottsunda/Valsätra"))
    // Rannebergen and Klockaretorpet left the list between 2019 and 2021 and persist.
    #expect(s.persistingDelisted.map(\.area).contains("Rannebergen"))
    #expect(s.persistingDelisted.map(\.area).contains("Klockaretorpet"))
    #expect(s.persistingDelisted.allSatisfy { $0.lastListed == "2019" })
    let uppsala = try #require(s.populations.first { $0.kommun == "Uppsala" })
    #expect(uppsala.source == .scenario && uppsala.scenarioPopulation == (uppsala.baselinePopulation ?? 0) * 1.02)
    let tyreso = try #require(s.populations.first { $0.kommun == "Tyresö" })
    #expect(tyreso.source == .scenario && tyreso.baselinePopulation == nil && tyreso.scenarioPopulation == 49_000)
    let stockholm = try #require(s.populations.first { $0.kommun == "Stockholm" })
    #expect(stockholm.source == .scb && stockholm.status != nil)
    #expect(doc.engine.dataHash == DataProvenance.hash && doc.engine.scenarioHash?.count == 64)
  }

  @Test func dropPersistsNothing() throws {
    let s = try ReportsFixtures.load(
      "name: t\nbaseline: {editions: [2019, 2021], population_date: 2019-12-31}\ndelisted: drop\n")
    #expect(RunSetup(scenario: s).persistingDelisted.isEmpty)
  }

  @Test func theUsersPopulationFileIsTheSource() throws {
    let s = try ReportsFixtures.load(
      "name: t\nbaseline: {year: 2021, population_file: pop.csv}\n",
      files: ["pop.csv": "kommun,population\nMalmö,350000\n"])
    let malmo = try #require(RunSetup(scenario: s).populations.first { $0.kommun == "Malmö" })
    #expect(malmo.source == .userFile && malmo.status == nil && malmo.scenarioPopulation == 350_000)
    #expect(RunSetup(scenario: s).baseline.populationFile == "pop.csv")
  }
}
