/// Why the key cannot distribute the money for the given input.
public enum AllocationError: Error, Sendable, Hashable {
  /// The budget is zero or negative.
  case nonPositiveBudget(Int64)
  /// The budget is larger than whole kronor can be represented exactly.
  case budgetTooLarge(Int64)
  /// The area share is not a number in [0, 1].
  case areaShareOutOfRange(Double)
  /// A class weight is negative or not finite.
  case invalidWeight(AreaClass, Double)
  /// Every class weight is zero.
  case allWeightsZero
  /// No kommun has an area that counts.
  case noEligibleKommuner
  /// The counting areas weigh nothing in total, so step 1 cannot be divided.
  case zeroTotalWeight
  /// Eligible kommuner without a population.
  case missingPopulation([String])
  /// A population that is zero, negative or not finite.
  case invalidPopulation(kommun: String, value: Double)
  /// A kommun's weight is negative or not finite.
  case invalidKommunWeight(kommun: String, value: Double)
  /// The same kommun appears twice in the input.
  case duplicateKommun(String)
  /// The rounding unit is less than one krona.
  case invalidRoundingUnit(Int64)
  /// The budget is not a whole number of rounding units, so the rounded amounts could not sum to it.
  case budgetNotMultipleOfRoundingUnit(budget: Int64, unit: Int64)
}

extension AllocationError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .nonPositiveBudget(let b): "the budget must be a positive number of kronor, got \(b)"
    case .budgetTooLarge(let b):
      "the budget \(b) kr is larger than the largest supported, \(DistributionKey.maximumBudget) kr"
    case .areaShareOutOfRange(let s): "the area share must be a number from 0 to 1, got \(s)"
    case .invalidWeight(let c, let w): "the weight of \(c.rawValue) must be a finite number ≥ 0, got \(w)"
    case .allWeightsZero: "every class weight is zero: step 1 of the key would divide by zero"
    case .noEligibleKommuner: "no kommun has an area that counts, so there is nobody to distribute to"
    case .zeroTotalWeight: "the counting areas weigh nothing in total: step 1 of the key would divide by zero"
    case .missingPopulation(let ks):
      "no population for \(ks.joined(separator: ", ")); supply it (a population file or a population change)"
    case .invalidPopulation(let k, let v): "the population of \(k) must be a positive number, got \(v)"
    case .invalidKommunWeight(let k, let v): "the weight of \(k) must be a finite number ≥ 0, got \(v)"
    case .duplicateKommun(let k): "the kommun \(k) appears twice"
    case .invalidRoundingUnit(let u): "the rounding unit must be a whole number of kronor ≥ 1, got \(u)"
    case .budgetNotMultipleOfRoundingUnit(let b, let u):
      "the budget \(b) kr is not a multiple of the rounding unit \(u) kr, so the rounded amounts cannot sum to it"
    }
  }
}
