import AllocationModel
import Foundation
import Reports
import TestSupport
import Testing

/// The districts of a kommun in the deterministic scenario document: JSON, table, CSV and HTML.
@Suite struct DistrictTableTests {
  static let yaml = """
    name: Distrikt
    baseline: {year: 2021}
    changes:
      - reclassify: {area: Bredäng, to: RO}
    districts:
      kommun: Stockholm
      earmarks_kr: {Rinkeby-Kista: 1605000}
      areas:
    \(Fixtures.stockholmDistrictLines(indent: 4))

    """

  static func document() throws -> ScenarioDocument {
    ScenarioDocument(scenario: try ReportsFixtures.load(Self.yaml), engine: ReportsFixtures.engine)
  }

  @Test func theJSONHasTheDistrictsWithTheDocumentedNames() throws {
    let doc = try Self.document()
    let object = try #require(try JSONSerialization.jsonObject(with: Data(try doc.json().utf8)) as? [String: Any])
    let districts = try #require(object["districts"] as? [String: Any])
    #expect(districts["kommun"] as? String == "Stockholm")
    #expect(districts["class_weights"] as? [String: Double] == ["UO": 1, "RO": 1, "SUO": 1])
    let rows = try #require(districts["rows"] as? [[String: Any]])
    #expect(rows.count == 6)
    #expect(rows.first { $0["district"] as? String == "Rinkeby-Kista" }?["earmark_kr"] as? Double == 1_605_000)
    for key in ["district", "earmark_kr", "baseline_kr", "scenario_kr", "change_kr", "scenario_kr_rounded"] {
      #expect(rows.allSatisfy { $0[key] != nil }, "\(key)")
    }
    let stockholm = try #require(doc.kommuner.first { $0.kommun == "Stockholm" })
    #expect(rows.compactMap { $0["scenario_kr_rounded"] as? Int64 }.reduce(0, +) == stockholm.scenarioKrRounded)
    let back = try JSONDecoder().decode(ScenarioDocument.self, from: Data(try doc.json().utf8))
    #expect(back.districts == doc.districts)
  }

  @Test func withoutDistrictsTheOutputsAreUnchanged() throws {
    let doc = ScenarioDocument(
      scenario: try ReportsFixtures.load(ReportsFixtures.deterministicYAML), engine: ReportsFixtures.engine)
    #expect(doc.districts == nil)
    #expect(!(try doc.json()).contains("\"districts\""))
    #expect(!doc.table().contains("Districts of"))
    #expect(!doc.csv().contains("district"))
    #expect(!HTMLReport.render(doc).contains("Per district"))
  }

  @Test func validateSummarisesTheSection() throws {
    let text = ScenarioValidationReport(scenario: try ReportsFixtures.load(Self.yaml)).text()
    #expect(text.contains("Districts: Stockholm, 6 districts from 9 parts of areas; earmarks 1 605 000 kr;"))
  }

  @Test func theTableCSVAndHTMLShowEveryDistrict() throws {
    let doc = try Self.document()
    let table = doc.table()
    #expect(table.contains("Districts of Stockholm: earmarks of 1 605 000 kr first"))
    #expect(table.split(separator: "\n").allSatisfy { $0.count <= 80 })
    let csv = doc.csv()
    let sections = csv.components(separatedBy: "\n\n")
    #expect(sections.count == 2)
    let districtLines = sections[1].split(separator: "\n")
    #expect(districtLines.first?.hasPrefix("kommun,district,earmark_kr,baseline_kr,scenario_kr,change_kr") == true)
    #expect(districtLines.count == 7)
    let html = HTMLReport.render(doc)
    #expect(html.contains("<h2>Per district of Stockholm</h2>"))
    for row in try #require(doc.districts).rows {
      #expect(table.contains(row.district) && csv.contains(row.district) && html.contains(row.district))
    }
  }
}
