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
    // One pass: sums of deviations from the block's first value, so no precision is lost to a
    // large common offset, and a block of equal values has exactly that value as its mean.
    let shift = block[0]
    var s1 = 0.0
    var s2 = 0.0
    var minimum = self.minimum
    var maximum = self.maximum
    var losses = self.losses
    for i in 0..<n {
      let x = block[i]
      let d = x - shift
      s1 += d
      s2 += d * d
      minimum = Swift.min(minimum, x)
      maximum = Swift.max(maximum, x)
      losses.add(x)
      bins[fine.index(x)] &+= 1
    }
    self.minimum = minimum
    self.maximum = maximum
    self.losses = losses
    return Moments(n: Double(n), mean: shift + s1 / Double(n), m2: Swift.max(0, s2 - s1 * s1 / Double(n)))
  }

  /// Adds another tally of the same kommun.
  mutating func merge(_ other: ChangeTally) {
    minimum = Swift.min(minimum, other.minimum)
    maximum = Swift.max(maximum, other.maximum)
    losses.merge(other.losses)
  }
}
