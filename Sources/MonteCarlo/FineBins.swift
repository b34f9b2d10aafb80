import FordelaGSL

/// Fine fixed-width bins over one kommun's changes, fixed by a pilot's range: how both statistics
/// modes locate the ranks their quantiles need.
///
/// Bin 0 holds every value below the range and bin `inner + 1` every value above it; bins `1…inner`
/// are `width` kronor wide from `lower`. The bin of a value is monotone in the value.
struct FineBins: Sendable {
  /// The lower end of the first inner bin.
  let lower: Double
  /// The width of an inner bin, in kronor.
  let width: Double
  /// The number of inner bins.
  let inner: Int
  /// Inner bins per krona.
  let scale: Double
  /// The lower end of the bin below the range, as if it were as wide as the others.
  let outerLower: Double

  /// The bins every mode uses for a pilot's extremes: the pilot's span, widened by half of it on
  /// each side (a span of at least 1 kr, so a pilot of equal values still gets a range).
  init(pilotLow: Double, pilotHigh: Double, inner: Int) {
    let span = max(pilotHigh - pilotLow, 1)
    lower = pilotLow - span / 2
    width = 2 * span / Double(inner)
    scale = 1 / width
    outerLower = lower - width
    self.inner = inner
  }

  /// The number of bins, the two outer ones included.
  var count: Int { inner + 2 }

  /// The bin of a value: 0 below the range, `inner + 1` at or above its end.
  @inline(__always)
  func index(_ x: Double) -> Int {
    Statistics.binIndex(x, lower: outerLower, scale: scale, bins: inner + 2)
  }

  /// The value at a fraction (0…1) of the way through an inner bin.
  func value(bin: Int, fraction: Double) -> Double {
    lower + (Double(bin - 1) + fraction) * width
  }

  /// Where the values of each rank lie: cumulative counts over the bins.
  struct Ranks {
    /// `cumulative[b]` values lie in the bins before `b`; one more entry than bins.
    let cumulative: [Int]

    init(counts: [Int]) {
      var cumulative = [Int](repeating: 0, count: counts.count + 1)
      for (b, count) in counts.enumerated() { cumulative[b + 1] = cumulative[b] + count }
      self.cumulative = cumulative
    }

    /// The bin that holds the value of a 0-based rank, and the rank's place within that bin.
    func locate(rank: Int) -> (bin: Int, offset: Int) {
      var low = 0
      var high = cumulative.count - 2
      while low < high {
        let mid = (low + high) / 2
        if cumulative[mid + 1] > rank { high = mid } else { low = mid + 1 }
      }
      return (low, rank - cumulative[low])
    }
  }
}
