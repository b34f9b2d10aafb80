import AllocationModel
import Benchmark
import BenchmarkSupport
import EmbeddedData
import Foundation

/// The benchmarks of the pure allocation core: one allocation, a batch of list-change scenarios,
/// and basis construction across the edition chain.
///
/// Every input goes through `identity(_:)` and every result into `blackHole(_:)`, so the
/// optimizer can neither fold the work into a constant nor drop it.
let benchmarks: @Sendable () -> Void = {
  let fixture = CoreFixture.make()
  let mode = RunMode.current

  // 1. One allocation of the 2021 baseline (26 kommuner) by the key: nanoseconds per allocation.
  Benchmark(
    "Allocation2021Baseline",
    configuration: mode.configuration(
      metrics: [.wallClock, .mallocCountTotal], scalingFactor: .kilo, timeUnits: .nanoseconds,
      unitsPerIteration: 1_000)
  ) { benchmark in
    let key = identity(fixture.key)
    let inputs = identity(fixture.inputs)
    for _ in benchmark.scaledIterations {
      blackHole(try Allocation(key: identity(key), inputs: identity(inputs)))
    }
  }

  // 2. 100 000 deterministic scenarios of one small list change each, through basis, tally and key.
  Benchmark(
    "ScenarioBatch100k",
    configuration: mode.configuration(
      metrics: [.wallClock, .mallocCountTotal, CoreMetric.allocationsPerSecond], scalingFactor: .one,
      timeUnits: .milliseconds, unitsPerIteration: CoreFixture.scenarioCount, heavy: true)
  ) { benchmark in
    let basis = identity(fixture.basis)
    let key = identity(fixture.key)
    let populations = identity(fixture.populations)
    let count = identity(CoreFixture.scenarioCount)
    let start = ContinuousClock.now
    var checksum: Int64 = 0
    for scenario in 0..<count {
      var changed = basis
      ScenarioChange.apply(scenario, to: &changed, kommuner: fixture.kommuner)
      let allocation = try Allocation(
        key: key, basis: changed, delisted: .persist, population: { populations[$0] })
      checksum &+= allocation.kommuner[scenario % allocation.kommuner.count].rounded
    }
    let elapsed = ContinuousClock.now - start
    blackHole(checksum)
    benchmark.measurement(CoreMetric.allocationsPerSecond, perSecond(count, elapsed))
  }

  // 3. The basis of the chain 2019 → 2021 → 2023 with its transitions.
  Benchmark(
    "BasisBuildChain2019to2023",
    configuration: mode.configuration(
      metrics: [.wallClock, .mallocCountTotal], scalingFactor: .one, timeUnits: .microseconds,
      unitsPerIteration: 1)
  ) { benchmark in
    let chain = identity(fixture.chain)
    for _ in benchmark.scaledIterations {
      blackHole(try Basis.build(chain: identity(chain)))
    }
  }
}

/// The custom metrics of the core benchmarks.
enum CoreMetric {
  /// Allocations computed per second of wall-clock time, measured around the batch.
  static var allocationsPerSecond: BenchmarkMetric {
    .custom("allocationsPerSecond", polarity: .prefersLarger, useScalingFactor: false)
  }
}

/// The inputs of the core benchmarks, built once from the embedded data, outside any measurement.
struct CoreFixture: Sendable {
  /// The number of scenarios in one batch.
  static let scenarioCount = 100_000

  /// The official key of the 2021 grant.
  var key: DistributionKey
  /// The 2021 grant's inputs to the key: 26 kommuner, weights under `persist`, SCB 2019-12-31.
  var inputs: [KommunInput]
  /// The basis of the 2021 grant (the June 2019 list).
  var basis: Basis
  /// SCB 2019-12-31 populations of the basis kommuner.
  var populations: [String: Double]
  /// The basis kommuner in Swedish name order, where scenario areas land.
  var kommuner: [String]
  /// The embedded editions 2019, 2021 and 2023, oldest first.
  var chain: [Edition]

  /// Builds the fixture from the embedded data and the 2021 preset; traps if the data is broken.
  static func make() -> CoreFixture {
    guard let year = GrantYear.preset(2021) else { fatalError("no 2021 preset") }
    let key = DistributionKey.official(budget: year.budget)
    let basis = try! Basis.build(chain: year.editions.map { PoliceLists.edition($0)! }).basis
    let tallies = basis.tallies(delisted: .persist, weights: key.weights)
    var populations: [String: Double] = [:]
    for tally in tallies {
      populations[tally.kommun] = PopulationTable.embedded.population(kommun: tally.kommun, date: year.populationDate)
    }
    let inputs = tallies.map { KommunInput(kommun: $0.kommun, weight: $0.weight, population: populations[$0.kommun]!) }
    precondition(inputs.count == 26, "the 2021 baseline has 26 kommuner, got \(inputs.count)")
    let chain = ["2019", "2021", "2023"].map { PoliceLists.edition($0)! }
    return CoreFixture(
      key: key, inputs: inputs, basis: basis, populations: populations, kommuner: tallies.map(\.kommun),
      chain: chain)
  }
}

/// The deterministic list change of one scenario of the batch.
enum ScenarioChange {
  /// Applies scenario `index`'s change: it cycles through the basis areas and four kinds of change
  /// (upgrade, downgrade or delisting, one new area, both a downgrade and a new area).
  static func apply(_ index: Int, to basis: inout Basis, kommuner: [String]) {
    let area = index % basis.areas.count
    let kind = (index / basis.areas.count) % 4
    if kind == 0 {
      basis.areas[area].areaClass = basis.areas[area].areaClass.upgraded ?? .suo
    }
    if kind == 1 || kind == 3 {
      if let lower = basis.areas[area].areaClass.downgraded {
        basis.areas[area].areaClass = lower
      } else {
        basis.areas[area].isListed = false
      }
    }
    if kind >= 2 {
      basis.areas.append(
        BasisArea(
          name: "Scenarioområde", kommun: kommuner[(index &* 7) % kommuner.count],
          areaClass: AreaClass.allCases[index % 3], enteredIn: "scenario"))
    }
  }
}
