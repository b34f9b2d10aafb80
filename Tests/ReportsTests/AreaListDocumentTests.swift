import AllocationModel
import Foundation
import Reports
import Testing

/// The area list document: built from a basis, and the same after a JSON round trip.
@Suite struct AreaListDocumentTests {
  private let basis = Basis(
    areas: [
      BasisArea(name: "Östra", kommun: "Örebro", areaClass: .ro, enteredIn: "2019"),
      BasisArea(name: "Borta", kommun: "Borås", areaClass: .suo, isListed: false, enteredIn: "2019"),
      BasisArea(name: "Alby", kommun: "Botkyrka", areaClass: .uo, formerNames: ["Gamla Alby"], enteredIn: "2021"),
    ], editions: ["2019", "2021"])

  @Test func rowsAreInSwedishOrderWithTheRuleApplied() {
    let document = AreaListDocument(basis: basis, delisted: .persist)
    #expect(document.areas.map(\.kommun) == ["Borås", "Botkyrka", "Örebro"])
    #expect(document.areas[0].persists == true && document.areas[0].areaClass == .suo)
    #expect(AreaListDocument(basis: basis, delisted: .drop).areas[0].persists == false)
    #expect(document.areas[1].persists == nil && document.areas[1].formerly == ["Gamla Alby"])
    #expect(AreaListDocument(basis: basis, delisted: .persist, kommuner: ["Örebro"]).areas.map(\.area) == ["Östra"])
  }

  @Test func theDocumentRoundTripsThroughJSON() throws {
    let document = AreaListDocument(basis: basis, delisted: .persist)
    let decoded = try JSONDecoder().decode(AreaListDocument.self, from: Data(try JSONText.encode(document).utf8))
    #expect(decoded == document)
  }
}
