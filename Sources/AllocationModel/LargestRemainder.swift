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
    return values.withUnsafeBufferPointer { values in
      tieBreak.withUnsafeBufferPointer { tieBreak in
        [Int64](unsafeUninitializedCapacity: values.count) { rounded, count in
          round(values, total: total, tieBreak: tieBreak, into: rounded)
          count = values.count
        }
      }
    }
  }

  /// Whole-unit amounts that sum exactly to `total`, written into `rounded`; the tie-break rank of
  /// each value is its position when `tieBreak` is nil.
  ///
  /// The one implementation of ``round(_:total:tieBreak:)``: it works in `rounded` and in scratch
  /// space on the stack, so that ``Allocation`` rounds without allocating.
  ///
  /// - Precondition: `rounded` (which need not be initialized) and `tieBreak` have `values.count` elements.
  static func round(
    _ values: UnsafeBufferPointer<Double>, total: Int64, tieBreak: UnsafeBufferPointer<Int>?,
    into rounded: UnsafeMutableBufferPointer<Int64>
  ) {
    let count = values.count
    precondition(rounded.count == count && (tieBreak?.count ?? count) == count, "one rank and one result per value")
    guard count > 0 else { return }
    var leftover = total
    for i in 0..<count {
      rounded.initializeElement(at: i, to: Int64(values[i].rounded(.down)))
      leftover -= rounded[i]
    }
    guard leftover != 0 else { return }
    withUnsafeTemporaryAllocation(of: Double.self, capacity: count) { fractions in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { order in
        for i in 0..<count {
          fractions.initializeElement(at: i, to: values[i] - Double(rounded[i]))
          order.initializeElement(at: i, to: i)
        }
        // Indices by largest fraction first, equal fractions by tie-break rank: an insertion sort,
        // as there are a few dozen kommuner and this is on the core's path.
        func before(_ a: Int, _ b: Int) -> Bool {
          let fa = fractions[a]
          let fb = fractions[b]
          if fa != fb { return fa > fb }
          guard let tieBreak else { return a < b }
          return tieBreak[a] < tieBreak[b]
        }
        for i in 1..<count {
          let item = order[i]
          var j = i
          while j > 0 && before(item, order[j - 1]) {
            order[j] = order[j - 1]
            j -= 1
          }
          order[j] = item
        }
        var position = 0
        while leftover > 0 {
          rounded[order[position % count]] += 1
          leftover -= 1
          position += 1
        }
        // Floating-point error can make the floors overshoot: take units back from the smallest fractions.
        position = count - 1
        var guardSteps = 0
        while leftover < 0 && guardSteps < 4 * count {
          let i = order[(position % count + count) % count]
          if rounded[i] > 0 {
            rounded[i] -= 1
            leftover += 1
          }
          position -= 1
          guardSteps += 1
        }
        fractions.deinitialize()
        order.deinitialize()
      }
    }
  }
}
