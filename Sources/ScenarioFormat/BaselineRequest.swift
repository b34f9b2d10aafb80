import AllocationModel

/// What a baseline is asked to be: a grant-year preset and overrides, as a scenario file's `baseline:`
/// or the flags of `fordela allocate` and `fordela history` give them.
///
/// Every field is optional; ``BaselineResolver`` fills in what is left out from the preset and checks the rest.
/// A request holds values only: a population file comes in already read and parsed.
public struct BaselineRequest: Sendable, Hashable {
  /// The grant-year preset, e.g. 2021.
  public var year: Int?
  /// The preset that fills in what the request leaves out when it names no year; `nil` makes a request
  /// without `year` name both `editions` and `populationDate`.
  public var fallbackYear: Int?
  /// The chain of police list editions, oldest first.
  public var editions: [String]?
  /// The SCB population date, `YYYY-MM-DD`.
  public var populationDate: String?
  /// The budget in whole kronor.
  public var budget: Int64?
  /// The share of the budget distributed by weighted area count.
  public var areaShare: Double?
  /// The class weights.
  public var weights: ClassWeights?
  /// The policy for delisted areas.
  public var delisted: DelistedPolicy
  /// The reading of splits.
  public var splits: SplitReading
  /// The user's population figures, which apply at the population date over the embedded ones.
  public var populationFile: UserPopulation?

  /// Creates a request.
  public init(
    year: Int? = nil, fallbackYear: Int? = nil, editions: [String]? = nil, populationDate: String? = nil,
    budget: Int64? = nil, areaShare: Double? = nil, weights: ClassWeights? = nil, delisted: DelistedPolicy = .persist,
    splits: SplitReading = .literal, populationFile: UserPopulation? = nil
  ) {
    self.year = year
    self.fallbackYear = fallbackYear
    self.editions = editions
    self.populationDate = populationDate
    self.budget = budget
    self.areaShare = areaShare
    self.weights = weights
    self.delisted = delisted
    self.splits = splits
    self.populationFile = populationFile
  }
}

/// The figures of a user's population file, already parsed, with the file they came from.
public struct UserPopulation: Sendable, Hashable {
  /// The file, as the user named it.
  public var source: String
  /// Each kommun's population.
  public var figures: [String: Int]
  /// Notes on how the file was read (e.g. its encoding), for standard error.
  public var notes: [String]

  /// Creates user population figures.
  public init(source: String, figures: [String: Int], notes: [String] = []) {
    self.source = source
    self.figures = figures
    self.notes = notes
  }
}
