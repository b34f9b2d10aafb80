import AllocationModel
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
}
