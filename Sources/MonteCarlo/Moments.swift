/// The count, mean and sum of squared deviations of a block of changes, merged in a fixed order.
///
/// Both statistics modes take the moments of each chunk of draws in one pass over the chunk
/// (deviations from its first value, no division per element) and merge them in chunk order
/// (Chan, Golub and LeVeque), so the mean and standard deviation do not depend on the mode or on
/// which thread ran which chunk.
public struct Moments: Sendable, Hashable {
  /// The number of values.
  public var n: Double
  /// Their mean.
  public var mean: Double
  /// The sum of their squared deviations from the mean.
  public var m2: Double

  /// The moments of `n` values (none by default).
  public init(n: Double = 0, mean: Double = 0, m2: Double = 0) {
    self.n = n
    self.mean = mean
    self.m2 = m2
  }

  /// Adds the moments of the values that follow in order.
  public mutating func merge(_ other: Moments) {
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

  /// The sample standard deviation (n − 1); 0 for fewer than two values.
  public var sd: Double { n > 1 ? (m2 / (n - 1)).squareRoot() : 0 }
}
