/// How a Monte Carlo run with a precision target (`--precision`, `uncertainty.precision_kr`) stopped.
///
/// JSON: `"precision": {"target_kr", "max_draws", "draws_used", "stopped_by": "precision" | "max_draws",
/// "checks": [draws, …], "mean_half_width_kr", "mean_widest_kommun", "p05_half_width_kr", "p05_widest_kommun"}`
/// at the top level of ``MonteCarloDocument``, present only with a target. The half-widths are the widest over
/// the kommuner at the draws used: the mean's is 1.96 × its standard error, p5's the larger distance from p5 to
/// an end of its `ci95_kr` interval. `stopped_by` is `max_draws` when the maximum was reached without the
/// precision; then a half-width is above the target.
public struct PrecisionRecord: Codable, Sendable, Hashable {
  /// Why the run stopped.
  public enum Stop: String, Codable, Sendable, Hashable {
    /// Every kommun's mean and p5 were within the target.
    case precision
    /// The maximum number of draws was reached first.
    case maxDraws = "max_draws"
  }

  /// The target half-width, in kronor.
  public var targetKr: Double
  /// The most draws the run could use.
  public var maxDraws: Int
  /// The draws the result is computed from.
  public var drawsUsed: Int
  /// Why the run stopped.
  public var stoppedBy: Stop
  /// The draw counts the precision was checked at, in order.
  public var checks: [Int]
  /// The widest half-width of a kommun's mean at 95 %.
  public var meanHalfWidthKr: Double
  /// The kommun with the widest mean half-width.
  public var meanWidestKommun: String
  /// The widest half-width of a kommun's p5 at 95 %.
  public var p05HalfWidthKr: Double
  /// The kommun with the widest p5 half-width.
  public var p05WidestKommun: String

  /// Creates a record.
  public init(
    targetKr: Double, maxDraws: Int, drawsUsed: Int, stoppedBy: Stop, checks: [Int], meanHalfWidthKr: Double,
    meanWidestKommun: String, p05HalfWidthKr: Double, p05WidestKommun: String
  ) {
    self.targetKr = targetKr
    self.maxDraws = maxDraws
    self.drawsUsed = drawsUsed
    self.stoppedBy = stoppedBy
    self.checks = checks
    self.meanHalfWidthKr = meanHalfWidthKr
    self.meanWidestKommun = meanWidestKommun
    self.p05HalfWidthKr = p05HalfWidthKr
    self.p05WidestKommun = p05WidestKommun
  }

  enum CodingKeys: String, CodingKey {
    case targetKr = "target_kr", maxDraws = "max_draws", drawsUsed = "draws_used", stoppedBy = "stopped_by", checks
    case meanHalfWidthKr = "mean_half_width_kr", meanWidestKommun = "mean_widest_kommun"
    case p05HalfWidthKr = "p05_half_width_kr", p05WidestKommun = "p05_widest_kommun"
  }

  /// One sentence for tables and reports: what stopped the run, at how many draws.
  public var sentence: String {
    let target = Self.target(targetKr)
    let used = Kronor.grouped(Int64(drawsUsed))
    let most = Kronor.grouped(Int64(maxDraws))
    switch stoppedBy {
    case .precision:
      return "Stopped by the precision at \(used) of at most \(most) draws: every kommun's mean and p5 are known "
        + "to within ±\(target) kr at 95 % (widest: mean ±\(Self.kr(meanHalfWidthKr)) kr, \(meanWidestKommun); "
        + "p5 ±\(Self.kr(p05HalfWidthKr)) kr, \(p05WidestKommun))."
    case .maxDraws:
      return "The maximum of \(most) draws was reached WITHOUT the precision of ±\(target) kr at 95 %: "
        + "the widest mean is known to ±\(Self.kr(meanHalfWidthKr)) kr (\(meanWidestKommun)), "
        + "the widest p5 to ±\(Self.kr(p05HalfWidthKr)) kr (\(p05WidestKommun)); raise 'draws' for more."
    }
  }

  /// What `fordela validate` adds to the uncertainty line of a file with a precision target.
  public static func validationClause(_ targetKr: Double) -> String {
    "; the draws are the most: it stops once every kommun's mean and p5 are known to ±\(target(targetKr)) kr at 95 %"
  }

  /// A target in kronor, grouped when whole.
  static func target(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? Kronor.grouped(Int64(value)) : Kronor.plain(value)
  }

  private static func kr(_ value: Double) -> String {
    value.isFinite ? Kronor.grouped(Int64(value.rounded(.up))) : "∞"
  }
}
