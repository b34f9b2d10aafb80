import CGSL

/// Descriptive statistics of a contiguous array of doubles (GSL's `gsl_stats_*`).
public enum Statistics {
  /// The arithmetic mean.
  public static func mean(_ data: UnsafeBufferPointer<Double>) -> Double {
    GSL.setUp()
    return gsl_stats_mean(data.baseAddress, 1, data.count)
  }

  /// The sample standard deviation (n − 1) about a known mean.
  public static func standardDeviation(_ data: UnsafeBufferPointer<Double>, mean: Double) -> Double {
    data.count < 2 ? 0 : gsl_stats_sd_m(data.baseAddress, 1, data.count, mean)
  }

  /// The smallest and the largest value.
  public static func minMax(_ data: UnsafeBufferPointer<Double>) -> (min: Double, max: Double) {
    var lo = 0.0
    var hi = 0.0
    gsl_stats_minmax(&lo, &hi, data.baseAddress, 1, data.count)
    return (lo, hi)
  }

  /// The bin of `x` among `bins` equal bins of width `1 / scale` from `lower`, clamped to the end
  /// bins (values below go to the first, above to the last); monotone in `x`. Without Swift's
  /// checked conversion to `Int`, for per-element loops.
  @inlinable @inline(__always)
  public static func binIndex(_ x: Double, lower: Double, scale: Double, bins: Int) -> Int {
    fordela_bin_index(x, lower, scale, bins)
  }

  /// The `k`-th smallest value (0-based); partially reorders `data` (GSL's `gsl_stats_select`).
  public static func select(_ data: UnsafeMutableBufferPointer<Double>, k: Int) -> Double {
    precondition(k >= 0 && k < data.count, "rank within the data")
    return gsl_stats_select(data.baseAddress, 1, data.count, k)
  }
}

extension Statistics {
  /// The quantile at `level` (0…1) of data sorted in increasing order, by linear interpolation
  /// between the two ranks around `level · (n − 1)` (GSL's `gsl_stats_quantile_from_sorted_data`).
  public static func quantile(sorted data: UnsafeBufferPointer<Double>, level: Double) -> Double {
    precondition(!data.isEmpty, "a quantile of no data")
    GSL.setUp()
    return gsl_stats_quantile_from_sorted_data(data.baseAddress, 1, data.count, level)
  }
}
