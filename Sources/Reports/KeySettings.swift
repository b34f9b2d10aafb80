import AllocationModel

/// A distribution key with its policy for delisted areas and its reading of splits, as a result records it.
///
/// JSON: `{"budget_kr", "rounding_kr", "area_share", "weights": {"UO", "RO", "SUO"}, "delisted": "persist" | "drop",
/// "splits": "literal" | "technical"}`; `rounding_kr` is the unit every rounded amount is a multiple of (1 when a
/// document written before it was added is read).
public struct KeySettings: Codable, Sendable, Hashable {
  /// The budget in whole kronor.
  public var budgetKr: Int64
  /// The rounding unit in kronor.
  public var roundingKr: Int64
  /// The share of the budget distributed by weighted area count.
  public var areaShare: Double
  /// The weight of each class.
  public var weights: ClassValues<Double>
  /// The policy for delisted areas.
  public var delisted: DelistedPolicy
  /// The reading of splits.
  public var splits: SplitReading

  /// Creates the settings of a key, a policy and a reading.
  public init(key: DistributionKey, delisted: DelistedPolicy, splits: SplitReading) {
    self.budgetKr = key.budget
    self.roundingKr = key.roundingUnit
    self.areaShare = key.areaShare
    self.weights = ClassValues { key.weights[$0] }
    self.delisted = delisted
    self.splits = splits
  }

  /// The distribution key.
  public var key: DistributionKey {
    DistributionKey(
      budget: budgetKr, areaShare: areaShare, weights: ClassWeights(uo: weights.uo, ro: weights.ro, suo: weights.suo),
      roundingUnit: roundingKr)
  }

  enum CodingKeys: String, CodingKey {
    case budgetKr = "budget_kr", roundingKr = "rounding_kr", areaShare = "area_share", weights, delisted, splits
  }

  /// Reads the settings; without `rounding_kr` the amounts were whole kronor.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    budgetKr = try c.decode(Int64.self, forKey: .budgetKr)
    roundingKr = try c.decodeIfPresent(Int64.self, forKey: .roundingKr) ?? 1
    areaShare = try c.decode(Double.self, forKey: .areaShare)
    weights = try c.decode(ClassValues<Double>.self, forKey: .weights)
    delisted = try c.decode(DelistedPolicy.self, forKey: .delisted)
    splits = try c.decode(SplitReading.self, forKey: .splits)
  }
}
