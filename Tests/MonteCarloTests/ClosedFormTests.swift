import AllocationModel
import Foundation
import MonteCarlo
import TestSupport
import Testing

/// The engine against cases whose answer is known in closed form.
@Suite struct ClosedFormTests {
  @Test func noUncertaintyReproducesTheDeterministicScenario() throws {
    // A scenario that differs from the baseline: Gottsunda/Valsätra downgraded, a new area in Malmö.
    var basis = Fixtures.basis(["2019"])
    basis.areas[basis.index(of: "Gottsunda/Valsätra")!].areaClass = .ro
    basis.areas.append(BasisArea(name: "Ny", kommun: "Malmö", areaClass: .uo, enteredIn: "test"))
    let spec = UncertaintySpec(
      draws: 1_000, seed: 3, reclassification: .simple(probability: 0, up: 0.5),
      newAreas: .init(mean: 0, classMix: [.uo: 1], kommuner: .population),
      populationGrowth: .init(mean: 0, sd: 0))
    let input = StandardWorkload.input(spec, basis: basis)
    let result = try MonteCarloEngine.run(input, options: .init(threads: 2))
    let scenario = try Allocation(
      key: input.key, basis: basis, delisted: .persist, population: { input.population[$0] })
    for k in result.kommuner {
      let expected = scenario[k.kommun]!.amount - input.baseline[k.kommun]!.amount
      #expect(k.sd == 0, "\(k.kommun)")
      #expect(k.min == k.max)
      #expect(abs(k.mean - expected) <= 1e-6 * max(1, abs(scenario[k.kommun]!.amount)), "\(k.kommun)")
      for q in [k.p01, k.p05, k.p50, k.p95, k.p99] { #expect(q == k.mean) }
      #expect(k.histogramCounts.reduce(0, +) == 1_000)
    }
    #expect(abs(result.kommuner.first { $0.kommun == "Uppsala" }!.mean) > 100_000)
  }

  @Test func populationGrowthMatchesTheFirstOrderFormula() throws {
    // Only growth, tiny sd: amount_k ≈ areaPart_k + popMoney · p_k(1+g_k)/Σp(1+g). With every g equal
    // to the mean, population shares do not move, so the mean change is ~0 and its sd follows from the
    // linearised share: sd_k² ≈ (popMoney·s_k)² σ² [(1 − s_k)² + Σ_{j≠k} s_j²].
    let sigma = 1e-4
    let spec = UncertaintySpec(draws: 40_000, seed: 11, populationGrowth: .init(mean: 0.02, sd: sigma))
    let input = StandardWorkload.input(spec)
    let result = try MonteCarloEngine.run(input, options: .init(threads: 2))
    let baseline = input.baseline
    let money = 0.25 * Double(Fixtures.budget)
    let shares = baseline.kommuner.map { $0.population / baseline.totalPopulation }
    let sumSquares = shares.reduce(0) { $0 + $1 * $1 }
    for (i, k) in result.kommuner.enumerated() {
      let s = shares[i]
      let expectedSD = money * s * sigma * ((1 - s) * (1 - s) + sumSquares - s * s).squareRoot()
      #expect(abs(k.mean) < 4 * expectedSD / sqrt(40_000.0) + 1e-6, "\(k.kommun) mean \(k.mean)")
      #expect(abs(k.sd / expectedSD - 1) < 0.03, "\(k.kommun) sd \(k.sd) vs \(expectedSD)")
    }
  }

  @Test func oneAreaChangesWithItsProbability() throws {
    // A list of one RO area in Stockholm and one UO area in Malmö that never changes (matrix row
    // only for RO): P(Stockholm's amount changes) = p.
    let basis = Basis(
      areas: [
        BasisArea(name: "A", kommun: "Stockholm", areaClass: .ro, enteredIn: "t"),
        BasisArea(name: "B", kommun: "Malmö", areaClass: .uo, enteredIn: "t"),
      ], editions: ["t"])
    let population = ["Stockholm": 974_073.0, "Malmö": 344_166.0]
    let key = DistributionKey.official(budget: Fixtures.budget)
    let baseline = try Allocation(key: key, basis: basis, delisted: .persist, population: { population[$0] })
    let p = 0.3
    let draws = 20_000
    let spec = UncertaintySpec(
      draws: draws, seed: 5, reclassification: .matrix([.ro: [.areaClass(.suo): p]]))
    let input = SimulationInput(
      basis: basis, key: key, delisted: .persist, splits: .literal, population: population, baseline: baseline,
      uncertainty: spec)
    let result = try MonteCarloEngine.run(input, options: .init(threads: 2))
    let stockholm = result.kommuner.first { $0.kommun == "Stockholm" }!
    // An upgrade only raises Stockholm's amount: the changed share is P(change > 0).
    let changed = 1 - stockholm.pLoss - fractionAtZero(stockholm)
    let sigma = (p * (1 - p) / Double(draws)).squareRoot()
    #expect(abs(changed - p) < 4 * sigma, "P(change) \(changed) vs \(p)")
    #expect(stockholm.pLoss == 0)
  }

  /// The share of draws in the histogram bin that holds zero (all draws without a change).
  private func fractionAtZero(_ k: MonteCarloResult.Kommun) -> Double {
    let total = Double(k.histogramCounts.reduce(0, +))
    for i in k.histogramCounts.indices where k.histogramEdges[i] <= 0 && 0 < k.histogramEdges[i + 1] {
      return Double(k.histogramCounts[i]) / total
    }
    return Double(k.histogramCounts[0]) / total
  }

  @Test func aUOThatLeavesPersistsUnderPersistAndDropsUnderDrop() throws {
    let basis = Basis(
      areas: [
        BasisArea(name: "A", kommun: "Stockholm", areaClass: .uo, enteredIn: "t"),
        BasisArea(name: "B", kommun: "Malmö", areaClass: .uo, enteredIn: "t"),
      ], editions: ["t"])
    let population = ["Stockholm": 974_073.0, "Malmö": 344_166.0]
    let key = DistributionKey.official(budget: Fixtures.budget)
    let baseline = try Allocation(key: key, basis: basis, delisted: .persist, population: { population[$0] })
    let spec = UncertaintySpec(draws: 2_000, seed: 9, reclassification: .matrix([.uo: [.delisted: 0.2]]))
    func run(_ policy: DelistedPolicy) throws -> MonteCarloResult {
      try MonteCarloEngine.run(
        SimulationInput(
          basis: basis, key: key, delisted: policy, splits: .literal, population: population, baseline: baseline,
          uncertainty: spec), options: .init(threads: 1))
    }
    #expect(try run(.persist).kommuner.allSatisfy { $0.sd == 0 && $0.mean == 0 })
    // Under drop, a draw where both leave has no weight at all: a clear error, not NaN.
    #expect(throws: MonteCarloError.self) { try run(.drop) }
  }
}
