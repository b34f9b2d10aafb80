import AllocationModel
import Foundation
import Testing

/// The key's rounding unit: largest remainder in units of `roundingUnit` kronor, summing exactly to the budget.
@Suite struct RoundingUnitTests {
  /// Four kommuner whose amounts are not multiples of 250 kr.
  private let inputs = [
    KommunInput(kommun: "Borås", weight: 6, population: 114_091),
    KommunInput(kommun: "Malmö", weight: 11, population: 351_749),
    KommunInput(kommun: "Uppsala", weight: 3, population: 237_596),
    KommunInput(kommun: "Örebro", weight: 5, population: 156_987),
  ]

  @Test func theUnitMustBeAtLeastOneKronaAndDivideTheBudget() {
    #expect(throws: AllocationError.invalidRoundingUnit(0)) {
      try Allocation(key: .init(budget: 1000, roundingUnit: 0), inputs: inputs)
    }
    #expect(throws: AllocationError.invalidRoundingUnit(-250)) {
      try Allocation(key: .init(budget: 1000, roundingUnit: -250), inputs: inputs)
    }
    #expect(throws: AllocationError.budgetNotMultipleOfRoundingUnit(budget: 1001, unit: 250)) {
      try Allocation(key: .init(budget: 1001, roundingUnit: 250), inputs: inputs)
    }
    #expect(
      AllocationError.budgetNotMultipleOfRoundingUnit(budget: 1001, unit: 250).description
        == "the budget 1001 kr is not a multiple of the rounding unit 250 kr, so the rounded amounts cannot sum to it")
  }

  @Test(arguments: [Int64(1), 250, 1000, 100_000])
  func everyAmountIsAMultipleOfTheUnitAndTheySumToTheBudget(unit: Int64) throws {
    let allocation = try Allocation(key: .init(budget: 243_500_000, roundingUnit: unit), inputs: inputs)
    #expect(allocation.totalRounded == 243_500_000)
    for k in allocation.kommuner {
      #expect(k.rounded % unit == 0, "\(k.kommun): \(k.rounded)")
      #expect(abs(Double(k.rounded) - k.amount) < Double(unit), "\(k.kommun): within one unit of the amount")
    }
    #expect(allocation.invariantViolations.isEmpty)
  }

  @Test func theUnitChangesOnlyTheRoundedAmounts() throws {
    let whole = try Allocation(key: .init(budget: 243_500_000), inputs: inputs)
    let units = try Allocation(key: .init(budget: 243_500_000, roundingUnit: 250), inputs: inputs)
    #expect(whole.key.roundingUnit == 1, "whole kronor unless told otherwise")
    #expect(whole.kommuner.map(\.amount) == units.kommuner.map(\.amount))
    #expect(whole.kommuner.map(\.rounded) != units.kommuner.map(\.rounded))
  }

  @Test func roundingInUnitsIsLargestRemainderOnAmountsInUnits() throws {
    // The definition: amounts and budget divided by the unit, Hamilton's method, multiplied back.
    let unit: Int64 = 250
    let allocation = try Allocation(key: .init(budget: 243_500_000, roundingUnit: unit), inputs: inputs)
    let inUnits = LargestRemainder.round(
      allocation.kommuner.map { $0.amount / Double(unit) }, total: 243_500_000 / unit,
      tieBreak: Array(allocation.kommuner.indices))
    #expect(allocation.kommuner.map(\.rounded) == inUnits.map { $0 * unit })
  }

  @Test func aKeyWrittenWithoutAUnitReadsAsWholeKronor() throws {
    let json = #"{"budget": 1000, "areaShare": 0.75, "weights": {"uo": 1, "ro": 2, "suo": 3}}"#
    let key = try JSONDecoder().decode(DistributionKey.self, from: Data(json.utf8))
    #expect(key.roundingUnit == 1)
  }
}
