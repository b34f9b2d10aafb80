import FordelaGSL

/// Bounded-memory statistics: the shared tally (``ChangeTally``) of each chunk, with per-chunk
/// moments merged in chunk order and fine fixed-width bins per kommun over a range fixed by a
/// deterministic pilot (the first chunks).
///
/// Memory does not grow with the number of draws beyond three numbers per kommun and chunk.
/// A quantile is interpolated inside the fine bin that holds its rank; ``ChangeSummariser``
/// interpolates between ranks and assembles the result.
struct StreamingStatistics {
  /// Inner fine bins per kommun.
  static let fineBins = 1 << 14

  /// One worker's tallies and fine-bin counts (order-independent, so summed across workers at the end).
  final class Accumulator {
    let k: Int
    let binsPerKommun: Int
    var bins: [UInt32]
    var tallies: [ChangeTally]

    /// Empty tallies for kommuner with these baseline amounts, with `fineBins` inner bins each.
    init(baseline: [Double], fineBins: Int = StreamingStatistics.fineBins) {
      k = baseline.count
      binsPerKommun = fineBins + 2
      bins = [UInt32](repeating: 0, count: k * binsPerKommun)
      tallies = baseline.map { ChangeTally(baseline: $0) }
    }

    /// Adds the next part of a chunk: `count` changes of every kommun (`part[kommun · stride + i]`)
    /// in the kommun's `fine` bins, with the chunk's running sums in `sums[kommun]` (started afresh
    /// when `starts`); the chunk's moments are `sums[kommun].moments` after its last part.
    func add(
      part: UnsafePointer<Double>, stride: Int, count: Int, fine: [FineBins],
      sums: UnsafeMutablePointer<ChangeTally.BlockSums>, starts: Bool
    ) {
      let binsPerKommun = self.binsPerKommun
      bins.withUnsafeMutableBufferPointer { bins in
        guard let base = bins.baseAddress else { return }
        for j in 0..<k {
          let values = part + j * stride
          if starts { sums[j] = ChangeTally.BlockSums(first: values[0]) }
          tallies[j].add(part: values, count: count, to: &sums[j], fine: fine[j], bins: base + j * binsPerKommun)
        }
      }
    }

    /// Adds a chunk of `count` changes of every kommun (`changes[kommun · stride + i]`) in the kommun's
    /// `fine` bins; writes the chunk's moments of each kommun to `moments[kommun]`.
    func add(
      _ changes: UnsafePointer<Double>, stride: Int, count: Int, fine: [FineBins],
      moments: UnsafeMutablePointer<Moments>
    ) {
      let binsPerKommun = self.binsPerKommun
      bins.withUnsafeMutableBufferPointer { bins in
        guard let base = bins.baseAddress else { return }
        for j in 0..<k {
          moments[j] = tallies[j].add(changes + j * stride, count: count, fine: fine[j], bins: base + j * binsPerKommun)
        }
      }
    }
  }

  let fine: [FineBins]
  let baseline: [Double]
  /// Each kommun's smallest and largest change in the pilot, which fix its fine bins.
  let pilotLow: [Double]
  let pilotHigh: [Double]

  /// Fixes each kommun's fine bins from the pilot's changes.
  init(pilot: UnsafeBufferPointer<Double>, pilotDraws: Int, baseline: [Double]) {
    let extremes = baseline.indices.map { j in
      Statistics.minMax(UnsafeBufferPointer(rebasing: pilot[(j * pilotDraws)..<((j + 1) * pilotDraws)]))
    }
    self.init(pilotLow: extremes.map(\.0), pilotHigh: extremes.map(\.1), baseline: baseline)
  }

  /// Fixes each kommun's fine bins from the pilot's extremes (as a shard recorded them).
  init(pilotLow: [Double], pilotHigh: [Double], baseline: [Double]) {
    fine = baseline.indices.map { FineBins(pilotLow: pilotLow[$0], pilotHigh: pilotHigh[$0], inner: Self.fineBins) }
    self.pilotLow = pilotLow
    self.pilotHigh = pilotHigh
    self.baseline = baseline
  }

