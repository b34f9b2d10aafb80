import AllocationModel
import ScenarioFormat
import Testing

/// The `uncertainty:` section (issue 4) read into an ``UncertaintySpec``.
@Suite struct UncertaintySectionTests {
  @Test func theStandardWorkloadIsReadAsWritten() throws {
    // docs/workloads.md: p 0.10, up 0.5, Poisson mean 2 by population, mix .7/.2/.1, growth N(0.01, 0.01).
    let s = try ScenarioTestSupport.shipped("standard-uncertainty.yaml")
    let spec = try #require(s.uncertainty)
    #expect(spec.draws == 1_000_000)
    #expect(spec.seed == 20_211_231)
    #expect(spec.reclassification == .simple(probability: 0.10, up: 0.5))
    #expect(spec.newAreas == .init(mean: 2, classMix: [.uo: 0.7, .ro: 0.2, .suo: 0.1], kommuner: .population))
    #expect(spec.populationGrowth == .init(mean: 0.01, sd: 0.01))
    #expect(s.baseline.year == 2021 && s.changes.isEmpty)
    #expect(s.scenarioAllocation == s.baselineAllocation)
  }

  @Test func matrixTablesAndOverridesAreRead() throws {
    let s = try ScenarioTestSupport.load(
      """
      name: t
      baseline: {year: 2021}
      uncertainty:
        draws: 10
        seed: 18446744073709551615
        reclassification:
          matrix: {UO: {RO: 0.04, delisted: 0.06}, RO: {SUO: 0.05, UO: 0.05}, SUO: {RO: 0.08}}
        new_areas:
          mean: 1.5
          class_mix: {UO: 1}
          kommuner: [{kommun: Nacka, weight: 1}, {kommun: Tyresö, weight: 0.5, population: 49000}]
        population_growth: {mean: 0.01, sd: 0.01, overrides: {Uppsala: {mean: 0.02, sd: 0}}}

      """)
    let spec = try #require(s.uncertainty)
    #expect(spec.seed == UInt64.max)
    #expect(
      spec.reclassification
        == .matrix([
          .uo: [.areaClass(.ro): 0.04, .delisted: 0.06], .ro: [.areaClass(.suo): 0.05, .areaClass(.uo): 0.05],
          .suo: [.areaClass(.ro): 0.08],
        ]))
    #expect(
      spec.newAreas?.kommuner
        == .table([.init(kommun: "Nacka", weight: 1), .init(kommun: "Tyresö", weight: 0.5, population: 49000)]))
    #expect(spec.populationGrowth?.rate(for: "Uppsala") == .init(mean: 0.02, sd: 0))
  }
}
