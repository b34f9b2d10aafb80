import AllocationModel
import Testing

/// `precision_kr` in the uncertainty model's own validation.
@Suite struct PrecisionValidationTests {
  static func spec(_ precision: Double?, draws: Int = 1_000) -> UncertaintySpec {
    UncertaintySpec(draws: draws, seed: 1, precisionKr: precision)
  }

  @Test func aPositiveTargetWithEnoughDrawsIsValid() {
    for target in [nil, 0.01, 5_000, 1e12] { #expect(Self.spec(target).validationErrors().isEmpty) }
    #expect(Self.spec(5_000, draws: 72).validationErrors().isEmpty)
  }

  @Test func aTargetMustBeAPositiveFiniteNumberOfKronor() {
    for target in [0, -5_000, .nan, .infinity, 2e12] {
      let errors = Self.spec(target).validationErrors()
      #expect(errors.map(\.path) == [["precision_kr"]], "\(target)")
      #expect(errors.first?.problem == .notAboveLowerBound(target, UncertaintySpec.Limits.precisionKr) || target.isNaN)
    }
    #expect(
      Self.spec(0).validationErrors().first?.description
        == "precision_kr must be a number above 0 and at most 1000000000000, got 0")
  }

  @Test func aTargetNeedsDrawsForTheIntervalOfP5() {
    let errors = Self.spec(5_000, draws: 71).validationErrors()
    #expect(errors.map(\.problem) == [.tooFewDrawsForPrecision(71, minimum: 72)])
    #expect(errors.first?.hint != nil)
    #expect(
      errors.first?.description
        == "precision_kr needs at least 72 draws, the fewest with a 95 % interval of p5, but 'draws' is 71")
  }
}
