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
  /// The payment of the grant year: ``GrantYear/Payment/ordinary`` (when `nil`) or e.g. `top-up`.
  public var payment: String?
  /// The budget in whole kronor.
  public var budget: Int64?
  /// The rounding unit in kronor; `nil` takes the payment's (1 kr without a preset).
  public var roundingUnit: Int64?
  /// The share of the budget distributed by weighted area count.
  public var areaShare: Double?
  /// The class weights.
  public var weights: ClassWeights?
  /// The policy for delisted areas.
  public var delisted: DelistedPolicy
  /// The reading of splits.
  public var splits: SplitReading
  /// The user's population figures (a file, `--population` flags or both), which apply at the population date
  /// over the embedded ones.
  public var populationFile: UserPopulation?

  /// Creates a request.
  public init(
    year: Int? = nil, fallbackYear: Int? = nil, editions: [String]? = nil, populationDate: String? = nil,
    payment: String? = nil, budget: Int64? = nil, roundingUnit: Int64? = nil, areaShare: Double? = nil,
    weights: ClassWeights? = nil, delisted: DelistedPolicy = .persist, splits: SplitReading = .literal,
    populationFile: UserPopulation? = nil
  ) {
    self.year = year
    self.fallbackYear = fallbackYear
    self.editions = editions
    self.populationDate = populationDate
    self.payment = payment
    self.budget = budget
    self.roundingUnit = roundingUnit
    self.areaShare = areaShare
    self.weights = weights
    self.delisted = delisted
    self.splits = splits
    self.populationFile = populationFile
  }
}

/// The user's own population figures, already parsed, with where they came from: a population file, the
/// command line (`--population K=N`), or both.
public struct UserPopulation: Sendable, Hashable {
  /// Where the figures came from, as the user named it: the file, ``commandLine``, or both joined by ` + `.
  public var source: String
  /// Each kommun's population.
  public var figures: [String: Int]
  /// Notes on how the file was read (e.g. its encoding), for standard error.
  public var notes: [String]
  /// The source of each figure that did not come from ``source`` alone (when figures are combined).
  public var figureSources: [String: String]

  /// Creates user population figures.
  public init(source: String, figures: [String: Int], notes: [String] = [], figureSources: [String: String] = [:]) {
    self.source = source
    self.figures = figures
    self.notes = notes
    self.figureSources = figureSources
  }

  /// The source of figures given with `--population K=N`.
  public static let commandLine = "command line"

  /// Where a kommun's figure came from.
  public func source(of kommun: String) -> String { figureSources[kommun] ?? source }

  /// These figures with `later`'s on top: a kommun in both takes `later`'s figure and source.
  public func overlaid(by later: UserPopulation) -> UserPopulation {
    var combined = UserPopulation(
      source: source + " + " + later.source, figures: figures, notes: notes + later.notes,
      figureSources: figureSources)
    for kommun in figures.keys where combined.figureSources[kommun] == nil { combined.figureSources[kommun] = source }
    for (kommun, figure) in later.figures {
      combined.figures[kommun] = figure
      combined.figureSources[kommun] = later.source(of: kommun)
    }
    return combined
  }

  /// Combines optional figures: either alone, or `earlier` overlaid by `later`.
  public static func combining(_ earlier: UserPopulation?, _ later: UserPopulation?) -> UserPopulation? {
    guard let earlier else { return later }
    guard let later else { return earlier }
    return earlier.overlaid(by: later)
  }
}
