import AllocationModel
import EmbeddedData
import Foundation
import Reports
import TestSupport
import Testing

/// The allocation document: the 2021 grant with what reproduces it.
@Suite struct AllocationDocumentTests {
  @Test func recordsTheBaselineTheStampAndBothAmounts() throws {
    let doc = ReportsFixtures.allocationReport().document
    #expect(doc.baseline.year == 2021 && doc.baseline.editions == ["2019"])
    #expect(doc.baseline.settings.budgetKr == Fixtures.budget && doc.baseline.settings.delisted == .persist)
    #expect(doc.engine.dataHash == DataProvenance.hash && doc.engine.scenarioHash == nil)
    #expect(doc.persistingDelisted.isEmpty, "the June 2019 list is the first: nothing has left it")
    #expect(doc.totalKr == Fixtures.budget)
    // Source: the official 2021 table (Fixtures.officialTable2021), in thousands of kronor.
    for (row, official) in zip(doc.kommuner, Fixtures.officialTable2021) {
      #expect(row.kommun == official.kommun)
      #expect(Int((row.amountKr / 1000).rounded()) == official.thousands, "\(row.kommun)")
      #expect(abs(row.amountKr - Double(row.amountKrRounded)) < 1, "\(row.kommun)")
      #expect(row.populationSource == .scb && row.populationStatus == "official")
    }
  }

  @Test func recordsTheDelistedAreasThatPersistInALongerChain() throws {
    let basis = Fixtures.basis(["2019", "2021"])
    let persisting = DelistedAreaRecord.persisting(in: basis, under: .persist)
    #expect(persisting.map(\.area) == ["Klockaretorpet", "Rannebergen"])
    #expect(persisting.map(\.description).contains("Rannebergen (Göteborg, UO, last listed 2019)"))
    #expect(DelistedAreaRecord.persisting(in: basis, under: .drop).isEmpty)
  }

  @Test func theJSONKeepsItsFieldNamesAndAddsTheKind() throws {
    let text = try ReportsFixtures.allocationReport().json()
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["kind"] as? String == "allocation")
    for key in [
      "budget_kr", "editions", "population_date", "delisted", "area_share", "weights", "kommuner", "total_weight",
      "total_population", "total_kr", "year", "engine", "persisting_delisted",
    ] {
      #expect(object[key] != nil, "\(key)")
    }
    let row = try #require((object["kommuner"] as? [[String: Any]])?.first)
    #expect(row["amount_kr"] is Double && row["amount_kr_rounded"] is Int)
    #expect(row["population_source"] as? String == "scb")
  }
}
