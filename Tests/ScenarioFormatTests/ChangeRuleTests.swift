import AllocationModel
import EmbeddedData
import ScenarioFormat
import TestSupport
import Testing

/// The update rule seen through scenarios: each change type, persist vs drop, ordering.
///
/// Expected figures come from the key itself (``Allocation`` on a basis built by hand), never typed in.
@Suite struct ChangeRuleTests {
  private func scenario(_ body: String, baseline: String = "year: 2021") throws -> ResolvedScenario {
    try ScenarioTestSupport.load("name: t\nbaseline: {\(baseline)}\n" + body)
  }

  private let bothEditions = "editions: [2019, 2021], population_date: 2019-12-31"

  @Test func delistingUnderPersistChangesNothing() throws {
    let s = try scenario("changes:\n  - delist: {area: Rannebergen}\n")
    #expect(s.scenarioBasis["Rannebergen"]?.isListed == false)
    #expect(s.comparison.rows.allSatisfy { $0.status == .unchanged })
    #expect(s.scenarioAllocation == s.baselineAllocation)
  }

  @Test func delistingUnderDropRemovesTheWeight() throws {
    let s = try scenario("delisted: drop\nchanges:\n  - delist: {area: Rannebergen}\n")
    let göteborg = try #require(s.comparison["Göteborg"])
    #expect(göteborg.scenarioWeight == göteborg.baselineWeight - 1, "a UO weighs 1")
    #expect(göteborg.changeKr < 0)
    #expect(s.comparison.rows.filter { $0.kommun != "Göteborg" }.allSatisfy { $0.changeKr > 0 })
  }

  @Test func dropWithoutChangesOnAPersistingBasisRemovesDelistedAreas() throws {
    let s = try scenario("delisted: drop\n", baseline: bothEditions)
    #expect(s.baselineAllocation.totalWeight == 115)
    #expect(s.scenarioAllocation.totalWeight == 113)
    #expect(try #require(s.comparison["Norrköping"]).changeKr < 0)
  }

  @Test func downgradingLowersTheWeight() throws {
    let s = try scenario("changes:\n  - reclassify: {area: Gottsunda/Valsätra, to: RO}\n")
    let uppsala = try #require(s.comparison["Uppsala"])
    #expect(uppsala.scenarioWeight == uppsala.baselineWeight - 1)
    #expect(uppsala.status == .changed && uppsala.changeKr < 0)
    #expect(s.comparison.changeTotalKr == 0)
  }

