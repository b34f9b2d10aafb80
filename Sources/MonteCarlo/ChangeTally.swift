/// What one pass over a kommun's changes gathers, in both statistics modes: extremes, loss counts and
/// fine-bin counts (all independent of the order of the values), and each block's moments.
struct ChangeTally: Sendable {
  var minimum = Double.infinity
  var maximum = -Double.infinity
  var losses: LossCount

  /// An empty tally for a kommun with this baseline amount.
  init(baseline: Double) { losses = LossCount(baseline: baseline) }

  /// The sums of one block's deviations from its first value, added a part at a time.
  ///
  /// One pass: sums of deviations from the block's first value, so no precision is lost to a large
  /// common offset, and a block of equal values has exactly that value as its mean.
  struct BlockSums: Sendable {
    var shift: Double
    var n = 0
    var s1 = 0.0
    var s2 = 0.0

    /// Sums for a block whose first value is `first`.
    init(first: Double) { shift = first }

    /// The block's moments.
    var moments: Moments {
      Moments(n: Double(n), mean: shift + s1 / Double(n), m2: Swift.max(0, s2 - s1 * s1 / Double(n)))
    }
  }

  /// Adds a non-empty block of changes (one chunk's draws) and returns the block's moments, for the caller to
  /// merge in block order; counts each change in its fine bin.
  @inline(__always)
  mutating func add<Count: FixedWidthInteger>(
    _ block: UnsafePointer<Double>, count n: Int, fine: FineBins, bins: UnsafeMutablePointer<Count>
  ) -> Moments {
    var sums = BlockSums(first: block[0])
    add(part: block, count: n, to: &sums, fine: fine, bins: bins)
    return sums.moments
  }

  /// Adds the next part of a block (the values that follow those already in `sums`, in order); the
  /// block's moments are `sums.moments` once its last part is added. Counts each change in its fine bin.
  @inline(__always)
  mutating func add<Count: FixedWidthInteger>(
    part: UnsafePointer<Double>, count n: Int, to sums: inout BlockSums, fine: FineBins,
    bins: UnsafeMutablePointer<Count>
  ) {
    let shift = sums.shift
    var s1 = sums.s1
    var s2 = sums.s2
    var minimum = self.minimum
    var maximum = self.maximum
    var losses = self.losses
    for i in 0..<n {
      let x = part[i]
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
    sums.n += n
    sums.s1 = s1
    sums.s2 = s2
  }

  /// Adds another tally of the same kommun.
  mutating func merge(_ other: ChangeTally) {
    minimum = Swift.min(minimum, other.minimum)
    maximum = Swift.max(maximum, other.maximum)
    losses.merge(other.losses)
  }
}
