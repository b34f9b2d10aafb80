import CGSL

/// A GSL alias table (`gsl_ran_discrete_t`) for drawing indices with given relative weights.
///
/// Read-only once built, but owned by one worker: each worker builds its own.
public final class DiscreteSampler {
  @usableFromInline let table: UnsafeMutablePointer<gsl_ran_discrete_t>
  /// The number of outcomes.
  public let count: Int

  /// Builds the table; throws GSL's error for negative weights or an empty list.
  public init(weights: [Double]) throws(GSLError) {
    GSL.prepare()
    guard !weights.isEmpty else { throw GSLError(status: GSL_EINVAL, operation: "gsl_ran_discrete_preproc") }
    let table = weights.withUnsafeBufferPointer { gsl_ran_discrete_preproc($0.count, $0.baseAddress) }
    guard let table else {
      let status = weights.contains { !($0 >= 0) } ? GSL_EDOM : GSL_EINVAL
      throw GSLError(status: status, operation: "gsl_ran_discrete_preproc")
    }
    self.table = table
    self.count = weights.count
  }

  deinit { gsl_ran_discrete_free(table) }

  /// The probability of an outcome as the table stores it (`gsl_ran_discrete_pdf`).
  public func probability(_ index: Int) -> Double { gsl_ran_discrete_pdf(index, table) }
}
