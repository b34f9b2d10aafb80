import AllocationModel
import EmbeddedData
import MonteCarlo

/// The standard uncertainty workload of `docs/workloads.md`, built directly from the embedded data.
public enum StandardWorkload {
  /// The workload's uncertainty: p 0.10 (up 0.5), Poisson(2) new areas by population with mix
  /// .7/.2/.1, growth Normal(0.01, 0.01).
  public static func uncertainty(draws: Int, seed: UInt64 = 20_211_231) -> UncertaintySpec {
    UncertaintySpec(
      draws: draws, seed: seed, reclassification: .simple(probability: 0.10, up: 0.5),
      newAreas: .init(mean: 2, classMix: [.uo: 0.7, .ro: 0.2, .suo: 0.1], kommuner: .population),
      populationGrowth: .init(mean: 0.01, sd: 0.01))
  }

  /// The 2021 baseline (2019 list, SCB 2019-12-31, 243 500 000 kr, official key, persist) with an
  /// uncertainty spec on top.
  public static func input(_ uncertainty: UncertaintySpec, basis: Basis? = nil) -> SimulationInput {
    let baseline = Fixtures.allocation2021()
    var population: [String: Double] = [:]
    for k in baseline.kommuner { population[k.kommun] = k.population }
    return SimulationInput(
      basis: basis ?? Fixtures.basis(["2019"]), key: .official(budget: Fixtures.budget), delisted: .persist,
      splits: .literal, population: population, baseline: baseline, uncertainty: uncertainty)
  }

  /// The standard workload at a number of draws.
  public static func input(draws: Int, seed: UInt64 = 20_211_231) -> SimulationInput {
    input(uncertainty(draws: draws, seed: seed))
  }
}
