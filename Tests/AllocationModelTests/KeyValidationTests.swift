import AllocationModel
import Testing

/// Impossible input gives an error, never NaN.
@Suite struct KeyValidationTests {
  private let one = [KommunInput(kommun: "A", weight: 1, population: 100)]

  @Test func aBudgetMustBePositive() {
    #expect(throws: AllocationError.nonPositiveBudget(0)) { try Allocation(key: .init(budget: 0), inputs: one) }
    #expect(throws: AllocationError.nonPositiveBudget(-5)) { try Allocation(key: .init(budget: -5), inputs: one) }
  }

  @Test func theAreaShareMustLieInTheUnitInterval() {
    #expect(throws: AllocationError.areaShareOutOfRange(1.5)) {
      try Allocation(key: .init(budget: 10, areaShare: 1.5), inputs: one)
    }
    #expect(throws: AllocationError.self) { try Allocation(key: .init(budget: 10, areaShare: .nan), inputs: one) }
  }

  @Test func weightsMustBeNonNegativeAndNotAllZero() {
    #expect(throws: AllocationError.invalidWeight(.ro, -2)) {
      try Allocation(key: .init(budget: 10, weights: .init(uo: 1, ro: -2, suo: 3)), inputs: one)
    }
    #expect(throws: AllocationError.allWeightsZero) {
      try Allocation(key: .init(budget: 10, weights: .init(uo: 0, ro: 0, suo: 0)), inputs: one)
    }
  }

  @Test func kommunInputsAreChecked() {
    let key = DistributionKey(budget: 10)
    #expect(throws: AllocationError.noEligibleKommuner) { try Allocation(key: key, inputs: []) }
    #expect(throws: AllocationError.zeroTotalWeight) {
      try Allocation(key: key, inputs: [KommunInput(kommun: "A", weight: 0, population: 1)])
    }
    #expect(throws: AllocationError.invalidPopulation(kommun: "A", value: 0)) {
      try Allocation(key: key, inputs: [KommunInput(kommun: "A", weight: 1, population: 0)])
    }
    #expect(throws: AllocationError.duplicateKommun("A")) { try Allocation(key: key, inputs: one + one) }
  }

  @Test func missingPopulationsAreNamedTogether() {
    let basis = Basis(
      areas: [
        BasisArea(name: "x", kommun: "Nacka", areaClass: .uo, enteredIn: "t"),
        BasisArea(name: "y", kommun: "Tyresö", areaClass: .ro, enteredIn: "t"),
      ], editions: ["t"])
    #expect(throws: AllocationError.missingPopulation(["Nacka", "Tyresö"])) {
      try Allocation(key: .init(budget: 10), basis: basis, delisted: .persist, population: { _ in nil })
    }
  }

  @Test func swedishOrderPutsÅÄÖLast() {
    let names = ["Örebro", "Västerås", "Ängelholm", "Åre", "Alingsås", "Upplands-Bro", "Uppsala"]
    #expect(
      names.sorted(by: SwedishCollation.precedes) == [
        "Alingsås", "Upplands-Bro", "Uppsala", "Västerås", "Åre", "Ängelholm", "Örebro",
      ])
  }
}
