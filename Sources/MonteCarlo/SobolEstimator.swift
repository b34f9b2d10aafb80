/// First-order and total-effect Sobol indices from the evaluations of a Saltelli design: f(A), f(B) and
/// f(A_B^(i)) for each input i, on N rows each.
///
/// First order, Saltelli et al. (2010), "Variance based sensitivity analysis of model output. Design and
/// estimator for the total sensitivity index", Comput. Phys. Commun. 181, table 2 (b):
/// V_i ≈ (1/N) Σ f(B)_j (f(A_B^(i))_j − f(A)_j). Total effect, Jansen (1999), same table (f):
/// V_Ti ≈ (1/2N) Σ (f(A)_j − f(A_B^(i))_j)². Both are divided by the variance of the 2N values of f(A) and
/// f(B). The values are centred on their mean first, which leaves the expectations unchanged and removes
/// the noise a large mean adds to the first-order estimator. With zero variance every index is 0.
public enum SobolEstimator {
  /// The indices of every input, in the order of the `ab` columns.
  public struct Estimate: Sendable, Hashable {
    /// The variance of the output over f(A) and f(B).
    public var variance: Double
    /// The first-order index of each input.
    public var firstOrder: [Double]
    /// The total-effect index of each input.
    public var total: [Double]
  }

  /// The indices from columns of N values each: f(A), f(B) and f(A_B^(i)) for each input i.
  public static func estimate(a: [Double], b: [Double], ab: [[Double]]) -> Estimate {
    precondition(a.count == b.count && ab.allSatisfy { $0.count == a.count }, "every column has N values")
    let flat = a + b + ab.joined()
    return flat.withUnsafeBufferPointer { p in
      guard let columns = p.baseAddress else {
        return Estimate(
          variance: 0, firstOrder: [Double](repeating: 0, count: ab.count),
          total: [Double](repeating: 0, count: ab.count))
      }
      return estimate(columns: columns, stride: a.count, n: a.count, inputs: ab.count)
    }
  }

  /// The indices over the rows `rows` (a bootstrap resample, rows repeated as drawn) of columns at
  /// `columns + c · stride` (c = 0: f(A), 1: f(B), 2 + i: f(A_B^(i))), gathered into `scratch`
  /// (room for `(inputs + 2) · rows.count` values) first.
  static func estimate(
    columns: UnsafePointer<Double>, stride: Int, inputs: Int, rows: UnsafeBufferPointer<Int>,
    scratch: UnsafeMutablePointer<Double>
  ) -> Estimate {
    let n = rows.count
    for c in 0..<(inputs + 2) {
      let from = columns + c * stride
      let to = scratch + c * n
      for r in 0..<n { to[r] = from[rows[r]] }
    }
    return estimate(columns: scratch, stride: n, n: n, inputs: inputs)
  }

  /// The indices of the first `n` values of columns at `columns + c · stride` (c = 0: f(A), 1: f(B),
  /// 2 + i: f(A_B^(i))).
  static func estimate(columns: UnsafePointer<Double>, stride: Int, n: Int, inputs: Int) -> Estimate {
    let none = Estimate(
      variance: 0, firstOrder: [Double](repeating: 0, count: inputs), total: [Double](repeating: 0, count: inputs))
    guard n > 0 else { return none }
    let a = columns
    let b = columns + stride
    var sum = 0.0
    for j in 0..<n { sum += a[j] + b[j] }
    let centre = sum / Double(2 * n)
    var squares = 0.0
    for j in 0..<n {
      let x = a[j] - centre
      let y = b[j] - centre
      squares += x * x + y * y
    }
    let variance = squares / Double(2 * n)
    guard variance > 0 else { return none }
    var first: [Double] = []
    var total: [Double] = []
    for i in 0..<inputs {
      let ab = columns + (2 + i) * stride
      var f = 0.0
      var t = 0.0
      for j in 0..<n {
        let x = a[j] - centre
        let y = b[j] - centre
        let z = ab[j] - centre
        f += y * (z - x)
        t += (x - z) * (x - z)
      }
      first.append(f / Double(n) / variance)
      total.append(t / Double(2 * n) / variance)
    }
    return Estimate(variance: variance, firstOrder: first, total: total)
  }
}
