import AllocationModel
import TestSupport
import Testing

/// Rounding to whole kronor that sum exactly to the budget.
@Suite struct LargestRemainderTests {
  @Test func leftoverKronorGoToTheLargestFractions() {
    #expect(LargestRemainder.round([1.2, 2.7, 3.1], total: 7, tieBreak: [0, 1, 2]) == [1, 3, 3])
  }

  @Test func tiesGoToTheEarlierRank() {
    #expect(LargestRemainder.round([0.5, 0.5], total: 1, tieBreak: [0, 1]) == [1, 0])
    #expect(LargestRemainder.round([0.5, 0.5], total: 1, tieBreak: [1, 0]) == [0, 1])
  }

  @Test func overshootingFloorsAreTakenBackFromTheSmallestFractions() {
    // Floating-point error can make the floors exceed the total; the sum must still be exact.
    #expect(LargestRemainder.round([2.0, 3.0, 0.2], total: 4, tieBreak: [0, 1, 2]).reduce(0, +) == 4)
  }

  @Test func anEmptyInputIsEmpty() {
    #expect(LargestRemainder.round([], total: 0, tieBreak: []).isEmpty)
  }

  /// The rounding as its definition states it, with a plain sort: the reference for the fast form.
  static func reference(_ values: [Double], total: Int64, tieBreak: [Int]) -> [Int64] {
    var floors = values.map { Int64($0.rounded(.down)) }
    var leftover = total - floors.reduce(0, +)
    let order = values.indices.sorted { a, b in
      let fa = values[a] - Double(floors[a])
      let fb = values[b] - Double(floors[b])
      return fa != fb ? fa > fb : tieBreak[a] != tieBreak[b] ? tieBreak[a] < tieBreak[b] : a < b
    }
    var position = 0
    while leftover > 0 {
      floors[order[position % order.count]] += 1
      leftover -= 1
      position += 1
    }
    position = order.count - 1
    var steps = 0
    while leftover < 0 && steps < 4 * order.count {
      let i = order[(position % order.count + order.count) % order.count]
      if floors[i] > 0 {
        floors[i] -= 1
        leftover += 1
      }
      position -= 1
      steps += 1
    }
    return floors
  }

  @Test func theRoundingAgreesWithASortForAnyInput() {
    var generator = SplitMix64(state: 5)
    for _ in 0..<2_000 {
      let count = Int.random(in: 1...40, using: &generator)
      // Coarse fractions, so that ties are common; totals off by a few units either way.
      let values = (0..<count).map { _ in Double(Int.random(in: 0...4_000, using: &generator)) / 8 }
      let tieBreak = (0..<count).map { _ in Int.random(in: 0..<count, using: &generator) }
      let total = Int64(values.reduce(0, +).rounded()) + Int64.random(in: -3...3, using: &generator)
      #expect(
        LargestRemainder.round(values, total: total, tieBreak: tieBreak)
          == Self.reference(values, total: total, tieBreak: tieBreak))
    }
  }

  @Test func anAllocationRoundsAsTheRoundingDoesWithRanksInNameOrder() throws {
    var generator = SplitMix64(state: 6)
    for _ in 0..<300 {
      let inputs = (0..<Int.random(in: 1...40, using: &generator)).map { i in
        KommunInput(
          kommun: "K\(i)", weight: Double(Int.random(in: 1...9, using: &generator)),
          population: Double(Int.random(in: 1...100, using: &generator)))
      }
      let budget = Int64.random(in: 1...10_000, using: &generator)
      let allocation = try Allocation(key: DistributionKey(budget: budget), inputs: inputs)
      #expect(
        allocation.kommuner.map(\.rounded)
          == LargestRemainder.round(
            allocation.kommuner.map(\.amount), total: budget, tieBreak: Array(allocation.kommuner.indices)))
    }
  }
}
