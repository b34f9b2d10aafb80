import FordelaGSL

/// Bounded-memory statistics: per-chunk moments merged in chunk order, and fine fixed-width bins
/// per kommun over a range fixed by a deterministic pilot (the first chunks).
///
/// Memory does not grow with the number of draws beyond three numbers per kommun and chunk.
struct StreamingStatistics {
  /// Fine bins per kommun.
  static let fineBins = 1 << 14

  /// Moments of one kommun in one chunk (Welford), merged in chunk order (Chan et al.).
  struct Moments {
    var n = 0.0
    var mean = 0.0
    var m2 = 0.0

    mutating func merge(_ other: Moments) {
      guard other.n > 0 else { return }
      guard n > 0 else {
        self = other
        return
      }
      let total = n + other.n
      let delta = other.mean - mean
      mean += delta * other.n / total
      m2 += other.m2 + delta * delta * n * other.n / total
      n = total
    }
  }

  /// One worker's integer accumulators (order-independent, so summed across workers at the end).
  final class Accumulator {
    let k: Int
    var bins: [UInt32]
    var under: [Int]
    var over: [Int]
    var minimum: [Double]
    var maximum: [Double]
    var losses: [Int]
    var bigLosses: [Int]

    init(k: Int) {
      self.k = k
      bins = [UInt32](repeating: 0, count: k * StreamingStatistics.fineBins)
      under = [Int](repeating: 0, count: k)
      over = under
      losses = under
      bigLosses = under
      minimum = [Double](repeating: .infinity, count: k)
      maximum = [Double](repeating: -.infinity, count: k)
    }
  }

  let lower: [Double]
  let width: [Double]
  let baseline: [Double]

  /// Fixes each kommun's bin range from the pilot's changes: the pilot's span, widened by half of
  /// it on each side (at least 1 kr).
  init(pilot: UnsafeBufferPointer<Double>, pilotDraws: Int, baseline: [Double]) {
    var lower: [Double] = []
    var width: [Double] = []
    for j in baseline.indices {
      let column = UnsafeBufferPointer(rebasing: pilot[(j * pilotDraws)..<((j + 1) * pilotDraws)])
      let (lo, hi) = Statistics.minMax(column)
      let span = max(hi - lo, 1)
      lower.append(lo - span / 2)
      width.append(2 * span / Double(Self.fineBins))
    }
    self.lower = lower
    self.width = width
    self.baseline = baseline
  }

  /// The quantile resolution: the widest bin over the kommuner, in kronor.
  var resolution: Double { width.max() ?? 0 }

  /// Adds a chunk of changes (`changes[kommun · draws + i]`) to an accumulator; returns its moments.
  func add(
    _ changes: UnsafePointer<Double>, draws: Int, to acc: Accumulator, moments: UnsafeMutablePointer<Moments>
  ) {
    let fine = Self.fineBins
    for j in 0..<acc.k {
      let column = changes + j * draws
      // The chunk's moments in two passes over data already in cache: no division per element.
      var sum = 0.0
      for i in 0..<draws { sum += column[i] }
      let mean = sum / Double(draws)
      var m2 = 0.0
      var deviations = 0.0
      for i in 0..<draws {
        let d = column[i] - mean
        m2 += d * d
        deviations += d
      }
      moments[j] = Moments(n: Double(draws), mean: mean, m2: m2 - deviations * deviations / Double(draws))
      let lo = lower[j]
      let scale = 1 / width[j]
      let bigLoss = baseline[j] > 0 ? -0.10 * baseline[j] : -Double.infinity
      var minimum = acc.minimum[j]
      var maximum = acc.maximum[j]
      var under = 0
      var over = 0
      var losses = 0
      var bigLosses = 0
      acc.bins.withUnsafeMutableBufferPointer { bins in
        let base = bins.baseAddress! + j * fine
        for i in 0..<draws {
          let x = column[i]
          minimum = Swift.min(minimum, x)
          maximum = Swift.max(maximum, x)
          let position = (x - lo) * scale
          if position < 0 {
            under += 1
          } else if position >= Double(fine) {
            over += 1
          } else {
            base[Int(position)] &+= 1
          }
          losses &+= x < 0 ? 1 : 0
          bigLosses &+= x < bigLoss ? 1 : 0
        }
      }
      acc.under[j] += under
      acc.over[j] += over
      acc.losses[j] += losses
      acc.bigLosses[j] += bigLosses
      acc.minimum[j] = minimum
      acc.maximum[j] = maximum
    }
  }

