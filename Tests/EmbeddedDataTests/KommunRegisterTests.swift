import EmbeddedData
import Testing

/// The embedded register of Sweden's kommuner.
@Suite struct KommunRegisterTests {
  @Test func theRegisterHasEveryKommunOnce() {
    // Sweden has 290 kommuner (SCB, "Kommuner i siffror"); SCB's total population at 2021-12-31 was 10 452 326.
    #expect(KommunRegister.all.count == 290)
    #expect(Set(KommunRegister.all.map(\.code)).count == 290)
    #expect(KommunRegister.all.reduce(0) { $0 + $1.population2021 } == 10_452_326)
  }

  @Test func namesAndCodesLookUp() {
    #expect(KommunRegister.kommun(named: "Tyresö")?.population2021 == 49_062)
    #expect(KommunRegister.kommun(code: "0127")?.name == "Botkyrka")
    #expect(KommunRegister.kommun(named: "Tyreso") == nil)
  }

  @Test func everyKommunOfThePoliceListsIsInTheRegister() {
    for edition in PoliceLists.all {
      for area in edition.areas { #expect(KommunRegister.kommun(named: area.kommun) != nil, "\(area.kommun)") }
    }
  }

  @Test func theRegisterAgreesWithTheSeparatelySourcedFigures() {
    for record in PopulationTable.embedded.records where record.date == "2021-12-31" && record.kommun != "Sverige" {
      #expect(KommunRegister.kommun(named: record.kommun)?.population2021 == record.population, "\(record.kommun)")
    }
  }
}
