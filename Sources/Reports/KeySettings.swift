import AllocationModel

/// A distribution key with its policy for delisted areas and its reading of splits, as a result records it.
///
/// JSON: `{"budget_kr", "area_share", "weights": {"UO", "RO", "SUO"}, "delisted": "persist" | "drop",
/// "splits": "literal" | "technical"}`.
public struct KeySettings: Codable, Sendable, Hashable {
  /// The budget in whole kronor.
  public var budgetKr: Int64
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
    self.areaShare = key.areaShare
    self.weights = ClassValues { key.weights[$0] }
    self.delisted = delisted
    self.splits = splits
  }

  /// The distribution key.
  public var key: DistributionKey {
    DistributionKey(
      budget: budgetKr, areaShare: areaShare, weights: ClassWeights(uo: weights.uo, ro: weights.ro, suo: weights.suo))
  }

  enum CodingKeys: String, CodingKey {
    case budgetKr = "budget_kr", areaShare = "area_share", weights, delisted, splits
  }
}
