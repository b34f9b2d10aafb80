import CGSL

/// A `gsl_histogram` with uniform bins, filled from counts.
public final class UniformHistogram {
  private let histogram: UnsafeMutablePointer<gsl_histogram>
  /// The number of bins.
  public let bins: Int

  /// Allocates `bins` uniform bins over [lower, upper); throws GSL's error for an empty or inverted range.
  public init(bins: Int, lower: Double, upper: Double) throws(GSLError) {
    GSL.prepare()
    guard bins > 0, let histogram = gsl_histogram_alloc(bins) else {
      throw GSLError(status: GSL_EINVAL, operation: "gsl_histogram_alloc")
    }
    self.histogram = histogram
    self.bins = bins
    try GSL.check(gsl_histogram_set_ranges_uniform(histogram, lower, upper), "gsl_histogram_set_ranges_uniform")
  }

  deinit { gsl_histogram_free(histogram) }

  /// Adds `count` to the bin that holds `x` (`gsl_histogram_accumulate`).
  public func accumulate(_ x: Double, count: Double) throws(GSLError) {
    try GSL.check(gsl_histogram_accumulate(histogram, x, count), "gsl_histogram_accumulate")
  }

  /// The bin edges, `bins + 1` of them.
  public var edges: [Double] {
    var lower = 0.0
    var upper = 0.0
    var edges: [Double] = []
    for i in 0..<bins {
      gsl_histogram_get_range(histogram, i, &lower, &upper)
      edges.append(lower)
    }
    edges.append(upper)
    return edges
  }

  /// The count of each bin.
  public var counts: [Double] { (0..<bins).map { gsl_histogram_get(histogram, $0) } }
}
