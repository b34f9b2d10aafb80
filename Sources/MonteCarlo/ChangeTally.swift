/// What one pass over a kommun's changes gathers, in both statistics modes: extremes, loss counts and
/// fine-bin counts (all independent of the order of the values), and each block's moments.
struct ChangeTally: Sendable {
  var minimum = Double.infinity
  var maximum = -Double.infinity
  var losses: LossCount

  /// An empty tally for a kommun with this baseline amount.
  init(baseline: Double) { losses = LossCount(baseline: baseline) }

  /// Adds a non-empty block of changes (one chunk's draws) and returns the block's moments, for the caller to
  /// merge in block order; counts each change in its fine bin.
  @inline(__always)
  mutating func add<Count: FixedWidthInteger>(
    _ block: UnsafePointer<Double>, count n: Int, fine: FineBins, bins: UnsafeMutablePointer<Count>
  ) -> Moments {
    // The mean about the block's first value: no precision lost to a large common offset, and a
    // block of equal values has exactly that value as its mean.
    let shift = block[0]
    var sum = 0.0
    for i in 0..<n { sum += block[i] - shift }
    let mean = shift + sum / Double(n)
    var m2 = 0.0
    var deviations = 0.0
    var minimum = self.minimum
    var maximum = self.maximum
    var losses = self.losses
    for i in 0..<n {
      let x = block[i]
      let d = x - mean
      m2 += d * d
      deviations += d
      minimum = Swift.min(minimum, x)
      maximum = Swift.max(maximum, x)
      losses.add(x)
      bins[fine.index(x)] &+= 1
    }
    self.minimum = minimum
    self.maximum = maximum
    self.losses = losses
    return Moments(n: Double(n), mean: mean, m2: m2 - deviations * deviations / Double(n))
  }

  /// Adds another tally of the same kommun.
  mutating func merge(_ other: ChangeTally) {
    minimum = Swift.min(minimum, other.minimum)
    maximum = Swift.max(maximum, other.maximum)
    losses.merge(other.losses)
  }
}
