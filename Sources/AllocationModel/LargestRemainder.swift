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
    let fractions = zip(values, floors).map { $0 - Double($1) }
    var leftover = total - floors.reduce(0, +)
    // Largest fraction first; equal fractions by tie-break rank.
    let order = values.indices.sorted {
      fractions[$0] != fractions[$1] ? fractions[$0] > fractions[$1] : tieBreak[$0] < tieBreak[$1]
    }
    var position = 0
    while leftover > 0 {
      floors[order[position % order.count]] += 1
      leftover -= 1
      position += 1
    }
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
