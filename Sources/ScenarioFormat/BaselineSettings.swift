import AllocationModel

/// The settings of a resolved baseline: which lists, which population date, which budget, which population file.
public struct BaselineSettings: Sendable, Hashable, Codable {
  /// The grant-year preset the baseline started from, if any.
  public var year: Int?
  /// The police lists of the basis, oldest first.
  public var editions: [String]
  /// The SCB population date.
  public var populationDate: String
  /// The baseline's budget in kronor: the one asked for, else the preset's, else the presets' standard budget.
  public var budget: Int64
  /// The user's population file, as the scenario names it, if any.
  public var populationFile: String?

  /// Creates baseline settings.
  public init(year: Int?, editions: [String], populationDate: String, budget: Int64, populationFile: String?) {
    self.year = year
    self.editions = editions
    self.populationDate = populationDate
    self.budget = budget
    self.populationFile = populationFile
  }

  /// The official key at the baseline's budget: 75 % by area, weights 1/2/3.
  public var officialKey: DistributionKey { .official(budget: budget) }
}
