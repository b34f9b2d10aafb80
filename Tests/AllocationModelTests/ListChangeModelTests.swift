import AllocationModel
import TestSupport
import Testing

/// ``Basis/apply(_:)`` directly: each change and each error, without YAML.
@Suite struct ListChangeModelTests {
  private var basis2019: Basis { Fixtures.basis(["2019"]) }

  @Test func relistWithoutAClassReturnsAtTheLastClass() throws {
    var basis = basis2019
    try basis.apply([.delist(area: "Araby"), .relist(area: "Araby", areaClass: nil)])
    #expect(basis["Araby"]?.isListed == true)
    #expect(basis["Araby"]?.areaClass == .suo)
    #expect(basis["Araby"]?.lastListedIn == Basis.scenarioEdition)
  }

  @Test func aFailedChangeLeavesTheBasisAsItWas() {
    var basis = basis2019
    let before = basis
    #expect(throws: ListChangeError.tooFewParts("Araby", count: 1)) {
      try basis.apply(.split(area: "Araby", into: [SplitPart(name: "A", areaClass: .uo)]))
    }
    #expect(basis == before)
  }

  @Test(arguments: [
    (ListChange.rename(area: "Araby", to: "Araby"), ListChangeError.renameToSameName("Araby")),
    (
      .split(area: "Araby", into: [.init(name: "A", areaClass: .uo), .init(name: "A", areaClass: .ro)]),
      .duplicatePart("A")
    ),
    (.add(area: " ", kommun: "Växjö", areaClass: .uo), .emptyName),
    (.add(area: "Araby", kommun: "Växjö", areaClass: .uo), .nameTaken("Araby", kommun: "Växjö")),
    (.reclassify(area: "Nowhere", to: .uo), .unknownArea("Nowhere")),
  ])
  func errors(change: ListChange, expected: ListChangeError) {
    var basis = basis2019
    #expect(throws: expected) { try basis.apply(change) }
  }

  @Test func splittingADelistedAreaIsAnError() throws {
    var basis = basis2019
    try basis.apply(.delist(area: "Araby"))
    #expect(throws: ListChangeError.notListed("Araby", change: "split")) {
      try basis.apply(
        .split(area: "Araby", into: [.init(name: "A", areaClass: .uo), .init(name: "B", areaClass: .uo)]))
    }
  }

  @Test func aPartSplitAgainStaysInTheOriginalGroup() throws {
    var basis = basis2019
    try basis.apply([
      .split(
        area: "Rinkeby/Tensta", into: [.init(name: "Rinkeby", areaClass: .suo), .init(name: "Tensta", areaClass: .suo)]),
      .split(
        area: "Rinkeby", into: [.init(name: "Rinkeby N", areaClass: .ro), .init(name: "Rinkeby S", areaClass: .ro)]),
    ])
    #expect(
      basis.areas.filter { $0.splitGroup == "Rinkeby/Tensta" }.map(\.name) == ["Rinkeby N", "Rinkeby S", "Tensta"])
    let units = basis.keyUnits(delisted: .persist, splits: .technical).filter { $0.kommun == "Stockholm" }
    #expect(units.count == Fixtures.basis(["2019"]).areas.filter { $0.kommun == "Stockholm" }.count)
  }

  @Test func indexedErrorsSayWhichChangeFailed() {
    var basis = basis2019
    #expect(throws: IndexedListChangeError(index: 1, error: .alreadyDelisted("Araby"))) {
      try basis.apply([.delist(area: "Araby"), .delist(area: "Araby")])
    }
  }

  @Test func populationChanges() throws {
    var population = ["Uppsala": 100.0]
    try PopulationChange(kommun: "Uppsala", operation: .factor(1.5)).apply(to: &population)
    try PopulationChange(kommun: "Uppsala", operation: .add(-50)).apply(to: &population)
    try PopulationChange(kommun: "Tyresö", operation: .set(10)).apply(to: &population)
    #expect(population == ["Uppsala": 100, "Tyresö": 10])
    #expect(throws: PopulationChangeError.noPopulationToChange(kommun: "Nacka")) {
      try PopulationChange(kommun: "Nacka", operation: .factor(2)).apply(to: &population)
    }
    #expect(throws: PopulationChangeError.resultNotPositive(kommun: "Uppsala", -100)) {
      try PopulationChange(kommun: "Uppsala", operation: .add(-200)).apply(to: &population)
    }
  }
}
