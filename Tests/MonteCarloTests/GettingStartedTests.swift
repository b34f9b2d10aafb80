import AllocationModel
import EmbeddedData
import MonteCarlo
import Testing

/// The code of the DocC article "Getting started" (`AllocationModel.docc/GettingStarted.md`), so that
/// it cannot drift from the library: keep the two in step.
@Suite struct GettingStartedTests {
  /// The 2021 table of the decision's Bilaga 1 ("Fördelning av medel för sociala insatser enligt
  /// uppdrag x avseende 2021", thousands of kronor), the rows the article's comments mention.
  static let publishedThousands = ["Borlänge": 3_944, "Göteborg": 43_392, "Uppsala": 8_052, "Örebro": 10_200]

  @Test func theArticleComputesThe2021TableAsksAWhatIfAndRunsAMonteCarlo() throws {
    // Compute the 2021 table.
    let year2021 = try #require(GrantYear.preset(2021))
    let chain = year2021.editions.compactMap(PoliceLists.edition)
    let (basis, _) = try Basis.build(chain: chain)
    let key = DistributionKey.official(budget: year2021.budget)
    let allocation = try Allocation(
      key: key, basis: basis, delisted: .persist,
      population: { PopulationTable.embedded.population(kommun: $0, date: year2021.populationDate) })

    #expect(chain.count == 1)
    #expect(allocation.kommuner.count == 26)
    #expect(allocation.totalRounded == 243_500_000)
    for (kommun, thousands) in Self.publishedThousands {
      let amount = try #require(allocation[kommun]).amount
      #expect((amount / 1_000).rounded() == Double(thousands), "\(kommun)")
    }

    // Ask a what-if question.
    var scenario = basis
    try scenario.apply(.reclassify(area: "Gottsunda/Valsätra", to: .ro))
    let downgraded = try Allocation(
      key: key, basis: scenario, delisted: .persist,
      population: { PopulationTable.embedded.population(kommun: $0, date: year2021.populationDate) })
    let comparison = ScenarioComparison(baseline: allocation, scenario: downgraded)
    #expect(try #require(comparison["Uppsala"]).changeKr < 0)
    #expect(try #require(comparison["Göteborg"]).changeKr > 0)

    // Run a small Monte Carlo.
    var population: [String: Double] = [:]
    for kommun in allocation.kommuner { population[kommun.kommun] = kommun.population }
    let uncertainty = UncertaintySpec(
      draws: 20_000, seed: 20_211_231,
      reclassification: .simple(probability: 0.10, up: 0.5),
      newAreas: .init(mean: 2, classMix: [.uo: 0.7, .ro: 0.2, .suo: 0.1], kommuner: .population),
      populationGrowth: .init(mean: 0.01, sd: 0.01))
    let input = SimulationInput(
      basis: basis, key: key, delisted: .persist, splits: .literal, population: population,
      baseline: allocation, uncertainty: uncertainty)
    let result = try MonteCarloEngine.run(input, options: EngineOptions(threads: 2))

    #expect(result.draws == 20_000)
    #expect(result.kommuner.map(\.kommun) == allocation.kommuner.map(\.kommun))
    // New areas land only in baseline kommuner, so every draw redistributes the same budget:
    // the mean changes sum to zero up to floating-point rounding.
    let totalMeanChange = result.kommuner.reduce(0) { $0 + $1.mean }
    #expect(abs(totalMeanChange) < 1)
    for kommun in result.kommuner {
      #expect(kommun.sd > 0, "\(kommun.kommun)")
      #expect(kommun.p05 <= kommun.p50 && kommun.p50 <= kommun.p95, "\(kommun.kommun)")
      #expect((0...1).contains(kommun.pLoss), "\(kommun.kommun)")
    }
  }
}
