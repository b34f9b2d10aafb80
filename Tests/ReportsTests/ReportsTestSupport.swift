import AllocationModel
import MonteCarlo
import Reports
import ScenarioFormat
import TestSupport

/// Scenarios, results and documents for the Reports tests.
enum ReportsFixtures {
  /// A fixed stamp: the run date is the only part that differs between runs.
  static let engine = EngineStamp(
    version: "0.1.0", scenarioHash: String(repeating: "ab", count: 32), runDate: "2026-11-23T10:00:00Z")

  /// Loads YAML as the scenario file `test.yaml`; `files` stands in for the files it names.
  static func load(_ yaml: String, files: [String: String] = [:]) throws -> ResolvedScenario {
    try ScenarioLoader.load(file: "test.yaml", bytes: Array(yaml.utf8)) { path in
      guard let text = files[path] else { throw CLIStandIn.missing(path) }
      return Array(text.utf8)
    }
  }

  enum CLIStandIn: Error { case missing(String) }

  /// The chain 2019 → 2021 (two delisted areas persist) with every kind of change and a key of its own.
  static let deterministicYAML = """
    name: Alla sorters ändringar
    description: Changes of every kind on the 2019 → 2021 chain.
    baseline:
      editions: [2019, 2021]
      population_date: 2019-12-31
    budget_kr: 250000000
    area_share: 0.7
    weights: {UO: 1, RO: 2.5, SUO: 3}
    changes:
      - reclassify: {area: Gottsunda/Valsätra, to: RO}
      - add: {area: Nytt område, kommun: Tyresö, class: UO}
      - population: {kommun: Tyresö, set: 49000}
      - population: {kommun: Uppsala, factor: 1.02}

    """

  /// A Monte Carlo scenario with a matrix, a landing table and growth overrides.
  static let monteCarloYAML = """
    name: Osäkerhet med matris
    baseline: {year: 2021}
    changes:
      - delist: {area: Rannebergen}
    uncertainty:
      draws: 400
      seed: 18446744073709551615
      reclassification:
        matrix:
          UO: {RO: 0.04, delisted: 0.06}
          RO: {SUO: 0.05, UO: 0.05}
          SUO: {RO: 0.08}
      new_areas:
        mean: 1.5
        class_mix: {UO: 0.8, RO: 0.15, SUO: 0.05}
        kommuner: [{kommun: Nacka, weight: 1}, {kommun: Tyresö, weight: 0.5, population: 49000}]
      population_growth: {mean: 0.01, sd: 0.01, overrides: {Uppsala: {mean: 0.02, sd: 0}}}

    """

  /// The Monte Carlo result of a scenario with an `uncertainty:` section.
  static func run(_ s: ResolvedScenario, mode: EngineOptions.StatisticsMode = .auto) throws -> MonteCarloResult {
    let spec = s.uncertainty ?? UncertaintySpec(draws: 100, seed: 1)
    let input = SimulationInput(
      basis: s.scenarioBasis, key: s.key, delisted: s.delisted, splits: s.splits, population: s.scenarioPopulation,
      baseline: s.baselineAllocation, uncertainty: spec)
    return try MonteCarloEngine.run(input, options: EngineOptions(threads: 2, mode: mode))
  }

  /// The allocation report of the 2021 grant.
  static func allocationReport() -> AllocationReport {
    let allocation = Fixtures.allocation2021()
    let basis = Fixtures.basis(["2019"])
    var report = AllocationReport(
      editions: ["2019"], populationDate: "2019-12-31", delisted: .persist, allocation: allocation,
      tallies: basis.tallies(delisted: .persist, splits: .literal, weights: .official),
      populationStatus: Dictionary(uniqueKeysWithValues: allocation.kommuner.map { ($0.kommun, "official") }))
    report.year = 2021
    report.basis = basis
    report.engine = EngineStamp(version: "0.1.0", scenarioHash: nil, runDate: "2026-11-23T10:00:00Z")
    return report
  }
}
