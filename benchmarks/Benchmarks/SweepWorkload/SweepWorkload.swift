import AllocationModel
import Benchmark
import BenchmarkSupport
import EmbeddedData
import Foundation

/// The sweep's stress test: every triple of single list changes (reclassify, delist, add) on different areas of
/// the 2021 list, about 2.7 million scenarios, evaluated on 2 threads with summaries only (each kommun's five
/// largest losses and gains), not a row per scenario.
///
/// Target (issue 13): at least 5 million scenarios a second on 2 cores, and no allocation per scenario: the
/// malloc count per iteration is that of the model's per-thread work (a few per first change), not per scenario.
let benchmarks: @Sendable () -> Void = {
  let fixture = SweepFixture.make()
  let mode = RunMode.current

  Benchmark(
    "SweepTriples2021Threads2",
    configuration: mode.configuration(
      metrics: [.wallClock, .mallocCountTotal, SweepMetric.scenariosPerSecond, SweepMetric.scenariosPerCPUSecond],
      scalingFactor: .one,
      timeUnits: .milliseconds, unitsPerIteration: fixture.triples, heavy: true, mallocTolerance: 200)
  ) { benchmark in
    let model = identity(fixture.model)
    let singles = identity(fixture.singles)
    let start = ContinuousClock.now
    let cpuStart = processCPUSeconds()
    let summary = model.summarizeCombinations(of: singles, size: 3, depth: 5, threads: 2)
    let cpu = processCPUSeconds() - cpuStart
    let elapsed = ContinuousClock.now - start
    precondition(summary.recorded + summary.skipped == fixture.triples, "every triple is evaluated")
    blackHole(summary)
    benchmark.measurement(SweepMetric.scenariosPerSecond, perSecond(fixture.triples, elapsed))
    benchmark.measurement(SweepMetric.scenariosPerCPUSecond, cpu > 0 ? Int(Double(fixture.triples) / cpu) : 0)
  }
}

/// The CPU time of the whole process so far, in seconds: what the sweep costs whatever else the machine runs.
func processCPUSeconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// The custom metrics of the sweep benchmark.
enum SweepMetric {
  /// Scenarios evaluated per second of CPU time over all threads: on a machine shared with other work, twice
  /// this is the rate 2 free cores give.
  static var scenariosPerCPUSecond: BenchmarkMetric {
    .custom("scenariosPerCPUSecond", polarity: .prefersLarger, useScalingFactor: false)
  }

  /// Scenarios evaluated per second of wall-clock time, measured around the sweep.
  static var scenariosPerSecond: BenchmarkMetric {
    .custom("scenariosPerSecond", polarity: .prefersLarger, useScalingFactor: false)
  }
}

/// The compiled 2021 base and its single list changes, built once outside any measurement.
struct SweepFixture: Sendable {
  /// The 2021 grant compiled with its single reclassifications, delistings and additions.
  var model: SweepModel
  /// The positions of the single changes combined.
  var singles: [Int]
  /// The number of triples on different areas.
  var triples: Int

  /// Builds the fixture from the embedded data and the 2021 preset; traps if the data is broken.
  static func make() -> SweepFixture {
    guard let year = GrantYear.preset(2021) else { fatalError("no 2021 preset") }
    let basis = try! Basis.build(chain: year.editions.map { PoliceLists.edition($0)! }).basis
    var population: [String: Double] = [:]
    for record in PopulationTable.embedded.records where record.date == year.populationDate {
      population[record.kommun] = Double(record.population)
    }
    let base = SweepBase(
      basis: basis, population: population, key: .official(budget: year.budget), delisted: .persist,
      splits: .literal)
    let spec = SweepSpec(kinds: [.reclassify, .delist, .add], populationFactors: [])
    let model = try! SweepModel(base: base, changes: try! spec.changes(for: base))
    let singles = Array(0..<model.count)
    let triples = model.combinationCount(of: singles, size: 3)
    precondition(triples >= 1_000_000, "at least a million scenarios, got \(triples)")
    return SweepFixture(model: model, singles: singles, triples: triples)
  }
}