  /// The statistics of one kommun from the merged accumulators.
  func kommun(
    _ j: Int, name: String, accumulators: [Accumulator], moments: Moments, draws: Int, histogramBins: Int,
    extraLevels: [Double]
  ) throws(GSLError) -> MonteCarloResult.Kommun {
    let fine = Self.fineBins
    var counts = [Int](repeating: 0, count: fine)
    var under = 0
    var over = 0
    var losses = 0
    var bigLosses = 0
    var minimum = Double.infinity
    var maximum = -Double.infinity
    for acc in accumulators {
      for b in 0..<fine { counts[b] += Int(acc.bins[j * fine + b]) }
      under += acc.under[j]
      over += acc.over[j]
      losses += acc.losses[j]
      bigLosses += acc.bigLosses[j]
      minimum = Swift.min(minimum, acc.minimum[j])
      maximum = Swift.max(maximum, acc.maximum[j])
    }
    // The value at a 0-based rank: interpolated inside its bin, clamped to the exact min and max.
    func value(rank: Int) -> Double {
      if rank < under { return minimum }
      var seen = under
      for b in 0..<fine where counts[b] > 0 {
        if rank < seen + counts[b] {
          let inside = (Double(rank - seen) + 0.5) / Double(counts[b])
          return Swift.min(Swift.max(lower[j] + (Double(b) + inside) * width[j], minimum), maximum)
        }
        seen += counts[b]
      }
      return maximum
    }
    let quantiles = (Quantiles.levels + extraLevels).map { level -> Double in
      let (lowerRank, frac) = Quantiles.position(level, n: draws)
      let x = value(rank: lowerRank)
      return frac > 0 ? (1 - frac) * x + frac * value(rank: lowerRank + 1) : x
    }
    var fineCounts = counts
    fineCounts[0] += under
    fineCounts[fine - 1] += over
    let (edges, histogram) = try Self.reportedHistogram(
      lo: minimum, hi: maximum, bins: histogramBins, fineCounts: fineCounts, fineLo: lower[j], fineWidth: width[j])
    let sd = moments.n > 1 ? (moments.m2 / (moments.n - 1)).squareRoot() : 0
    return MonteCarloResult.Kommun(
      kommun: name, baselineAmount: baseline[j], mean: moments.mean, sd: sd,
      standardError: sd / Double(draws).squareRoot(), min: minimum, p01: quantiles[0], p05: quantiles[1],
      p25: quantiles[2], p50: quantiles[3], p75: quantiles[4], p95: quantiles[5], p99: quantiles[6], max: maximum,
      pLoss: Double(losses) / Double(draws), pLoss10pct: Double(bigLosses) / Double(draws), histogramEdges: edges,
      histogramCounts: histogram, extraQuantiles: Array(quantiles.dropFirst(Quantiles.levels.count)))
  }

  /// Re-bins fine counts into `bins` GSL histogram bins over [lo, hi] (widened when lo = hi).
  static func reportedHistogram(
    lo: Double, hi: Double, bins: Int, fineCounts: [Int], fineLo: Double, fineWidth: Double
  ) throws(GSLError) -> ([Double], [Int]) {
    let (lower, upper) = hi > lo ? (lo, hi) : (lo - 0.5, lo + 0.5)
    let histogram = try Histogram(bins: bins, lower: lower, upper: upper)
    for (i, count) in fineCounts.enumerated() where count > 0 {
      let midpoint = fineWidth > 0 ? fineLo + (Double(i) + 0.5) * fineWidth : lo
      try histogram.accumulate(min(max(midpoint, lower), upper), weight: Double(count))
    }
    return (histogram.edges, histogram.counts.map { Int($0.rounded()) })
  }
}
