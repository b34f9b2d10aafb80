/// The distribution key of the government decision's Bilaga 1: the budget, the area share and the class weights.
///
/// See `docs/domain.md`, "The distribution key".
///
/// Step 1 distributes `areaShare · budget` by weighted area count; step 2 distributes the rest
/// by population. Both sums run over the eligible kommuner only. The rounded amounts are whole multiples of
/// ``roundingUnit`` (see `docs/domain.md`, "Money in whole kronor").
public struct DistributionKey: Sendable, Hashable, Codable {
  /// The money to distribute, in whole kronor.
  public var budget: Int64
  /// The share of the budget distributed by weighted area count (officially 0.75).
  public var areaShare: Double
  /// The weight of each area class (officially 1, 2, 3).
  public var weights: ClassWeights
  /// The unit, in kronor, that every rounded amount is a multiple of: 1 for whole kronor, 250 for the
  /// published ordinary amounts of 2022 and 2023. The budget must be a multiple of it.
  public var roundingUnit: Int64

  /// Creates a key.
  public init(budget: Int64, areaShare: Double = 0.75, weights: ClassWeights = .official, roundingUnit: Int64 = 1) {
    self.budget = budget
    self.areaShare = areaShare
    self.weights = weights
    self.roundingUnit = roundingUnit
  }

  /// Reads a key; a key written without `roundingUnit` rounds to whole kronor.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    budget = try c.decode(Int64.self, forKey: .budget)
    areaShare = try c.decode(Double.self, forKey: .areaShare)
    weights = try c.decode(ClassWeights.self, forKey: .weights)
    roundingUnit = try c.decodeIfPresent(Int64.self, forKey: .roundingUnit) ?? 1
  }

  /// The official key for a budget: 75 % by area, weights 1/2/3.
  public static func official(budget: Int64) -> DistributionKey {
    DistributionKey(budget: budget)
  }

  /// Checks that the key can distribute money: a positive budget, a share in [0, 1], weights that are
  /// finite, non-negative and not all zero, and a rounding unit of at least 1 kr that divides the budget.
  public func validate() throws(AllocationError) {
    guard budget > 0 else { throw .nonPositiveBudget(budget) }
    guard budget <= Self.maximumBudget else { throw .budgetTooLarge(budget) }
    guard roundingUnit >= 1 else { throw .invalidRoundingUnit(roundingUnit) }
    guard budget % roundingUnit == 0 else { throw .budgetNotMultipleOfRoundingUnit(budget: budget, unit: roundingUnit) }
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