  /// The quantile resolution: the widest bin over the kommuner, in kronor.
  var resolution: Double { fine.map(\.width).max() ?? 0 }

  /// Adds a chunk of changes (`changes[kommun · draws + i]`) to an accumulator; writes its moments.
  func add(_ changes: UnsafePointer<Double>, draws: Int, to acc: Accumulator, moments: UnsafeMutablePointer<Moments>) {
    acc.add(changes, stride: draws, count: draws, fine: fine, moments: moments)
  }

  /// The statistics of one kommun from the merged accumulators and moments.
  func kommun(
    _ j: Int, name: String, accumulators: [Accumulator], moments: Moments, draws: Int, histogramBins: Int,
    extraLevels: [Double], intervals: [(lower: Int, upper: Int)?]
  ) throws(GSLError) -> MonteCarloResult.Kommun {
    let (counts, tally) = merged(j, accumulators: accumulators)
    return try kommun(
      j, name: name, counts: counts, tally: tally, moments: moments, draws: draws, histogramBins: histogramBins,
      extraLevels: extraLevels, intervals: intervals)
  }

  /// One kommun's fine-bin counts and tally over the workers' accumulators.
  func merged(_ j: Int, accumulators: [Accumulator]) -> (counts: [Int], tally: ChangeTally) {
    var counts = [Int](repeating: 0, count: fine[j].count)
    var tally = ChangeTally(baseline: baseline[j])
    for acc in accumulators {
      for b in 0..<counts.count { counts[b] += Int(acc.bins[j * acc.binsPerKommun + b]) }
      tally.merge(acc.tallies[j])
    }
    return (counts, tally)
  }

  /// The statistics of one kommun from its fine-bin counts, tally and moments (merged in chunk order) over
  /// all `draws`: the one place both a one-process run and a merge of shards compute them.
  func kommun(
    _ j: Int, name: String, counts: [Int], tally: ChangeTally, moments: Moments, draws: Int, histogramBins: Int,
    extraLevels: [Double], intervals: [(lower: Int, upper: Int)?]
  ) throws(GSLError) -> MonteCarloResult.Kommun {
    let fine = self.fine[j]
    let ranks = FineBins.Ranks(counts: counts)
    // The value at a rank: interpolated inside its bin, clamped to the exact min and max.
    let quantiles = ChangeSummariser.quantiles(Quantiles.levels + extraLevels, n: draws) { rank in
      let (b, offset) = ranks.locate(rank: rank)
      if b == 0 { return tally.minimum }
      if b > fine.inner { return tally.maximum }
      let inside = (Double(offset) + 0.5) / Double(counts[b])
      return Swift.min(Swift.max(fine.value(bin: b, fraction: inside), tally.minimum), tally.maximum)
    }
    // Each bound of an interval widened to the edge of its rank's bin, so that it holds the exact one.
    let bounds = intervals.map { r -> ClosedRange<Double>? in
      guard let r else { return nil }
      let low = ranks.locate(rank: r.lower).bin
      let high = ranks.locate(rank: r.upper).bin
      let lower = low == 0 ? tally.minimum : Swift.max(fine.value(bin: low, fraction: 0), tally.minimum)
      let upper = high > fine.inner ? tally.maximum : Swift.min(fine.value(bin: high, fraction: 1), tally.maximum)
      return Swift.min(lower, upper)...upper
    }
    // Values outside the fine range count at the midpoint of the nearest inner bin.
    let histogram = try ChangeSummariser.histogram(
      min: tally.minimum, max: tally.maximum, bins: histogramBins, counts: counts
    ) { fine.value(bin: Swift.min(Swift.max($0, 1), fine.inner), fraction: 0.5) }
    return ChangeSummariser.kommun(
      name: name, baseline: baseline[j], draws: draws, moments: moments, tally: tally, quantiles: quantiles,
      intervals: bounds, histogram: histogram)
  }
}
