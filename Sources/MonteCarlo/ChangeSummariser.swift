import FordelaGSL

/// One kommun's result from what either statistics mode gathered: the one place for quantile
/// interpolation, the reported histogram and its range, and the result's loss shares.
///
/// The modes differ only in how they find the value at a rank: exact mode selects it among the
/// stored changes of its fine bin, streaming mode interpolates inside the bin.
enum ChangeSummariser {
  /// The quantiles at `levels` of `n` values: GSL's (and numpy's default) linear interpolation
  /// between the values at the two ranks around `level · (n − 1)`, given the value at a 0-based rank.
  static func quantiles(_ levels: [Double], n: Int, value: (Int) -> Double) -> [Double] {
    levels.map { level in
      let (lower, frac) = Quantiles.position(level, n: n)
      let x = value(lower)
      return frac > 0 ? (1 - frac) * x + frac * value(lower + 1) : x
    }
  }

  /// Calls `body` with each 0-based rank whose value ``quantiles(_:n:value:)`` reads (without
  /// allocating: statistics run per kommun, and the engine's allocations are counted).
  static func forEachRank(_ levels: [Double], n: Int, _ body: (Int) -> Void) {
    for level in levels {
      let (lower, frac) = Quantiles.position(level, n: n)
      body(lower)
      if frac > 0 { body(lower + 1) }
    }
  }

  /// The reported histogram's range: [min, max], or 1 kr about the value when every change is equal.
  static func histogramRange(min: Double, max: Double) -> (lower: Double, upper: Double) {
    max > min ? (min, max) : (min - 0.5, min + 0.5)
  }

  /// The reported histogram's bin of a change, clamped to the end bins (the maximum goes to the last).
  @inline(__always)
  static func histogramBin(_ x: Double, lower: Double, scale: Double, bins: Int) -> Int {
    Statistics.binIndex(x, lower: lower, scale: scale, bins: bins)
  }

  /// The reported histogram as a GSL histogram of `bins` bins over ``histogramRange(min:max:)``:
  /// `counts[i]` draws at `point(i)` (clamped into the range).
  static func histogram(min: Double, max: Double, bins: Int, counts: [Int], at point: (Int) -> Double)
    throws(GSLError) -> (edges: [Double], counts: [Int])
  {
    let (lower, upper) = histogramRange(min: min, max: max)
    let histogram = try Histogram(bins: bins, lower: lower, upper: upper)
    for (i, count) in counts.enumerated() where count > 0 {
      try histogram.accumulate(Swift.min(Swift.max(point(i), lower), upper), weight: Double(count))
    }
    return (histogram.edges, histogram.counts.map { Int($0.rounded()) })
  }

  /// The result of one kommun.
  static func kommun(
    name: String, baseline: Double, draws: Int, moments: Moments, tally: ChangeTally, quantiles: [Double],
    intervals: [ClosedRange<Double>?], histogram: (edges: [Double], counts: [Int])
  ) -> MonteCarloResult.Kommun {
    let sd = moments.sd
    var result = MonteCarloResult.Kommun(
      kommun: name, baselineAmount: baseline, mean: moments.mean, sd: sd,
      standardError: sd / Double(draws).squareRoot(), min: tally.minimum, p01: quantiles[0], p05: quantiles[1],
      p25: quantiles[2], p50: quantiles[3], p75: quantiles[4], p95: quantiles[5], p99: quantiles[6],
      max: tally.maximum, pLoss: Double(tally.losses.losses) / Double(draws),
      pLoss10pct: Double(tally.losses.bigLosses) / Double(draws), histogramEdges: histogram.edges,
      histogramCounts: histogram.counts, extraQuantiles: Array(quantiles.dropFirst(Quantiles.levels.count)))
    result.quantileIntervals = intervals
    return result
  }
}
