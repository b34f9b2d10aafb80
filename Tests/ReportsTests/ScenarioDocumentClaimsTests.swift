import AllocationModel
import Foundation
import Reports
import Testing

/// The claims in a deterministic scenario document: per-row fields and the top-level settings, present only
/// when the scenario has a `claims:` section, and the same in JSON, table, CSV and HTML.
@Suite struct ScenarioDocumentClaimsTests {
  static let yaml = """
    name: Claims
    baseline: {year: 2021}
    changes:
      - delist: {area: Araby}
    delisted: drop
    claims:
      claimed_kr: {Borlänge: 0, Trollhättan: 1500000.5}
      wants_more: [Malmö, Södertälje]
      redistribution: pro_rata

    """

  static func document(_ yaml: String = Self.yaml) throws -> ScenarioDocument {
    ScenarioDocument(scenario: try ReportsFixtures.load(yaml), engine: ReportsFixtures.engine)
  }

  @Test func everyRowHasItsClaimsAndTheFinalsSumToTheBudget() throws {
    let doc = try Self.document()
    let record = try #require(doc.claims)
    #expect(record.redistribution == .proRata && record.wantsMore == ["Malmö", "Södertälje"])
    #expect(doc.returnedKr == 0 && doc.returnedKrRounded == 0)
    let claims = doc.kommuner.compactMap(\.claims)
    #expect(claims.count == doc.kommuner.count)
    #expect(claims.reduce(0) { $0 + $1.finalKrRounded } == doc.totalKr)
    let växjö = try #require(doc.kommuner.first { $0.kommun == "Växjö" })
    #expect(växjö.status == .leaving && växjö.claims == KommunClaims.none)
    let trollhättan = try #require(doc.kommuner.first { $0.kommun == "Trollhättan" }?.claims)
    #expect(trollhättan.claimedKr == 1_500_000.5 && abs(Double(trollhättan.finalKrRounded) - 1_500_000.5) < 1)
  }

  @Test func theJSONHasTheDocumentedNamesAndReadsBack() throws {
    let doc = try Self.document()
    let json = try doc.json()
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["returned_kr"] as? Double == 0 && object["returned_kr_rounded"] as? Int64 == 0)
    let claims = try #require(object["claims"] as? [String: Any])
    #expect(claims["redistribution"] as? String == "pro_rata")
    #expect((claims["claimed_kr"] as? [String: Double])?["Trollhättan"] == 1_500_000.5)
    #expect(claims["wants_more"] as? [String] == ["Malmö", "Södertälje"])
    let rows = try #require(object["kommuner"] as? [[String: Any]])
    for key in ["entitlement_kr", "claimed_kr", "redistributed_kr", "final_kr", "final_kr_rounded"] {
      #expect(rows.allSatisfy { $0[key] != nil }, "\(key)")
    }
    let back = try JSONDecoder().decode(ScenarioDocument.self, from: Data(json.utf8))
    #expect(back == doc)
  }

  @Test func withoutASectionNothingAboutClaimsIsWritten() throws {
    let doc = try Self.document("name: t\nbaseline: {year: 2021}\n")
    #expect(doc.claims == nil && doc.returnedKr == nil && doc.kommuner.allSatisfy { $0.claims == nil })
    let json = try doc.json()
    for key in ["claims", "returned_kr", "entitlement_kr", "final_kr"] { #expect(!json.contains("\"\(key)\"")) }
    #expect(!doc.csv().contains("final_kr") && !doc.table().contains("Claims"))
    #expect(try JSONDecoder().decode(ScenarioDocument.self, from: Data(json.utf8)) == doc)
  }

  @Test func tableCSVAndHTMLShowTheSameFinals() throws {
    let doc = try Self.document()
    let table = doc.table()
    #expect(table.contains("Claims: the unclaimed money goes to Malmö, Södertälje, in proportion to their"))
    #expect(table.contains("returned to the state: 0 kr."))
    let malmö = try #require(doc.kommuner.first { $0.kommun == "Malmö" })
    let final = try #require(malmö.claims?.finalKrRounded)
    let tableRow = try #require(table.split(separator: "\n").last { $0.hasPrefix("Malmö ") })
    #expect(tableRow.contains(Kronor.grouped(final)))
    let csv = doc.csv().split(separator: "\n")
    let header = csv[0].split(separator: ",", omittingEmptySubsequences: false)
    #expect(header.suffix(5) == ["entitlement_kr", "claimed_kr", "redistributed_kr", "final_kr", "final_kr_rounded"])
    let csvRow = try #require(csv.first { $0.hasPrefix("Malmö,") })
    #expect(csvRow.hasSuffix(",\(final)"))
    let html = HTMLReport.render(doc)
    #expect(html.contains("<h2>Claims and redistribution</h2>"))
    #expect(html.contains(SwedishNumber.kronor(Double(final))))
  }

  @Test func moneyNobodyAsksForIsReturnedAndShownAsReturned() throws {
    let doc = try Self.document("name: t\nbaseline: {year: 2021}\nclaims: {claimed_kr: {Borlänge: 0}}\n")
    let borlänge = try #require(doc.kommuner.first { $0.kommun == "Borlänge" })
    #expect(doc.returnedKrRounded == borlänge.scenarioKrRounded)
    #expect(
      doc.kommuner.reduce(0) { $0 + ($1.claims?.finalKrRounded ?? 0) } + (doc.returnedKrRounded ?? 0) == doc.totalKr)
    #expect(doc.table().contains("returned to the state: \(Kronor.grouped(borlänge.scenarioKrRounded)) kr."))
  }

  @Test func validateSaysWhoClaimsLessAndWhereTheMoneyGoes() throws {
    let report = ScenarioValidationReport(scenario: try ReportsFixtures.load(Self.yaml))
    let unclaimed = try #require(try Self.document().claims).unclaimedKr
    let text = report.claims.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    let expected =
      "Claims: claiming less: Borlänge 0 kr, Trollhättan 1 500 000.50 kr; unclaimed "
      + "\(Kronor.grouped(Int64(unclaimed.rounded()))) kr goes pro rata to Malmö, Södertälje."
    #expect(text == expected)
    #expect(report.claims.allSatisfy { $0.count <= 80 } && report.text().contains(report.claims[0]))
  }
}
