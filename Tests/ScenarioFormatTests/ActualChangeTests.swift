import AllocationModel
import EmbeddedData
import ScenarioFormat
import TestSupport
import Testing

/// `scenarios/actual-2019-to-2021.yaml` equals the key on the chain 2019 → 2021.
@Suite struct ActualChangeTests {
  @Test func theRealListChangeAsAScenarioEqualsTheChain() throws {
    let scenario = try ScenarioTestSupport.shipped("actual-2019-to-2021.yaml")
    let date = scenario.baseline.populationDate
    // The reference: Allocation on the basis built from the two embedded editions, same date and key.
    let chain = try Allocation(
      key: .official(budget: Fixtures.budget), basis: Fixtures.basis(["2019", "2021"]), delisted: .persist,
      population: Fixtures.population(date))
    #expect(scenario.scenarioAllocation == chain)
    let listed = Set(scenario.scenarioBasis.areas.filter(\.isListed).map(\.name))
    #expect(listed == Set(PoliceLists.edition("2021")!.areas.map(\.name)))
  }

  @Test func theFileHasOneChangePerDifferenceBetweenTheEditions() throws {
    let scenario = try ScenarioTestSupport.shipped("actual-2019-to-2021.yaml")
    let (_, transitions) = try Basis.build(chain: [PoliceLists.edition("2019")!, PoliceLists.edition("2021")!])
    let step = try #require(transitions.first)
    let expected = step.left.count + step.entered.count + step.reclassified.count + step.renamed.count
    #expect(scenario.changes.count == expected)
  }
}
