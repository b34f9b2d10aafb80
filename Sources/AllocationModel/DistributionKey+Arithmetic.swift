extension DistributionKey {
  /// One step of the key: `money · (part / total)`, the arithmetic every computation of the key uses.
  ///
  /// The share is taken first: correctly rounded division is monotone, so a larger weight (or
  /// population) never yields less money. ``Allocation`` and the Monte Carlo kernel both call this,
  /// so a draw's amounts equal the allocation of the same inputs.
  @inlinable @inline(__always)
  public static func part(of money: Double, _ part: Double, over total: Double) -> Double {
    money * (part / total)
  }

  /// The money per unit of a step's total, `money / total`: with ``share(_:at:)`` the arithmetic of a step when
  /// many parts share one total, one division instead of one per part.
  ///
  /// `share(part, at: rate(of: money, over: total))` differs from ``part(of:_:over:)`` by rounding only (a few
  /// units in the last place); the sweep uses it and is tested against ``Allocation`` to within 1e-6 kr.
  @inlinable @inline(__always)
  public static func rate(of money: Double, over total: Double) -> Double {
    money / total
  }

  /// A part's money at a rate from ``rate(of:over:)``: `part · rate`.
  @inlinable @inline(__always)
  public static func share(_ part: Double, at rate: Double) -> Double {
    part * rate
  }
}
