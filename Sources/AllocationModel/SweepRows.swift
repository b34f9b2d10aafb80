/// Every kommun's change for a contiguous range of a sweep's changes: the rows a sweep keeps.
public struct SweepRows: Sendable, Hashable {
  /// The kommuner, in the model's order.
  public let kommuner: [String]
  /// The changes' positions in the sweep's list.
  public let range: Range<Int>
  /// Row after row, one unrounded change in kronor per kommun.
  public let values: [Double]

  /// Creates rows.
  public init(kommuner: [String], range: Range<Int>, values: [Double]) {
    precondition(values.count == kommuner.count * range.count, "one value per change and kommun")
    self.kommuner = kommuner
    self.range = range
    self.values = values
  }

  /// The number of rows.
  public var count: Int { range.count }

  /// The change of one kommun under the change at a position of ``range``.
  public subscript(change: Int, kommun: Int) -> Double {
    values[(change - range.lowerBound) * kommuner.count + kommun]
  }
}
