import CGSL

/// GSL's descriptive statistics on contiguous doubles.
public enum Statistics {
  /// The mean (`gsl_stats_mean`).
  public static func mean(_ data: UnsafeBufferPointer<Double>) -> Double {
    gsl_stats_mean(data.baseAddress, 1, data.count)
  }

  /// The sample standard deviation (n − 1) about a known mean (`gsl_stats_sd_m`).
  public static func sd(_ data: UnsafeBufferPointer<Double>, mean: Double) -> Double {
    gsl_stats_sd_m(data.baseAddress, 1, data.count, mean)
  }

  /// The element of rank `k` (0-based) in increasing order; reorders `data` (`gsl_stats_select`).
  public static func select(_ data: UnsafeMutableBufferPointer<Double>, rank k: Int) -> Double {
    gsl_stats_select(data.baseAddress, 1, data.count, k)
  }

  /// A quantile of sorted data by GSL's convention: linear between ranks at index f · (n − 1).
  public static func quantileFromSorted(_ sorted: UnsafeBufferPointer<Double>, fraction f: Double) -> Double {
    gsl_stats_quantile_from_sorted_data(sorted.baseAddress, 1, sorted.count, f)
  }
}
