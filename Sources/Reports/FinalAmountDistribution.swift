/// A kommun's distribution of final amounts in a Monte Carlo run that draws claims: the baseline amount plus
/// the change, at the mean and three quantiles, unrounded kronor.
///
/// JSON: `"final_kr": {"mean", "p05", "p50", "p95"}` in a row of ``MonteCarloDocument``, present only when the
/// run draws claims (`uncertainty.claims`).
public struct FinalAmountDistribution: Codable, Sendable, Hashable {
  /// The mean final amount.
  public var mean: Double
  /// The 5th percentile.
  public var p05: Double
  /// The median.
  public var p50: Double
  /// The 95th percentile.
  public var p95: Double

  /// Creates a distribution.
  public init(mean: Double, p05: Double, p50: Double, p95: Double) {
    self.mean = mean
    self.p05 = p05
    self.p50 = p50
    self.p95 = p95
  }

  /// The final amounts of a row: its baseline amount plus its changes.
  public init(_ row: MonteCarloDocument.Kommun) {
    self.init(
      mean: row.baselineKr + row.meanChangeKr, p05: row.baselineKr + row.p05ChangeKr,
      p50: row.baselineKr + row.p50ChangeKr, p95: row.baselineKr + row.p95ChangeKr)
  }
}
