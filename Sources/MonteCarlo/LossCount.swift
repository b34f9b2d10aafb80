/// Counts of draws that lose money: below 0, and below −10 % of the baseline amount.
///
/// The one definition of a loss for both statistics modes; counts add up across chunks and workers
/// in any order.
struct LossCount: Sendable {
  /// Draws with a negative change.
  var losses = 0
  /// Draws losing more than 10 % of the baseline amount.
  var bigLosses = 0
  /// The change below which a draw is a big loss (−∞ without a baseline amount).
  let bigLoss: Double

  /// Empty counts for a kommun with this baseline amount.
  init(baseline: Double) {
    bigLoss = baseline > 0 ? -0.10 * baseline : -Double.infinity
  }

  /// Counts one change.
  @inline(__always)
  mutating func add(_ x: Double) {
    losses &+= x < 0 ? 1 : 0
    bigLosses &+= x < bigLoss ? 1 : 0
  }

  /// Adds another count of the same kommun.
  mutating func merge(_ other: LossCount) {
    losses += other.losses
    bigLosses += other.bigLosses
  }
}
