import CGSL

/// A histogram with uniform bins (GSL's `gsl_histogram`).
public final class Histogram {
  private let histogram: UnsafeMutablePointer<gsl_histogram>

  /// Creates `bins` uniform bins over `[lower, upper)`.
  public init(bins: Int, lower: Double, upper: Double) throws(GSLError) {
    GSL.setUp()
    guard bins > 0, lower.isFinite, upper.isFinite, lower < upper else {
      throw GSLError(status: Int32(GSL_EINVAL), context: "making \(bins) histogram bins over [\(lower), \(upper))")
    }
    guard let h = gsl_histogram_alloc(bins) else {
      throw GSLError(status: Int32(GSL_ENOMEM), context: "allocating a histogram")
    }
    histogram = h
    try GSL.check(gsl_histogram_set_ranges_uniform(h, lower, upper), "setting histogram ranges")
  }

  deinit { gsl_histogram_free(histogram) }

  /// Adds `weight` to the bin holding `x`; values at exactly the upper edge go to the last bin.
  public func accumulate(_ x: Double, weight: Double) throws(GSLError) {
    let upper = gsl_histogram_max(histogram)
    let value = x >= upper ? nextDown(upper) : x
    try GSL.check(gsl_histogram_accumulate(histogram, value, weight), "adding \(x) to a histogram")
  }

  /// The bin edges, one more than the bins.
  public var edges: [Double] {
    let n = gsl_histogram_bins(histogram)
    var lower = 0.0
    var upper = 0.0
    var out: [Double] = []
    for i in 0..<n {
      gsl_histogram_get_range(histogram, i, &lower, &upper)
      out.append(lower)
    }
    out.append(upper)
    return out
  }

  /// The count in each bin.
  public var counts: [Double] { (0..<gsl_histogram_bins(histogram)).map { gsl_histogram_get(histogram, $0) } }

  private func nextDown(_ x: Double) -> Double { x.nextDown }
}
