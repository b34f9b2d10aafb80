import AllocationModel
import FordelaGSL
import TestSupport
import Testing

@testable import MonteCarlo

/// Exact mode's quantiles against a plain sort of the same changes and GSL's quantile of sorted data.
@Suite struct ExactQuantileTests {
  static let levels = Quantiles.levels + [0, 0.001, 0.02, 0.4999, 0.5, 0.9, 0.999, 1]

  /// The quantiles of a plain sort, by GSL's `gsl_stats_quantile_from_sorted_data`.
  static func sortedQuantiles(_ values: [Double]) -> [Double] {
    values.sorted().withUnsafeBufferPointer { sorted in levels.map { Statistics.quantile(sorted: sorted, level: $0) } }
  }

  static func exact(_ values: [Double], baseline: Double = 1_000) throws -> MonteCarloResult.Kommun {
    try values.withUnsafeBufferPointer {
      try ExactStatistics.kommun(
        name: "K", baseline: baseline, column: $0, histogramBins: 40,
        extraLevels: Array(levels.dropFirst(Quantiles.levels.count)))
    }
  }

  static func quantiles(_ k: MonteCarloResult.Kommun) -> [Double] {
    [k.p01, k.p05, k.p25, k.p50, k.p75, k.p95, k.p99] + k.extraQuantiles
  }

  @Test func smoothChangesGiveTheQuantilesOfASort() throws {
    // Normal changes over several chunks, with outliers far outside the first chunk's range.
    let stream = try RandomStream(seed: 17, stream: 0)
    var values = (0..<50_001).map { _ in 2_000 * stream.gaussian(sd: 1) }
    values[30_000] = -1e7
    values[40_000] = 5e6
    let k = try Self.exact(values)
    #expect(Self.quantiles(k) == Self.sortedQuantiles(values))
    #expect(k.min == values.min() && k.max == values.max())
    #expect(k.histogramCounts.reduce(0, +) == values.count && k.histogramCounts.count == 40)
  }

  @Test func lumpyChangesGiveTheQuantilesOfASort() throws {
    // 1 000 changes: 30 at −500, then an atom of 40 at exactly −12.5 that holds the ranks around
    // p05 (position 49.95), the rest on a few values, one of them the median; in shuffled order.
    var rng = SplitMix64(state: 5)
    var values = [Double](repeating: -500, count: 30) + [Double](repeating: -12.5, count: 40)
    values += (0..<930).map { [0, 0, 0, 0.1, 7, 7, 1e6][$0 % 7] }
    values.shuffle(using: &rng)
    let k = try Self.exact(values)
    let expected = Self.sortedQuantiles(values)
    #expect(Self.quantiles(k) == expected)
    #expect(k.p05 == -12.5 && k.p01 == -500)
    #expect(k.pLoss == 0.07 && k.pLoss10pct == 0.03)
    // All changes equal: every quantile is that change, and the histogram still has its bins.
    let flat = try Self.exact([Double](repeating: 42, count: 777))
    #expect(Self.quantiles(flat).allSatisfy { $0 == 42 } && flat.sd == 0 && flat.mean == 42)
    #expect(flat.histogramCounts.reduce(0, +) == 777 && flat.histogramEdges.count == 41)
  }

  @Test(arguments: [true, false])
  func theEnginesExactQuantilesAreThoseOfASortOfItsDraws(growth: Bool) throws {
    // Without growth a kommun's changes take few values (atoms at the quantiles); with growth they are smooth.
    var spec = StandardWorkload.uncertainty(draws: 20_000, seed: 31)
    if !growth { spec.populationGrowth = nil }
    let input = StandardWorkload.input(spec)
    var options = EngineOptions(threads: 3, mode: .exact)
    options.extraQuantileLevels = Array(Self.levels.dropFirst(Quantiles.levels.count))
    let result = try MonteCarloEngine.run(input, options: options)
    #expect(result.mode == .exact)

    // The same draws, chunk by chunk, from a kernel of our own.
    let model = try CompiledModel(input)
    let kernel = try DrawKernel(model: model, seed: spec.seed)
    let k = model.names.count
    var changes = [Double](repeating: .nan, count: spec.draws * k)
    changes.withUnsafeMutableBufferPointer { out in
      guard let base = out.baseAddress else { return }
      for first in stride(from: 0, to: spec.draws, by: MonteCarloEngine.chunkSize) {
        let n = min(MonteCarloEngine.chunkSize, spec.draws - first)
        _ = kernel.simulate(
          chunk: first / MonteCarloEngine.chunkSize, draws: n, out: base + first, stride: spec.draws)
      }
    }
    var atoms = 0
    for (j, kommun) in result.kommuner.enumerated() {
      let column = Array(changes[(j * spec.draws)..<((j + 1) * spec.draws)])
      #expect(Self.quantiles(kommun) == Self.sortedQuantiles(column), "\(kommun.kommun)")
      let sorted = column.sorted()
      let p05 = Quantiles.position(0.05, n: spec.draws).lower
      if sorted[p05] == sorted[p05 + 1] { atoms += 1 }
    }
    #expect(growth ? atoms == 0 : atoms == k, "p05 on an atom in \(atoms) of \(k) kommuner")
  }

  /// The engine tallies each chunk right after simulating it; its statistics equal those of the
  /// whole stored columns, summarised afterwards, for any number of threads.
  @Test(arguments: [1, 3])
  func talliesMadeDuringTheSimulationGiveTheStatisticsOfTheColumns(threads: Int) throws {
    let spec = StandardWorkload.uncertainty(draws: 3 * MonteCarloEngine.chunkSize + 1_234, seed: 77)
    let input = StandardWorkload.input(spec)
    let result = try MonteCarloEngine.run(input, options: EngineOptions(threads: threads, mode: .exact))
    let model = try CompiledModel(input)
    let kernel = try DrawKernel(model: model, seed: spec.seed)
    let k = model.names.count
    var changes = [Double](repeating: .nan, count: spec.draws * k)
    changes.withUnsafeMutableBufferPointer { out in
      guard let base = out.baseAddress else { return }
      for first in stride(from: 0, to: spec.draws, by: MonteCarloEngine.chunkSize) {
        let n = min(MonteCarloEngine.chunkSize, spec.draws - first)
        _ = kernel.simulate(
          chunk: first / MonteCarloEngine.chunkSize, draws: n, out: base + first, stride: spec.draws)
      }
    }
    try changes.withUnsafeBufferPointer { all in
      for (j, kommun) in result.kommuner.enumerated() {
        let column = UnsafeBufferPointer(rebasing: all[(j * spec.draws)..<((j + 1) * spec.draws)])
        let expected = try ExactStatistics.kommun(
          name: model.names[j], baseline: model.baseline[j], column: column,
          histogramBins: EngineOptions().histogramBins,
          extraLevels: [])
        #expect(kommun == expected, "\(kommun.kommun)")
      }
    }
  }
}
