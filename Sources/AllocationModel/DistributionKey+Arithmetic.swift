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
}
