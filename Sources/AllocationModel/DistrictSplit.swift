/// A kommun's amount split over its districts, unrounded and in whole kronor.
public struct DistrictSplit: Sendable, Hashable, Codable {
  /// One district's share.
  public struct Row: Sendable, Hashable, Codable {
    /// The district.
    public var district: String
    /// The unrounded amount in kronor.
    public var amount: Double
    /// The amount in whole kronor; the rows sum exactly to the kommun's whole-kronor amount.
    public var rounded: Int64
  }

  /// The kommun.
  public var kommun: String
  /// The districts in Swedish name order.
  public var rows: [Row]

  /// The sum of the whole-kronor amounts.
  public var totalRounded: Int64 { rows.reduce(0) { $0 + $1.rounded } }

  /// Applies a plan to a kommun's amount in a basis.
  ///
  /// Each part's area counts with its class in the basis: a delisted area with its last class under `persist`,
  /// not at all under `drop`. Whole kronor by largest remainder, summing to `kommunRounded`; equal remainders go
  /// to the district first in Swedish name order.
  ///
  /// - Parameters:
  ///   - plan: the districts, earmarks, class weights and parts.
  ///   - basis: the basis whose classes count.
  ///   - delisted: whether the basis's delisted areas count.
  ///   - kommunAmount: the kommun's unrounded amount (0 when it is not eligible).
  ///   - kommunRounded: the kommun's amount in whole kronor.
  /// - Throws: ``DistrictError`` when the earmarks exceed the amount, or money is left with nothing to share it by.
  public init(
    plan: DistrictPlan, basis: Basis, delisted: DelistedPolicy, kommunAmount: Double, kommunRounded: Int64
  ) throws(DistrictError) {
    let areas = plan.areaIndices(in: basis)
    try self.init(plan: plan, kommunAmount: kommunAmount, kommunRounded: kommunRounded) { p in
      guard let i = areas[p], basis.areas[i].counts(under: delisted) else { return nil }
      return basis.areas[i].areaClass
    }
  }

  /// Applies a plan to a kommun's amount with each part's class given (`nil`: the part's area does not count).
  ///
  /// - Throws: ``DistrictError`` when the earmarks exceed the amount, or money is left with nothing to share it by.
  public init(
    plan: DistrictPlan, kommunAmount: Double, kommunRounded: Int64, partClass: (Int) -> AreaClass?
  ) throws(DistrictError) {
    let count = plan.districts.count
    var amounts = [Double](repeating: 0, count: count)
    try amounts.withUnsafeMutableBufferPointer { (buffer) throws(DistrictError) in
      try plan.amounts(kommunAmount: kommunAmount, partClass: partClass, into: buffer)
    }
    let rounded = LargestRemainder.round(
      amounts.map { max($0, 0) }, total: kommunRounded, tieBreak: Array(0..<count))
    kommun = plan.kommun
    rows = (0..<count).map { Row(district: plan.districts[$0], amount: amounts[$0], rounded: rounded[$0]) }
  }
}
