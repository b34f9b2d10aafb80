extension MonteCarloResult {
  /// The guarantees this result breaks, one sentence each; empty when it keeps them all.
  ///
  /// Checked after the run, never per draw, for `--internal-checks`: every statistic and histogram edge
  /// is finite; baselines are ≥ 0; sd ≥ 0; min ≤ p01 ≤ … ≤ p99 ≤ max and the mean lies within [min, max]
  /// (up to the streaming resolution); probabilities lie in [0, 1]; each histogram counts every draw;
  /// no draw gives a kommun a negative amount (baseline + min ≥ 0); and the mean scenario amounts sum to
  /// `budget` less the mean money returned to the state, because every draw distributes exactly the budget.
  public func invariantViolations(budget: Int64) -> [String] {
    var violations: [String] = []
    let resolution: Double
    switch mode {
    case .exact: resolution = 0
    case .streaming(let r): resolution = r
    }
    var meanTotal = 0.0
    for k in kommuner {
      let name = k.kommun
      let statistics: [(String, Double)] = [
        ("baseline", k.baselineAmount), ("mean", k.mean), ("sd", k.sd), ("standard error", k.standardError),
        ("min", k.min), ("p01", k.p01), ("p05", k.p05), ("p25", k.p25), ("p50", k.p50), ("p75", k.p75),
        ("p95", k.p95), ("p99", k.p99), ("max", k.max), ("P(loss)", k.pLoss), ("P(loss > 10 %)", k.pLoss10pct),
      ]
      let nonFinite = statistics.filter { !$0.1.isFinite }
      for (what, value) in nonFinite { violations.append("the \(what) of \(name) is \(value)") }
      if k.histogramEdges.contains(where: { !$0.isFinite }) || k.extraQuantiles.contains(where: { !$0.isFinite }) {
        violations.append("a histogram edge or extra quantile of \(name) is not finite")
      }
      guard nonFinite.isEmpty else { continue }
      let tolerance = resolution + 1e-9 * Swift.max(1, abs(k.min), abs(k.max))
      if k.baselineAmount < 0 { violations.append("the baseline of \(name) is negative: \(k.baselineAmount)") }
      if k.sd < 0 || k.standardError < 0 { violations.append("the sd of \(name) is negative") }
      let ordered = [k.min, k.p01, k.p05, k.p25, k.p50, k.p75, k.p95, k.p99, k.max]
      if zip(ordered, ordered.dropFirst()).contains(where: { $0 > $1 + tolerance }) {
        violations.append("the quantiles of \(name) are out of order: \(ordered)")
      }
      if k.mean < k.min - tolerance || k.mean > k.max + tolerance {
        violations.append("the mean of \(name), \(k.mean), lies outside [\(k.min), \(k.max)]")
      }
      if !(0...1).contains(k.pLoss) || !(0...1).contains(k.pLoss10pct) {
        violations.append("a loss probability of \(name) lies outside [0, 1]")
      }
      if k.histogramCounts.reduce(0, +) != draws || k.histogramCounts.contains(where: { $0 < 0 }) {
        violations.append("the histogram of \(name) does not count each of the \(draws) draws once")
      }
      if k.baselineAmount + k.min < -tolerance {
        violations.append("in some draw \(name) gets a negative amount (baseline + min = \(k.baselineAmount + k.min))")
      }
      meanTotal += k.baselineAmount + k.mean
    }
    if violations.isEmpty, abs(meanTotal + meanReturnedKr - Double(budget)) > 1e-6 * Double(budget) {
      let returned = meanReturnedKr > 0 ? " less the mean returned, \(meanReturnedKr)" : ""
      violations.append("the mean scenario amounts sum to \(meanTotal), not the budget \(budget)\(returned)")
    }
    // A path's earlier updates, by the same rules (the last is `kommuner`).
    for (t, rows) in updates.dropLast().enumerated() {
      var update = self
      update.kommuner = rows
      update.updates = []
      violations += update.invariantViolations(budget: budget).map { "after list update \(t + 1): \($0)" }
    }
    return violations
  }
}
