/// Rounds non-negative amounts to whole units that sum exactly to a total (Hamilton's method).
public enum LargestRemainder {
  /// Whole-unit amounts that sum exactly to `total`.
  ///
  /// Each amount is first rounded down; the units left over go one each to the amounts with the
  /// largest fractional parts. Ties go to the smaller `tieBreak` rank (callers pass the position
  /// of the kommun's name in Swedish order, so the result never depends on the input order).
  /// If floating-point error makes the floors overshoot the total, units are taken back from the
  /// smallest fractional parts first, so the sum is exact in every case.
  ///
  /// - Precondition: `values` and `tieBreak` have the same count; values are finite and ≥ 0.
  public static func round(_ values: [Double], total: Int64, tieBreak: [Int]) -> [Int64] {
    precondition(values.count == tieBreak.count, "one tie-break rank per value")
    guard !values.isEmpty else { return [] }
    var floors = values.map { Int64($0.rounded(.down)) }
    var leftover = total - floors.reduce(0, +)
    guard leftover != 0 else { return floors }
    // Indices by largest fraction first, equal fractions by tie-break rank: an insertion sort, as
    // there are a few dozen kommuner and this is on the core's path (measured with the benchmarks).
    var order = Array(values.indices)
    values.withUnsafeBufferPointer { values in
      tieBreak.withUnsafeBufferPointer { tieBreak in
        floors.withUnsafeBufferPointer { floors in
          order.withUnsafeMutableBufferPointer { order in
            func before(_ a: Int, _ b: Int) -> Bool {
              let fa = values[a] - Double(floors[a])
              let fb = values[b] - Double(floors[b])
              return fa != fb ? fa > fb : tieBreak[a] < tieBreak[b]
            }
            for i in 1..<order.count {
              let item = order[i]
              var j = i
              while j > 0 && before(item, order[j - 1]) {
                order[j] = order[j - 1]
                j -= 1
              }
              order[j] = item
            }
          }
        }
      }
    }
    var position = 0
    while leftover > 0 {
      floors[order[position % order.count]] += 1
      leftover -= 1
      position += 1
    }
    // Floating-point error can make the floors overshoot: take units back from the smallest fractions.
    position = order.count - 1
    var guardSteps = 0
    while leftover < 0 && guardSteps < 4 * order.count {
      let i = order[(position % order.count + order.count) % order.count]
      if floors[i] > 0 {
        floors[i] -= 1
        leftover += 1
      }
      position -= 1
      guardSteps += 1
    }
    return floors
  }
}
