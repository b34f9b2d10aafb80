/// A kommun's 95 % intervals of change in a Monte Carlo run, `[lower, upper]` in unrounded kronor: for each
/// reported quantile the distribution-free interval from order statistics, and for the mean the Normal one.
///
/// JSON: `"ci95_kr": {"mean": [lo, hi], "p01": [lo, hi], "p05", "p25", "p50", "p75", "p95", "p99"}` in a row
/// of ``MonteCarloDocument``. A quantile's interval is `[x₍ₗ₎, x₍ᵤ₎]`, two of the sorted draws whose ranks
/// cover the true quantile with probability at least 95 % for any distribution, at most 2.5 % in each tail
/// (MonteCarlo's `QuantileInterval`); it is absent when the draws are too few for that (for p5, fewer than
/// 72). In streaming mode each end is widened to the edge of its fine bin, so the interval holds the exact one.
/// The mean's is `mean ± 1.96 × se_mean_kr`.
public struct QuantileIntervals: Codable, Sendable, Hashable {
  /// The mean's Normal interval.
  public var mean: [Double]
  public var p01: [Double]?
  public var p05: [Double]?
  public var p25: [Double]?
  public var p50: [Double]?
  public var p75: [Double]?
  public var p95: [Double]?
  public var p99: [Double]?

  /// Creates intervals from the mean's and each quantile's, p01 … p99 in order (`nil` where there is none).
  public init(mean: ClosedRange<Double>, quantiles: [ClosedRange<Double>?]) {
    func pair(_ i: Int) -> [Double]? {
      guard quantiles.indices.contains(i), let r = quantiles[i] else { return nil }
      return [r.lowerBound, r.upperBound]
    }
    self.mean = [mean.lowerBound, mean.upperBound]
    (p01, p05, p25, p50, p75, p95, p99) = (pair(0), pair(1), pair(2), pair(3), pair(4), pair(5), pair(6))
  }

  /// The quantiles' intervals with their names, p01 … p99.
  public var quantiles: [(name: String, interval: [Double]?)] {
    [("p01", p01), ("p05", p05), ("p25", p25), ("p50", p50), ("p75", p75), ("p95", p95), ("p99", p99)]
  }
}
