/// The distribution key of the government decision's Bilaga 1: the budget, the area share and the class weights.
///
/// See `docs/domain.md`, "The distribution key".
///
/// Step 1 distributes `areaShare · budget` by weighted area count; step 2 distributes the rest
/// by population. Both sums run over the eligible kommuner only.
public struct DistributionKey: Sendable, Hashable, Codable {
  /// The money to distribute, in whole kronor.
  public var budget: Int64
  /// The share of the budget distributed by weighted area count (officially 0.75).
  public var areaShare: Double
  /// The weight of each area class (officially 1, 2, 3).
  public var weights: ClassWeights

  /// Creates a key.
  public init(budget: Int64, areaShare: Double = 0.75, weights: ClassWeights = .official) {
    self.budget = budget
    self.areaShare = areaShare
    self.weights = weights
  }

  /// The official key for a budget: 75 % by area, weights 1/2/3.
  public static func official(budget: Int64) -> DistributionKey {
    DistributionKey(budget: budget)
  }

  /// Checks that the key can distribute money: a positive budget, a share in [0, 1], weights that are
  /// finite, non-negative and not all zero.
  public func validate() throws(AllocationError) {
    guard budget > 0 else { throw .nonPositiveBudget(budget) }
    guard budget <= Self.maximumBudget else { throw .budgetTooLarge(budget) }
    guard areaShare.isFinite, (0...1).contains(areaShare) else { throw .areaShareOutOfRange(areaShare) }
    for areaClass in AreaClass.allCases {
      let w = weights[areaClass]
      guard w.isFinite, w >= 0 else { throw .invalidWeight(areaClass, w) }
    }
    guard AreaClass.allCases.contains(where: { weights[$0] > 0 }) else { throw .allWeightsZero }
  }

  /// The largest budget the key accepts: 2^53 kronor, where doubles still hold every krona.
  public static let maximumBudget: Int64 = 1 << 53
}
