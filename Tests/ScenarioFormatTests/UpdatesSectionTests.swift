import AllocationModel
import ScenarioFormat
import Testing

/// `uncertainty.updates` (issue 13): paths of several list updates per draw.
@Suite struct UpdatesSectionTests {
  static func yaml(_ extra: String) -> String {
    """
    name: t
    baseline: {year: 2021}
    uncertainty:
      draws: 10
      seed: 1
      reclassification: {probability: 0.1, up: 0.5}
    \(extra)
    """
  }

  @Test func updatesDefaultToOneAndAreReadAsWritten() throws {
    #expect(try ScenarioTestSupport.load(Self.yaml("")).uncertainty?.updates == 1)
    #expect(try ScenarioTestSupport.load(Self.yaml("  updates: 7")).uncertainty?.updates == 7)
    #expect(try ScenarioTestSupport.load(Self.yaml("  updates: 100")).uncertainty?.updates == 100)
  }

  @Test func theShippedExampleIsAPathOfThreeUpdates() throws {
    let s = try ScenarioTestSupport.shipped("paths-example.yaml")
    let spec = try #require(s.uncertainty)
    #expect(spec.updates == 3)
    #expect(spec.newAreas?.mean == 3)
    #expect(s.scenarioAllocation == s.baselineAllocation)
  }

  @Test(arguments: [
    ("  updates: 0", "test.yaml:7:12: error: 'updates' must be a whole number from 1 to 100, got 0"),
    ("  updates: 101", "test.yaml:7:12: error: 'updates' must be a whole number from 1 to 100, got 101"),
    ("  updates: three", "test.yaml:7:12: error: 'updates' must be a whole number"),
    (
      "  updates: 2\n  claims: {decline_probability: 0.1, wants_more_probability: 0.5}",
      "test.yaml:7:12: error: 'updates' above 1 cannot be combined with drawn 'claims'"
    ),
    (
      "  updates: 2\ndistricts:\n  kommun: Uppsala\n  areas: [{area: Gottsunda/Valsätra, district: Syd, population: 1}]",
      "test.yaml:7:12: error: 'updates' above 1 cannot be combined with 'districts'"
    ),
  ])
  func badUpdatesAreRefusedWhereTheyAreWritten(extra: String, message: String) throws {
    let error = try #require(ScenarioTestSupport.error(Self.yaml(extra)))
    #expect(error.description.contains(message), "\(error.description)")
  }

  @Test func claimsAndDistrictsWithOneUpdateAreAccepted() throws {
    let claims = Self.yaml("  updates: 1\n  claims: {decline_probability: 0.1, wants_more_probability: 0.5}")
    #expect(ScenarioTestSupport.error(claims) == nil)
  }

  @Test func theValidationNamesTheUpdates() {
    var spec = UncertaintySpec(draws: 1, seed: 1)
    spec.updates = 0
    #expect(spec.validationErrors().map(\.pathText) == ["updates"])
    spec.updates = 100
    #expect(spec.validationErrors().isEmpty)
  }
}
