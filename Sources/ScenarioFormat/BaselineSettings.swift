import AllocationModel

/// The settings of a resolved baseline: which lists, which population date, which payment, budget and rounding
/// unit, which population file.
public struct BaselineSettings: Sendable, Hashable, Codable {
  /// The grant-year preset the baseline started from, if any.
  public var year: Int?
  /// The police lists of the basis, oldest first.
  public var editions: [String]
  /// The SCB population date.
  public var populationDate: String
  /// The baseline's budget in kronor: the one asked for, else the payment's, else the presets' standard budget.
  public var budget: Int64
  /// The user's population figures, as named: a file, `command line`, or both.
  public var populationFile: String?
  /// The payment of the grant year (`ordinary`, `top-up`), when the baseline started from a preset.
  public var payment: String?
  /// The unit the rounded amounts are multiples of, in kronor.
  public var roundingUnit: Int64

  /// Creates baseline settings.
  public init(
    year: Int?, editions: [String], populationDate: String, budget: Int64, populationFile: String?,
    payment: String? = nil, roundingUnit: Int64 = 1
  ) {
    self.year = year
    self.editions = editions
    self.populationDate = populationDate
    self.budget = budget
    self.populationFile = populationFile
    self.payment = payment
    self.roundingUnit = roundingUnit
  }

  /// The official key at the baseline's budget and rounding unit: 75 % by area, weights 1/2/3.
  ///
  /// A scenario's key starts from it, so a scenario inherits the baseline's rounding unit unless it sets its own.
  public var officialKey: DistributionKey { DistributionKey(budget: budget, roundingUnit: roundingUnit) }
}
