/// A kommun's distribution of change re-binned onto a readable range for a small chart: the range that holds
/// all but the extreme draws (by default 0.5 % at each end), equal bins across it, and the draws beyond it
/// counted in two end bars.
///
/// The run's histogram spans the smallest to the largest change in a few dozen bins, so a handful of extreme
/// draws can squeeze most draws into one or two bins. The view reads the distribution function where the
/// document knows it, at the histogram's edges (exact counts) and at the quantiles (p1, p5, …, p99), joins
/// those points by straight lines and re-bins that: a bar's share is exact where a bin's ends are known
/// points and interpolated in between.
struct HistogramView: Sendable, Hashable {
  /// One bar: the draws with a change in `lower..<upper`.
  struct Bin: Sendable, Hashable {
    /// The lower end, kronor.
    var lower: Double
    /// The upper end, kronor.
    var upper: Double
    /// The share of all draws.
    var share: Double
  }

  /// The lower end of the range drawn, kronor.
  var low: Double
  /// The upper end of the range drawn, kronor.
  var high: Double
  /// The bars across the range, lowest first.
  var bins: [Bin]
  /// The share of draws below the range.
  var belowShare: Double
  /// The share of draws above the range.
  var aboveShare: Double
  /// The number of draws.
  var draws: Int

  /// Draws below the range, to the nearest draw.
  var belowDraws: Int { Int((belowShare * Double(draws)).rounded()) }
  /// Draws above the range, to the nearest draw.
  var aboveDraws: Int { Int((aboveShare * Double(draws)).rounded()) }

  /// Re-bins a histogram with its quantiles; `nil` without draws or with edges that do not fit the counts.
  ///
  /// - Parameters:
  ///   - edges: the histogram's bin edges, kronor, one more than `counts`.
  ///   - counts: draws per bin.
  ///   - quantiles: known points of the distribution: (level, change), e.g. (0.05, p5).
  ///   - tail: the share of draws left out at each end.
  ///   - bins: the number of bars.
  init?(
    edges: [Double], counts: [Int], quantiles: [(level: Double, value: Double)], tail: Double = 0.005, bins: Int = 24
  ) {
    guard edges.count == counts.count + 1, counts.allSatisfy({ $0 >= 0 }), edges.allSatisfy(\.isFinite),
      let first = edges.first, let last = edges.last
    else { return nil }
    let total = counts.reduce(0, +)
    guard total > 0 else { return nil }
    let n = Double(total)
    var points: [(x: Double, c: Double)] = []
    var cumulative = 0
    for (i, edge) in edges.enumerated() {
      points.append((edge, Double(cumulative)))
      if i < counts.count { cumulative += counts[i] }
    }
    for q in quantiles where q.value.isFinite && q.value >= first && q.value <= last {
      points.append((q.value, q.level * n))
    }
    points.sort { $0.x != $1.x ? $0.x < $1.x : $0.c < $1.c }
    var running = 0.0
    for i in points.indices {
      running = max(running, points[i].c)
      points[i].c = running
    }
    let cdf = Self.distribution(points, total: n)
    let inverse = Self.inverse(points)

    var low = inverse(tail * n)
    var high = inverse((1 - tail) * n)
    // Zero is marked on every chart: take it in when that at most doubles the range.
    let span = high - low
    if low > 0 && low <= span { low = 0 }
    if high < 0 && -high <= span { high = 0 }
    if high - low < 1 {
      (low, high) = (first, last)
      if high - low < 1 { (low, high) = (low - 0.5, high + 0.5) }
    }
    let count = max(bins, 1)
    let width = (high - low) / Double(count)
    // One list of cuts, so that each bar starts exactly where the one before it ends.
    let cuts = (0...count).map { $0 == count ? high : low + Double($0) * width }
    let below = cuts.map(cdf)
    self.bins = (0..<count).map { i in
      Bin(lower: cuts[i], upper: cuts[i + 1], share: max(0, below[i + 1] - below[i]) / n)
    }
    self.low = low
    self.high = high
    belowShare = cdf(low) / n
    aboveShare = max(0, n - cdf(high)) / n
    draws = total
  }

  /// The piecewise-linear distribution function through the points: draws at or below x.
  private static func distribution(_ p: [(x: Double, c: Double)], total: Double) -> (Double) -> Double {
    { x in
      guard let first = p.first, let last = p.last else { return 0 }
      if x < first.x { return 0 }
      if x >= last.x { return total }
      // The last point at or below x, then the line to the next one.
      var lo = 0
      var hi = p.count - 1
      while lo < hi {
        let mid = (lo + hi + 1) / 2
        if p[mid].x <= x { lo = mid } else { hi = mid - 1 }
      }
      let a = p[lo]
      let b = p[min(lo + 1, p.count - 1)]
      guard b.x > a.x else { return a.c }
      return a.c + (b.c - a.c) * (x - a.x) / (b.x - a.x)
    }
  }

  /// The change below which a given number of draws lie, on the same lines.
  private static func inverse(_ p: [(x: Double, c: Double)]) -> (Double) -> Double {
    { target in
      guard let first = p.first, let last = p.last else { return 0 }
      if target <= first.c { return first.x }
      for i in 1..<p.count where p[i].c >= target {
        let a = p[i - 1]
        let b = p[i]
        guard b.c > a.c else { return b.x }
        return a.x + (b.x - a.x) * (target - a.c) / (b.c - a.c)
      }
      return last.x
    }
  }
}
