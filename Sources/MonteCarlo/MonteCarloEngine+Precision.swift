import AllocationModel

extension MonteCarloEngine {
  /// Draws checked before the first prediction: four chunks (or the maximum, when smaller).
  static let precisionFirstDraws = 4 * chunkSize

  /// Runs until every kommun's mean and p5 are known to within `precisionKr` kronor at 95 %, or until
  /// the spec's `draws`, the maximum, are used.
  ///
  /// Each check is a whole run of the first n draws, chunks in order, so its result is the result of a plain
  /// run of n draws, bit-identical for a seed and any thread count; the checks' draw counts follow from those
  /// results only. The first check is at ``precisionFirstDraws``; each later one is where the widest
  /// half-width, shrinking as 1/√n, is predicted to reach the target (×1.1), at least 1.25 and at most 4
  /// times the draws before, rounded up to whole chunks and capped at the maximum. The mean's half-width is
  /// z₀.₉₇₅ × its standard error; p5's is the larger distance from p5 to an end of its distribution-free
  /// interval (``QuantileInterval``). The result's timings add up every check.
  static func run(_ input: SimulationInput, options: EngineOptions, precisionKr target: Double)
    throws(MonteCarloError) -> MonteCarloResult
  {
    do { try input.uncertainty.validate() } catch { throw .invalidParameter(error.description) }
    let maximum = input.uncertainty.draws
    var stage = input
    stage.uncertainty.precisionKr = nil
    var n = min(maximum, precisionFirstDraws)
    var checks: [Int] = []
    var simulate = 0.0
    var statistics = 0.0
    while true {
      stage.uncertainty.draws = n
      var result = try run(stage, options: options)
      checks.append(n)
      simulate += result.simulateSeconds
      statistics += result.statisticsSeconds
      let widest = PrecisionOutcome.widest(result.kommuner)
      let ratio = max(widest.mean, widest.p05) / target
      if ratio <= 1 || n >= maximum {
        result.simulateSeconds = simulate
        result.statisticsSeconds = statistics
        result.precision = PrecisionOutcome(
          targetKr: target, maximumDraws: maximum, checks: checks, reached: ratio <= 1, meanHalfWidthKr: widest.mean,
          meanKommun: widest.meanKommun, p05HalfWidthKr: widest.p05, p05Kommun: widest.p05Kommun)
        return result
      }
      n = nextCheck(after: n, ratio: ratio, maximum: maximum)
    }
  }

  /// The draws of the next precision check after `n` draws whose widest half-width is `ratio` times the target.
  static func nextCheck(after n: Int, ratio: Double, maximum: Int) -> Int {
    let current = Double(n)
    // At most 4 times: a p5 on a jump of its distribution has an interval that spans the jump, far wider
    // than 1/√n predicts, until the draws tell its side; a cautious step then stops nearer the need.
    let predicted = ratio.isFinite ? current * ratio * ratio * 1.1 : 4 * current
    let next = min(max(predicted, 1.25 * current), 4 * current, Double(maximum))
    let chunks = (next / Double(chunkSize)).rounded(.up)
    return min(maximum, max(n + 1, Int(chunks) * chunkSize))
  }
}
