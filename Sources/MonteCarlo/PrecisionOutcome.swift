/// How a Monte Carlo run with a precision target stopped: the draws it checked at and the widest
/// 95 % half-widths of the kommuner's means and 5th percentiles when it stopped.
public struct PrecisionOutcome: Sendable, Hashable {
  /// The target half-width, in kronor.
  public var targetKr: Double
  /// The most draws the run could use (the spec's `draws`).
  public var maximumDraws: Int
  /// The draw counts the precision was checked at, in order; the last is the result's draws.
  public var checks: [Int]
  /// Whether every kommun's mean and p5 are within the target; `false` when the maximum was reached without it.
  public var reached: Bool
  /// The widest half-width of a kommun's mean at 95 %: z₀.₉₇₅ × its standard error.
  public var meanHalfWidthKr: Double
  /// The kommun with that widest mean half-width.
  public var meanKommun: String
  /// The widest distance from a kommun's p5 to an end of its 95 % interval (``QuantileInterval``).
  public var p05HalfWidthKr: Double
  /// The kommun with that widest p5 half-width.
  public var p05Kommun: String

  /// Creates an outcome.
  public init(
    targetKr: Double, maximumDraws: Int, checks: [Int], reached: Bool, meanHalfWidthKr: Double, meanKommun: String,
    p05HalfWidthKr: Double, p05Kommun: String
  ) {
    self.targetKr = targetKr
    self.maximumDraws = maximumDraws
    self.checks = checks
    self.reached = reached
    self.meanHalfWidthKr = meanHalfWidthKr
    self.meanKommun = meanKommun
    self.p05HalfWidthKr = p05HalfWidthKr
    self.p05Kommun = p05Kommun
  }

  /// The 97.5 % point of the standard Normal: a mean's 95 % half-width is this many standard errors.
  public static let z975 = 1.959_963_984_540_054

  /// The widest half-widths of a result's kommuner; a kommun without a p5 interval (too few draws) counts as
  /// infinitely wide.
  static func widest(_ kommuner: [MonteCarloResult.Kommun]) -> (
    mean: Double, meanKommun: String, p05: Double, p05Kommun: String
  ) {
    var widest = (mean: 0.0, meanKommun: "", p05: 0.0, p05Kommun: "")
    for k in kommuner {
      let mean = z975 * k.standardError
      if mean > widest.mean || widest.meanKommun.isEmpty { (widest.mean, widest.meanKommun) = (mean, k.kommun) }
      let p05 = k.quantileIntervals.indices.contains(1) ? k.quantileIntervals[1] : nil
      let half = p05.map { Swift.max(k.p05 - $0.lowerBound, $0.upperBound - k.p05) } ?? .infinity
      if half > widest.p05 || widest.p05Kommun.isEmpty { (widest.p05, widest.p05Kommun) = (half, k.kommun) }
    }
    return widest
  }
}
