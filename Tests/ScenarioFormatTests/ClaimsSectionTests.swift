import AllocationModel
import ScenarioFormat
import Testing

/// The `claims:` section read and applied to the scenario allocation, and `uncertainty.claims`.
@Suite struct ClaimsSectionTests {
  @Test func theShippedExampleRedistributesByTheKeyAndSumsToTheBudget() throws {
    let s = try ScenarioTestSupport.shipped("claims-example.yaml")
    let outcome = try #require(s.claims)
    #expect(outcome.claims.redistribution == .key)
    #expect(outcome.claims.claimedKr == ["Borlänge": 0, "Trollhättan": 1_500_000])
    #expect(outcome.claims.wantsMore == ["Malmö", "Göteborg", "Södertälje"])
    #expect(outcome.rows.map(\.kommun) == s.scenarioAllocation.kommuner.map(\.kommun))
    #expect(outcome.rows.map(\.entitlementKr) == s.scenarioAllocation.kommuner.map(\.amount))
    #expect(outcome.rows.map(\.finalKrRounded).reduce(0, +) == s.key.budget)
    #expect(outcome.returnedKr == 0)
    let borlänge = try #require(s.scenarioAllocation["Borlänge"]).amount
    let trollhättan = try #require(s.scenarioAllocation["Trollhättan"]).amount
    #expect(abs(outcome.unclaimedKr - (borlänge + trollhättan - 1_500_000)) < 1e-6)
    #expect(outcome.rows.filter { $0.redistributedKr > 0 }.map(\.kommun) == ["Göteborg", "Malmö", "Södertälje"])
  }

  @Test func withoutASectionThereAreNoClaimsAndTheRuleDefaultsToTheKey() throws {
    let plain = try ScenarioTestSupport.load("name: t\nbaseline: {year: 2021}\n")
    #expect(plain.claims == nil)
    let s = try ScenarioTestSupport.load(
      "name: t\nbaseline: {year: 2021}\nclaims:\n  claimed_kr: {Växjö: 1000000.5}\n")
    let outcome = try #require(s.claims)
    #expect(outcome.claims.redistribution == .key && outcome.claims.wantsMore.isEmpty)
    let växjö = try #require(s.scenarioAllocation["Växjö"]).amount
    #expect(outcome.returnedKr == växjö - 1_000_000.5)
    #expect(outcome.rows.map(\.finalKrRounded).reduce(0, +) + outcome.returnedKrRounded == s.key.budget)
  }

  @Test func claimsApplyToTheScenarioAfterItsChanges() throws {
    let s = try ScenarioTestSupport.load(
      """
      name: t
      baseline: {year: 2021}
      changes:
        - add: {area: Granängsringen, kommun: Tyresö, class: UO}
        - population: {kommun: Tyresö, set: 47000}
      claims:
        wants_more: [Tyresö]
        claimed_kr: {Uppsala: 0}
        redistribution: pro_rata

      """)
    let outcome = try #require(s.claims)
    let uppsala = try #require(s.scenarioAllocation["Uppsala"]).amount
    #expect(outcome["Tyresö"]?.redistributedKr == uppsala)
  }

  @Test func errorsLandOnTheEntryAtFault() throws {
    let error = try #require(
      ScenarioTestSupport.error(
        """
        name: t
        baseline: {year: 2021}
        claims:
          claimed_kr: {Borlänge: 5000000, Lund: 0}
          wants_more: [Borlänge, Goteborg]

        """))
    let lines = error.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" }
    #expect(
      lines == [
        "4:26 the claim of Borlänge, 5000000 kr, is above its amount in the scenario, 3943710.57 kr",
        "4:35 Lund is not eligible in the scenario, so it has no amount to claim",
        "5:16 Borlänge claims less than its amount and also asks for more; a kommun does one or the other",
        "5:26 unknown kommun 'Goteborg'",
      ])
  }

  @Test func uncertaintyClaimsAreReadAndCheckedByTheSpec() throws {
    let s = try ScenarioTestSupport.load(
      """
      name: t
      baseline: {year: 2021}
      uncertainty:
        draws: 10
        seed: 1
        claims: {decline_probability: 0.05, wants_more_probability: 0.3}

      """)
    #expect(s.uncertainty?.claims == .init(declineProbability: 0.05, wantsMoreProbability: 0.3))
    let spec = UncertaintySpec(draws: 1, seed: 1, claims: .init(declineProbability: -0.1, wantsMoreProbability: .nan))
    #expect(spec.validationErrors().map(\.pathText) == ["claims.decline_probability", "claims.wants_more_probability"])
  }
}
