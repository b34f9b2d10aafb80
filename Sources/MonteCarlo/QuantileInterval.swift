import FordelaGSL

/// Distribution-free 95 % intervals for quantiles from order statistics.
///
/// Of `n` independent draws, the number B at or below the true quantile ξ at level q is
/// Binomial(n, q), so the sorted draws x₍₁₎ ≤ … ≤ x₍ₙ₎ (1-based) cover it as
/// P(x₍ₗ₎ ≤ ξ ≤ x₍ᵤ₎) ≥ P(l ≤ B ≤ u − 1) = F(u − 1) − F(l − 1), for any distribution, atoms included.
/// The ranks are chosen with at most 2.5 % in each tail: l the largest with F(l − 1) ≤ 0.025, u the
/// smallest with F(u − 1) ≥ 0.975, so the coverage is at least 95 %. With too few draws for a tail
/// (for p5, fewer than 72) there is no such rank and no interval.
public enum QuantileInterval {
  /// The coverage of the intervals.
  public static let confidence = 0.95

  /// The 0-based ranks (`l − 1`, `u − 1` above) of the interval of the quantile at `level` among `n`
  /// draws, or `nil` when `n` is too small for `confidence` with each tail at most half the rest.
  ///
  /// - Throws: ``GSLError`` when GSL cannot compute a binomial probability.
  public static func ranks(level: Double, n: Int, confidence: Double = confidence) throws(GSLError)
    -> (lower: Int, upper: Int)?
  {
    precondition(n >= 1 && level >= 0 && level <= 1, "a level in [0, 1] of at least one draw")
    let tail = (1 - confidence) / 2
    // F(j) = P(B ≤ j) rises with j: the lower rank is the last j with F(j) ≤ tail, the upper the first
    // with F(j) ≥ 1 − tail.
    guard try Binomial.cdf(0, p: level, n: n) <= tail, try Binomial.cdf(n - 1, p: level, n: n) >= 1 - tail
    else { return nil }
    // Each search starts in a bracket about the Normal approximation's rank, 1 to 6 standard deviations out:
    // GSL's incomplete beta does not converge within about 0.65 standard deviations of the mean when n is
    // in the millions, so the searches stay clear of it. Where the bracket misses (small n, skewed), they
    // search every rank, which GSL computes at such sizes.
    let mean = Double(n) * level
    let sd = (mean * (1 - level)).squareRoot()
    func rank(_ x: Double) -> Int { Int(Swift.min(Swift.max(x, 0), Double(n - 1))) }
    let isLow = { (j: Int) throws(GSLError) -> Bool in try Binomial.cdf(j, p: level, n: n) <= tail }
    var bracket = (rank(mean - 6 * sd), rank(mean - sd))
    let (lowAtStart, lowAtEnd) = (try isLow(bracket.0), try isLow(bracket.1))
    if !lowAtStart || lowAtEnd { bracket = (0, n - 1) }
    let lower = try lastTrue(from: bracket.0, to: bracket.1, isLow)
    let isHigh = { (j: Int) throws(GSLError) -> Bool in try Binomial.cdf(j, p: level, n: n) >= 1 - tail }
    bracket = (Swift.max(lower, rank(mean + sd)), rank((mean + 6 * sd).rounded(.up)))
    let (highAtStart, highAtEnd) = (try isHigh(bracket.0), try isHigh(bracket.1))
    if highAtStart || !highAtEnd { bracket = (lower, n - 1) }
    return (lower, try lastTrue(from: bracket.0, to: bracket.1) { j throws(GSLError) in !(try isHigh(j)) } + 1)
  }

  /// The last j in `first…last` where a predicate that is true at `first`, false at `last` and falls once
  /// holds, by bisection.
  private static func lastTrue(from first: Int, to last: Int, _ holds: (Int) throws(GSLError) -> Bool)
    throws(GSLError) -> Int
  {
    var low = first
    var high = last
    while high - low > 1 {
      let mid = low + (high - low) / 2
      if try holds(mid) { low = mid } else { high = mid }
    }
    return low
  }

  /// The ranks of each level's interval among `n` draws, in the order of `levels`.
  public static func ranks(levels: [Double], n: Int) throws(GSLError) -> [(lower: Int, upper: Int)?] {
    var out: [(lower: Int, upper: Int)?] = []
    for level in levels { out.append(try ranks(level: level, n: n)) }
    return out
  }

  /// The coverage that 0-based `ranks` give: P(l ≤ B ≤ u − 1) = F(`ranks.upper`) − F(`ranks.lower`).
  public static func coverage(level: Double, n: Int, ranks: (lower: Int, upper: Int)) throws(GSLError) -> Double {
    try Binomial.cdf(ranks.upper, p: level, n: n) - Binomial.cdf(ranks.lower, p: level, n: n)
  }
}