  @Test func addingInANewKommunMakesItEligibleWithEmbeddedPopulation() throws {
    let s = try scenario("changes:\n  - add: {area: Fisksätra, kommun: Nacka, class: UO}\n")
    let nacka = try #require(s.comparison["Nacka"])
    #expect(nacka.status == .new && nacka.baselineKr == 0 && nacka.scenarioWeight == 1)
    #expect(
      s.scenarioAllocation["Nacka"]?.population
        == PopulationTable.embedded.population(kommun: "Nacka", date: "2019-12-31"))
  }

  @Test func aNewKommunWithoutEmbeddedPopulationTakesItFromTheScenario() throws {
    let s = try scenario(
      """
      changes:
        - add: {area: Granängsringen, kommun: Tyresö, class: UO}
        - population: {kommun: Tyresö, set: 50000}

      """)
    #expect(s.scenarioAllocation["Tyresö"]?.population == 50000)
    #expect(s.comparison["Tyresö"]?.status == .new)
  }

  @Test func aKommunNameNearAKnownOneIsAnErrorEvenWhenGivenAPopulation() throws {
    // "Malmo" is one edit from "Malmö" and no kommun of Sweden: a population does not make it one.
    let error = try #require(
      ScenarioTestSupport.error(
        "name: t\nbaseline: {year: 2021}\nchanges:\n  - add: {area: X, kommun: Malmo, class: UO}\n"
          + "  - population: {kommun: Malmo, set: 1000}\n"))
    #expect(error.diagnostics.map(\.message) == ["unknown kommun 'Malmo'", "unknown kommun 'Malmo'"])
    #expect(error.diagnostics.map(\.hint) == ["did you mean 'Malmö'?", "did you mean 'Malmö'?"])
  }

  @Test func aNewKommunWithoutAnyPopulationIsAnError() throws {
    let error = try #require(
      ScenarioTestSupport.error(
        "name: t\nbaseline: {year: 2021}\nchanges:\n  - add: {area: Granängsringen, kommun: Tyresö, class: UO}\n"))
    #expect(error.diagnostics.count == 1)
    #expect(error.diagnostics[0].message.contains("Tyresö enters the scenario but has no population at 2019-12-31"))
    #expect(error.diagnostics[0].location.line == 4)
  }

  @Test func relistAndRenameAndPopulationChanges() throws {
    let s = try scenario(
      """
      changes:
        - relist: {area: Rannebergen, class: RO}
        - rename: {area: Karlslund, to: Karlslund Nya}
        - population: {kommun: Uppsala, factor: 1.5}
        - population: {kommun: Uppsala, add: -1000}

      """, baseline: bothEditions)
    #expect(s.scenarioBasis["Rannebergen"]?.isListed == true)
    #expect(s.scenarioBasis["Rannebergen"]?.areaClass == .ro)
    #expect(s.scenarioBasis["Karlslund Nya"]?.formerNames == ["Karlslund"])
    let uppsala = try #require(PopulationTable.embedded.population(kommun: "Uppsala", date: "2019-12-31"))
    #expect(s.scenarioPopulation["Uppsala"] == uppsala * 1.5 - 1000, "in order: factor, then add")
    #expect(s.baselinePopulation["Uppsala"] == uppsala, "the baseline keeps the SCB figure")
    let göteborg = try #require(s.comparison["Göteborg"])
    #expect(göteborg.scenarioWeight == göteborg.baselineWeight + 1, "UO 1 → RO 2")
  }

  @Test func renamingChangesNoAmount() throws {
    let s = try ScenarioTestSupport.shipped("rename.yaml")
    #expect(s.comparison.rows.allSatisfy { $0.status == .unchanged })
  }

  @Test func theOrderOfChangesMatters() throws {
    let ok = try scenario(
      "changes:\n  - add: {area: X, kommun: Uppsala, class: UO}\n  - reclassify: {area: X, to: SUO}\n")
    #expect(ok.scenarioBasis["X"]?.areaClass == .suo)
    let error = try #require(
      ScenarioTestSupport.error(
        "name: t\nbaseline: {year: 2021}\nchanges:\n  - reclassify: {area: X, to: SUO}\n  - add: {area: X, kommun: Uppsala, class: UO}\n"
      ))
    #expect(error.diagnostics.map(\.location.line) == [4])
  }

  @Test func independentChangesCommute() throws {
    let a = try scenario(
      "changes:\n  - delist: {area: Rannebergen}\n  - add: {area: Fisksätra, kommun: Nacka, class: UO}\n")
    let b = try scenario(
      "changes:\n  - add: {area: Fisksätra, kommun: Nacka, class: UO}\n  - delist: {area: Rannebergen}\n")
    #expect(a.scenarioAllocation == b.scenarioAllocation)
  }

  @Test func keyOverridesMakeTheScenarioOnly() throws {
    let s = try scenario("budget_kr: 100000000\narea_share: 0.5\nweights: {SUO: 4}\n")
    #expect(s.baselineAllocation.key == .official(budget: 243_500_000))
    #expect(
      s.scenarioAllocation.key
        == DistributionKey(budget: 100_000_000, areaShare: 0.5, weights: .init(uo: 1, ro: 2, suo: 4)))
    #expect(s.comparison.scenarioTotalKr == 100_000_000)
  }
}
