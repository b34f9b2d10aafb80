import CGSL

/// The binomial distribution's cumulative probabilities (GSL's `gsl_cdf_beta_Q`).
public enum Binomial {
  /// P(X ≤ k) for X ~ Binomial(n, p): 1 for k ≥ n, else the regularised incomplete beta
  /// Q(p; k + 1, n − k), which is GSL's own `gsl_cdf_binomial_P` without its 32-bit limit on n.
  ///
  /// - Throws: ``GSLError`` with `GSL_EDOM` for p outside [0, 1], a negative k, n < 1, or a
  ///   probability GSL could not compute (not a number in [0, 1]).
  public static func cdf(_ k: Int, p: Double, n: Int) throws(GSLError) -> Double {
    GSL.setUp()
    guard p >= 0, p <= 1, k >= 0, n >= 1 else {
      throw GSLError(status: Int32(GSL_EDOM), context: "the binomial probability P(X ≤ \(k)) of n = \(n), p = \(p)")
    }
    guard k < n else { return 1 }
    let probability = gsl_cdf_beta_Q(p, Double(k) + 1, Double(n - k))
    guard probability >= 0, probability <= 1 else {
      throw GSLError(
        status: Int32(GSL_EDOM),
        context: "the binomial probability P(X ≤ \(k)) of n = \(n), p = \(p), got \(probability)")
    }
    return probability
  }
}
