import AllocationModel
import ScenarioFormat
import Testing

/// The scenario reader applies `UncertaintySpec.validate()` and places its errors at file:line:column.
@Suite struct UncertaintyLimitTests {
  static func scenario(_ uncertainty: String) -> String {
    """
    name: t
    baseline: {year: 2021}
    uncertainty:
      draws: 10
      seed: 1
    \(uncertainty)

    """
  }

  @Test func aMatrixRowSummingTo1Point0000000001IsRefusedAtItsRow() throws {
    let yaml = Self.scenario(
      """
        reclassification:
          matrix:
            RO: {UO: 0.5, SUO: 0.5000000001}
      """)
    let error = try #require(ScenarioTestSupport.error(yaml))
    #expect(error.diagnostics.count == 1)
    let text = error.diagnostics.first?.description ?? ""
    #expect(text.hasPrefix("test.yaml:8:11: error: the probabilities of the RO row sum to 1.0000000001"), "\(text)")
  }

  @Test func aRowWithinTheToleranceIsAccepted() throws {
    let s = try ScenarioTestSupport.load(
      Self.scenario(
        """
          reclassification:
            matrix: {UO: {RO: 0.1, SUO: 0.2, delisted: 0.7}}
        """))
    #expect(s.uncertainty?.reclassification != nil)
  }

  @Test func theGrowthMeanBoundIsTheEnginesAndAnOverrideIsPlacedAtItsValue() throws {
    let atBound = Self.scenario("  population_growth: {mean: -0.5, sd: 0}")
    #expect(ScenarioTestSupport.error(atBound) == nil)
    let yaml = Self.scenario(
      """
        population_growth:
          mean: 0
          sd: 0.01
          overrides:
            Malmö: {mean: -0.6, sd: 0}
      """)
    let error = try #require(ScenarioTestSupport.error(yaml))
    #expect(
      error.diagnostics.map(\.description) == [
        "test.yaml:10:21: error: 'mean' must be a number from -0.5 to 1, got -0.6"
      ])
  }

  @Test func everyValueErrorOfTheSpecIsReportedAtOnce() throws {
    let yaml = Self.scenario(
      """
        reclassification: {probability: 1.2, up: -0.1}
        new_areas: {mean: 1e999, class_mix: {UO: 0.5}}
        population_growth: {mean: 2, sd: 0.1}
      """)
    let error = try #require(ScenarioTestSupport.error(yaml))
    #expect(
      error.diagnostics.map(\.description) == [
        "test.yaml:6:35: error: 'probability' must be a number from 0 to 1, got 1.2",
        "test.yaml:6:44: error: 'up' must be a number from 0 to 1, got -0.1",
        "test.yaml:7:21: error: 'mean' must be a number from 0 to 1000, got 1e999",
        "test.yaml:7:39: error: the shares of 'class_mix' sum to 0.5; they must sum to 1",
        "test.yaml:8:29: error: 'mean' must be a number from -0.5 to 1, got 2",
      ])
  }
}
