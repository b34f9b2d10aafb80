import AllocationModel

/// The resolved uncertainty model of a Monte Carlo run, as its result records it.
///
/// JSON: `{"reclassification": {"kind": "simple" | "matrix", "probability", "up", "transitions": {"UO": {"UO",
/// "RO", "SUO", "delisted"}, "RO": {…}, "SUO": {…}}}, "new_areas": {"mean", "class_mix": {"UO", "RO", "SUO"},
/// "landing": "population" | "table", "table": [{"kommun", "weight", "population"}]}, "population_growth":
/// {"mean", "sd", "overrides": [{"kommun", "mean", "sd"}]}, "claims": {"decline_probability",
/// "wants_more_probability", "redistribution": "key" | "pro_rata"}}`; a part the scenario does not have is absent.
/// With `claims`, a draw's amount of a kommun is its final amount (claimed + redistributed, see
/// ``ClaimsOutcome``), so the result's changes are changes of `final_kr` against the baseline amount.
/// `transitions` holds every class's full row, the probability of no change included; `probability` and `up`
/// are there for the `simple` kind only. `"updates": U` is present when each draw is a path of U > 1 list
/// updates, each applying the model to the list the previous one left.
public struct UncertaintyRecord: Codable, Sendable, Hashable {
  /// How class changes were given.
  public enum ReclassificationKind: String, Codable, Sendable, Hashable {
    /// A probability of change and a share of upgrades.
    case simple
    /// A transition matrix.
    case matrix
  }

  /// Class changes of listed areas, independently per area and draw.
  public struct Reclassification: Codable, Sendable, Hashable {
    /// How the changes were given.
    public var kind: ReclassificationKind
    /// The probability of a change (`simple` only).
    public var probability: Double?
    /// The share of changes that are upgrades (`simple` only).
    public var up: Double?
    /// For each class, the probability of each target (`UO`, `RO`, `SUO`, `delisted`), no change included.
    public var transitions: [String: [String: Double]]

    /// Creates a record.
    public init(kind: ReclassificationKind, probability: Double?, up: Double?, transitions: [String: [String: Double]])
    {
      self.kind = kind
      self.probability = probability
      self.up = up
      self.transitions = transitions
    }
  }

  /// Where new areas land.
  public enum Landing: String, Codable, Sendable, Hashable {
    /// Among the scenario's eligible kommuner, in proportion to population.
    case population
    /// Among the kommuner of a table, by weight.
    case table
  }

  /// A kommun where new areas can land.
  public struct Candidate: Codable, Sendable, Hashable {
    /// The kommun.
    public var kommun: String
    /// Its relative chance.
    public var weight: Double
    /// Its population, when the table gives one.
    public var population: Double?

    /// Creates a candidate.
    public init(kommun: String, weight: Double, population: Double?) {
      self.kommun = kommun
      self.weight = weight
      self.population = population
    }
  }

  /// New areas arriving, a Poisson number per draw.
  public struct NewAreas: Codable, Sendable, Hashable {
    /// The mean number per draw.
    public var mean: Double
    /// The probability of each class.
    public var classMix: ClassValues<Double>
    /// Where they land.
    public var landing: Landing
    /// The landing table (empty when landing by population).
    public var table: [Candidate]

    /// Creates a record.
    public init(mean: Double, classMix: ClassValues<Double>, landing: Landing, table: [Candidate]) {
      self.mean = mean
      self.classMix = classMix
      self.landing = landing
      self.table = table
    }

    enum CodingKeys: String, CodingKey {
      case mean, classMix = "class_mix", landing, table
    }
  }

  /// A kommun's own growth distribution.
  public struct GrowthOverride: Codable, Sendable, Hashable {
    /// The kommun.
    public var kommun: String
    /// The mean growth rate.
    public var mean: Double
    /// The standard deviation.
    public var sd: Double

    /// Creates an override.
    public init(kommun: String, mean: Double, sd: Double) {
      self.kommun = kommun
      self.mean = mean
      self.sd = sd
    }
  }

  /// Population growth, Normal per kommun and draw.
  public struct Growth: Codable, Sendable, Hashable {
    /// The mean growth rate.
    public var mean: Double
    /// The standard deviation.
    public var sd: Double
    /// Per-kommun overrides, in Swedish name order.
    public var overrides: [GrowthOverride]

    /// Creates a record.
    public init(mean: Double, sd: Double, overrides: [GrowthOverride]) {
      self.mean = mean
      self.sd = sd
      self.overrides = overrides
    }
  }

  /// Claims drawn per kommun and draw.
  public struct ClaimsDraws: Codable, Sendable, Hashable {
    /// The probability that a kommun claims nothing.
    public var declineProbability: Double
    /// The probability that a kommun that claims asks for more.
    public var wantsMoreProbability: Double
    /// How the unclaimed money is shared.
    public var redistribution: Claims.Redistribution

    /// Creates a record.
    public init(declineProbability: Double, wantsMoreProbability: Double, redistribution: Claims.Redistribution) {
      self.declineProbability = declineProbability
      self.wantsMoreProbability = wantsMoreProbability
      self.redistribution = redistribution
    }

    enum CodingKeys: String, CodingKey {
      case declineProbability = "decline_probability", wantsMoreProbability = "wants_more_probability"
      case redistribution
    }
  }

  /// Class changes, if the model has them.
  public var reclassification: Reclassification?
  /// New areas, if the model has them.
  public var newAreas: NewAreas?
  /// Population growth, if the model has it.
  public var populationGrowth: Growth?
  /// Claims, if the model draws them; then every change is one of the final amount (`final_kr`).
  public var claims: ClaimsDraws?
  /// The list updates of each draw's path, when more than one.
  public var updates: Int?

  /// Creates a record.
  public init(reclassification: Reclassification?, newAreas: NewAreas?, populationGrowth: Growth?) {
    self.reclassification = reclassification
    self.newAreas = newAreas
    self.populationGrowth = populationGrowth
  }

  enum CodingKeys: String, CodingKey {
    case reclassification, newAreas = "new_areas", populationGrowth = "population_growth", claims, updates
  }
}
