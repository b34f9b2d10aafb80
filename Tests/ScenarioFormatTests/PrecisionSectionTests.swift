import AllocationModel
import ScenarioFormat
import Testing

/// `uncertainty.precision_kr`: read into the spec, checked by the model's own validation at its node.
@Suite struct PrecisionSectionTests {
  static func scenario(draws: String = "100000", precision: String) -> String {
    """
    name: t
    baseline: {year: 2021}
    uncertainty:
      draws: \(draws)
      seed: 1
      population_growth: {mean: 0.01, sd: 0.01}
      precision_kr: \(precision)

    """
  }

  static func messages(_ yaml: String) -> [String] {
    ScenarioTestSupport.error(yaml)?.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" } ?? []
  }

  @Test func theTargetIsRead() throws {
    let spec = try #require(try ScenarioTestSupport.load(Self.scenario(precision: "5_000")).uncertainty)
    #expect(spec.precisionKr == 5_000 && spec.draws == 100_000)
    let shipped = try #require(try ScenarioTestSupport.shipped("precision-example.yaml").uncertainty)
    #expect(shipped.precisionKr == 25_000 && shipped.draws == 4_000_000)
    #expect(try ScenarioTestSupport.shipped("standard-uncertainty.yaml").uncertainty?.precisionKr == nil)
  }

  @Test func aBadTargetIsReportedAtItsNode() {
    #expect(
      Self.messages(Self.scenario(precision: "0")) == [
        "7:17 'precision_kr' must be a number above 0 and at most 1000000000000, got 0"
      ])
    #expect(
      Self.messages(Self.scenario(precision: "5 000 kr")) == ["7:17 'precision_kr' must be a number, got '5 000 kr'"])
    #expect(
      Self.messages(Self.scenario(draws: "50", precision: "1000")) == [
        "7:17 'precision_kr' needs at least 72 draws, the fewest with a 95 % interval of p5, but 'draws' is 50"
      ])
    // Invalid draws are reported once, by 'draws'; the target is still checked on its own.
    #expect(Self.messages(Self.scenario(draws: "0", precision: "1000")).count == 1)
  }
}
