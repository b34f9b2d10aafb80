import AllocationModel
import TestSupport
import Testing

/// `Allocation.invariantViolations`, the check behind `--internal-checks`: silent on real allocations,
/// and it names each broken guarantee on a corrupted copy.
@Suite struct AllocationInvariantTests {
  @Test func theOfficial2021AllocationKeepsEveryGuarantee() {
    #expect(Fixtures.allocation2021().invariantViolations.isEmpty)
  }

  @Test func aNonFiniteOrNegativeAmountIsReported() {
    var allocation = Fixtures.allocation2021()
    allocation.kommuner[0].amount = .nan
    allocation.kommuner[1].populationPart = -.infinity
    #expect(
      allocation.invariantViolations == [
        "the amount of Borlänge is nan", "the population part of Borås is -inf",
      ])
  }

  @Test func roundedAmountsThatMissTheBudgetAreReported() {
    var allocation = Fixtures.allocation2021()
    allocation.kommuner[0].rounded += 1
    // The 2021 budget is 243 500 000 kr (Fixtures.budget); one krona too many.
    #expect(allocation.invariantViolations == ["the rounded amounts sum to 243500001, not the budget 243500000"])
    allocation.kommuner[0].rounded = -1
    #expect(allocation.invariantViolations.first == "the rounded amount of Borlänge is -1")
    allocation.kommuner[0].rounded = .max
    #expect(allocation.invariantViolations.last?.contains("more than Int64.max") == true)
  }
}
