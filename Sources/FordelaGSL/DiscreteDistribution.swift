import CGSL

/// A lookup table for drawing indices with given probabilities (GSL's `gsl_ran_discrete_t`).
///
/// Owns its table; read-only after creation, but each worker still makes its own.
public final class DiscreteDistribution {
  @usableFromInline let table: UnsafeMutablePointer<gsl_ran_discrete_t>
  /// The number of outcomes.
  public let count: Int

  /// Preprocesses non-negative weights (they need not sum to 1; at least one must be positive).
  public init(weights: [Double]) throws(GSLError) {
    GSL.setUp()
    guard !weights.isEmpty, weights.allSatisfy({ $0 >= 0 && $0.isFinite }), weights.contains(where: { $0 > 0 })
    else { throw GSLError(status: Int32(GSL_EINVAL), context: "building a discrete distribution from \(weights)") }
    guard let table = weights.withUnsafeBufferPointer({ gsl_ran_discrete_preproc($0.count, $0.baseAddress) }) else {
      throw GSLError(status: Int32(GSL_ENOMEM), context: "building a discrete distribution")
    }
    self.table = table
    self.count = weights.count
  }

  deinit { gsl_ran_discrete_free(table) }
}
