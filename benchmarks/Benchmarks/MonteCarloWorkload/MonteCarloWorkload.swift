import AllocationModel
import Benchmark
import BenchmarkSupport
import EmbeddedData
import Foundation
import MonteCarlo

/// The benchmarks of the Monte Carlo engine on the standard uncertainty workload
/// (`../shared/docs/workloads.md`, shipped as `scenarios/standard-uncertainty.yaml`).
///
/// The input is built from the embedded data once, outside the measurement; each iteration is one
/// whole `MonteCarloEngine.run`, compilation of the model and statistics included.
let benchmarks: @Sendable () -> Void = {
  let mode = RunMode.current
  let allThreads = ProcessInfo.processInfo.activeProcessorCount
  let input100k = StandardWorkload.input(draws: 100_000)
  let input1M = StandardWorkload.input(draws: 1_000_000)

  // 4. The standard workload at 100 000 draws: draws per second on one thread and on all of them.
  for (name, threads) in [("StandardWorkload100kThreads1", 1), ("StandardWorkload100kAllThreads", allThreads)] {
    Benchmark(
      name,
      configuration: mode.configuration(
        metrics: [.wallClock, .mallocCountTotal, EngineMetric.drawsPerSecond], timeUnits: .milliseconds,
        unitsPerIteration: 100_000, mallocTolerance: EngineMetric.mallocTolerance)
    ) { benchmark in
      let input = identity(input100k)
      let options = EngineOptions(threads: identity(threads))
      let start = ContinuousClock.now
      let result = try MonteCarloEngine.run(input, options: options)
      let elapsed = ContinuousClock.now - start
      blackHole(result)
      benchmark.measurement(EngineMetric.drawsPerSecond, perSecond(result.draws, elapsed))
    }
  }

  // 4b. Multi-year paths: the standard workload with 3 list updates per draw, 100 000 paths on one thread,
  // to set against StandardWorkload100kThreads1 (issue 13: at most 3 × one update + 10 %). The rate is
  // paths per second, statistics of all three updates included.
  var pathInput = input100k
  pathInput.uncertainty.updates = 3
  let input3Updates = pathInput
  Benchmark(
    "ThreeUpdatePath100kThreads1",
    configuration: mode.configuration(
      metrics: [.wallClock, .mallocCountTotal, EngineMetric.drawsPerSecond], timeUnits: .milliseconds,
      unitsPerIteration: 100_000, mallocTolerance: EngineMetric.mallocTolerance)
  ) { benchmark in
    let input = identity(input3Updates)
    let start = ContinuousClock.now
    let result = try MonteCarloEngine.run(input, options: EngineOptions(threads: identity(1)))
    let elapsed = ContinuousClock.now - start
    blackHole(result)
    precondition(result.updates.count == 3, "a path of three updates")
    benchmark.measurement(EngineMetric.drawsPerSecond, perSecond(result.draws, elapsed))
  }

  // 5. The statistics phase alone: exact quantiles and GSL histograms of 1 000 000 × 26 changes.
  // The engine times the phase itself; the iteration also simulates the draws it summarises.
  Benchmark(
    "StatisticsPhase1Mx26AllThreads",
    configuration: mode.configuration(
      metrics: [.wallClock, .mallocCountTotal, EngineMetric.statisticsMicroseconds], timeUnits: .milliseconds,
      unitsPerIteration: 1_000_000, heavy: true, mallocTolerance: EngineMetric.mallocTolerance)
  ) { benchmark in
    let input = identity(input1M)
    let options = EngineOptions(threads: identity(allThreads), mode: .exact)
    let result = try MonteCarloEngine.run(input, options: options)
    blackHole(result)
    precondition(result.kommuner.count == 26, "the standard workload has 26 kommuner")
    benchmark.measurement(EngineMetric.statisticsMicroseconds, Int((result.statisticsSeconds * 1e6).rounded()))
  }
}

/// The custom metrics and tolerances of the engine benchmarks.
enum EngineMetric {
  /// Draws per second of wall-clock time, statistics included, timed around `MonteCarloEngine.run`.
  static var drawsPerSecond: BenchmarkMetric {
    .custom("drawsPerSecond", polarity: .prefersLarger, useScalingFactor: false)
  }

  /// The statistics phase as the engine times it, in microseconds.
  static var statisticsMicroseconds: BenchmarkMetric {
    .custom("statisticsMicroseconds", polarity: .prefersSmaller, useScalingFactor: false)
  }

  /// The hot loop must not allocate: a run makes about 900 mallocs whatever its draws (setup, per
  /// chunk, per kommun), and Dispatch's worker threads make that vary by up to about 80 from process
  /// to process. 200 absorbs that and still fails on any allocation per draw (100 000 more).
  static let mallocTolerance = 200
}

/// The standard uncertainty workload of `docs/workloads.md` on the 2021 baseline, built from the
/// embedded data as `scenarios/standard-uncertainty.yaml` describes it (and with its seed).
enum StandardWorkload {
  /// The workload at a number of draws.
  static func input(draws: Int, seed: UInt64 = 20_211_231) -> SimulationInput {
    guard let year = GrantYear.preset(2021) else { fatalError("no 2021 preset") }
    let key = DistributionKey.official(budget: year.budget)
    let basis = try! Basis.build(chain: year.editions.map { PoliceLists.edition($0)! }).basis
    let baseline = try! Allocation(
      key: key, basis: basis, delisted: .persist,
      population: { PopulationTable.embedded.population(kommun: $0, date: year.populationDate) })
    var population: [String: Double] = [:]
    for kommun in baseline.kommuner { population[kommun.kommun] = kommun.population }
    let uncertainty = UncertaintySpec(
      draws: draws, seed: seed, reclassification: .simple(probability: 0.10, up: 0.5),
      newAreas: .init(mean: 2, classMix: [.uo: 0.7, .ro: 0.2, .suo: 0.1], kommuner: .population),
      populationGrowth: .init(mean: 0.01, sd: 0.01))
    return SimulationInput(
      basis: basis, key: key, delisted: .persist, splits: .literal, population: population, baseline: baseline,
      uncertainty: uncertainty)
  }
}
