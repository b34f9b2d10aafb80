/// The quantile levels fordela reports, and GSL's (and numpy's default) interpolation rule.
enum Quantiles {
  /// 1, 5, 25, 50, 75, 95 and 99 %.
  static let levels: [Double] = [0.01, 0.05, 0.25, 0.50, 0.75, 0.95, 0.99]

  /// The 0-based ranks and weight of a quantile of `n` sorted values: the value is
  /// `(1 − frac) · x[lower] + frac · x[lower + 1]`, with position `level · (n − 1)`.
  static func position(_ level: Double, n: Int) -> (lower: Int, frac: Double) {
    let position = level * Double(n - 1)
    let lower = Int(position.rounded(.down))
    return (lower, lower + 1 < n ? position - Double(lower) : 0)
  }
}
