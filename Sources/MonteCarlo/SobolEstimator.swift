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
      guard let columns = p.baseAddress else { return .zero(ab.count) }
      return estimate(columns: columns, stride: a.count, n: a.count, inputs: ab.count)
    }
  }

  /// The indices of the first `n` rows of columns with value `columns[c · stride + r · rowStride]` for
  /// column c (0: f(A), 1: f(B), 2 + i: f(A_B^(i))) and row r.
  static func estimate(
    columns: UnsafePointer<Double>, stride: Int, rowStride: Int = 1, n: Int, inputs: Int
  ) -> Estimate {
    guard n > 0 else { return .zero(inputs) }
    let a = columns
    let b = columns + stride
    var sum = 0.0
    for r in 0..<n { sum += a[r * rowStride] + b[r * rowStride] }
    let centre = sum / Double(2 * n)
    var squares = 0.0
    for r in 0..<n {
      let x = a[r * rowStride] - centre
      let y = b[r * rowStride] - centre
      squares += x * x + y * y
    }
    let variance = squares / Double(2 * n)
    guard variance > 0 else { return .zero(inputs) }
    var first: [Double] = []
    var total: [Double] = []
    for i in 0..<inputs {
      let ab = columns + (2 + i) * stride
      var f = 0.0
      var t = 0.0
      for r in 0..<n {
        let x = a[r * rowStride] - centre
        let y = b[r * rowStride] - centre
        let z = ab[r * rowStride] - centre
        f += y * (z - x)
        t += (x - z) * (x - z)
      }
      first.append(f / Double(n) / variance)
      total.append(t / Double(2 * n) / variance)
    }
    return Estimate(variance: variance, firstOrder: first, total: total)
  }

  /// The indices of `groups` outputs at once over a resample of the rows given as counts (`counts[r]` times
  /// row r, summing to N), the values in rows: `values[(r · (inputs + 2) + c) · groups + g]` for row r,
  /// column c (as in ``estimate(columns:stride:rowStride:n:inputs:)``) and output g.
  ///
  /// The same estimators as the direct form, from weighted sums in one sequential pass over the rows (a
  /// bootstrap resample costs one read of the design instead of scattered reads per output). The values are
  /// shifted by `centres[g]` (the full sample's mean) for precision; the resample's own mean δ is then taken
  /// out algebraically: Σ(x − δ)² + (y − δ)² = Σ(x² + y²) − 2Nδ², Σ(y − δ)(z − x) = Σy(z − x) − δΣ(z − x).
  /// Tested against the direct form.
  static func estimates(
    values: UnsafePointer<Double>, rows: Int, groups: Int, inputs: Int, counts: UnsafeBufferPointer<Int32>,
    centres: [Double]
  ) -> [Estimate] {
    let columns = inputs + 2
    let slots = 2 + 3 * inputs
    var sums = [Double](repeating: 0, count: groups * slots)
    var n = 0
    sums.withUnsafeMutableBufferPointer { sums in
      centres.withUnsafeBufferPointer { centres in
        for r in 0..<rows {
          let weight = counts[r]
          guard weight != 0 else { continue }
          n += Int(weight)
          let c = Double(weight)
          let row = values + r * columns * groups
          for g in 0..<groups {
            let a = row[g] - centres[g]
            let b = row[groups + g] - centres[g]
            let s = g * slots
            sums[s] += c * (a + b)
            sums[s + 1] += c * (a * a + b * b)
            for i in 0..<inputs {
              let dz = (row[(2 + i) * groups + g] - centres[g]) - a
              let t = s + 2 + 3 * i
              sums[t] += c * b * dz
              sums[t + 1] += c * dz
              sums[t + 2] += c * dz * dz
            }
          }
        }
      }
    }
    guard n > 0 else { return [Estimate](repeating: .zero(inputs), count: groups) }
    let count = Double(n)
    return (0..<groups).map { g in
      let s = g * slots
      let delta = sums[s] / (2 * count)
      let variance = (sums[s + 1] - 2 * count * delta * delta) / (2 * count)
      guard variance > 0 else { return .zero(inputs) }
      return Estimate(
        variance: variance,
        firstOrder: (0..<inputs).map { i in
          (sums[s + 2 + 3 * i] - delta * sums[s + 3 + 3 * i]) / count / variance
        },
        total: (0..<inputs).map { i in sums[s + 4 + 3 * i] / (2 * count) / variance })
    }
  }
}

extension SobolEstimator.Estimate {
  /// No variance: every index 0.
  static func zero(_ inputs: Int) -> Self {
    .init(
      variance: 0, firstOrder: [Double](repeating: 0, count: inputs), total: [Double](repeating: 0, count: inputs))
  }
}
