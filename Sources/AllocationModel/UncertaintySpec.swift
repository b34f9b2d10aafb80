/// The `uncertainty:` section of a scenario: how hypothetical next police lists are drawn.
///
/// Deterministic changes apply first; each draw adds these random changes on top. Every part is
/// optional: a spec with no parts draws the deterministic scenario every time.
public struct UncertaintySpec: Sendable, Hashable, Codable {
  /// The number of hypothetical lists to draw.
  public var draws: Int
  /// The seed of the random streams (full 64 bits).
  public var seed: UInt64
  /// Class changes of listed areas, independently per area and draw.
  public var reclassification: Reclassification?
  /// New areas arriving, a Poisson number per draw.
  public var newAreas: NewAreas?
  /// Population growth, Normal and independent per kommun and draw.
  public var populationGrowth: PopulationGrowth?
  /// Which kommuner decline their money and which ask for more, independently per kommun and draw.
  public var claims: Claiming?
  /// Whether a run also estimates each kommun's variance decomposition (Sobol indices of each source of
  /// uncertainty, ``DecompositionSource``); `decompose: true` in a scenario file, `--decompose` on the command line.
  public var decompose = false
  /// List updates per draw: 1 draws one next list; more draw a path of that many updates, each applying
  /// the model to the previous update's list (see ``UncertaintySpec/Limits/updates``).
  public var updates: Int = 1
  /// A precision target in kronor: draw chunks until every kommun's mean and p5 are known to within this
  /// half-width at 95 %, with ``draws`` the most; `nil` draws exactly ``draws``.
  public var precisionKr: Double?

  /// Creates an uncertainty spec.
  public init(
    draws: Int, seed: UInt64, reclassification: Reclassification? = nil, newAreas: NewAreas? = nil,
    populationGrowth: PopulationGrowth? = nil, claims: Claiming? = nil, precisionKr: Double? = nil
  ) {
    self.precisionKr = precisionKr
    self.draws = draws
    self.seed = seed
    self.reclassification = reclassification
    self.newAreas = newAreas
    self.populationGrowth = populationGrowth
    self.claims = claims
  }
}

/// Where a listed area can go in one draw.
public enum ReclassificationTarget: Sendable, Hashable, Codable {
  /// To a class (possibly its own, which is no change).
  case areaClass(AreaClass)
  /// Off the list (it persists at its last class under `persist`).
  case delisted
}

extension UncertaintySpec {
  /// Class changes of listed areas.
  public enum Reclassification: Sendable, Hashable, Codable {
    /// A change with `probability`; a share `up` of changes are upgrades, the rest downgrades.
    /// An SUO that draws an upgrade stays SUO; a UO that draws a downgrade leaves the list.
    case simple(probability: Double, up: Double)
    /// A transition matrix: for each class, the probability of each target; the rest is no change.
    case matrix([AreaClass: [ReclassificationTarget: Double]])

    /// The full transition probabilities of one class, the no-change probability included.
    public func transitions(from areaClass: AreaClass) -> [(target: ReclassificationTarget, probability: Double)] {
      var rows: [(ReclassificationTarget, Double)] = []
      switch self {
      case .simple(let p, let up):
        let upTarget: ReclassificationTarget = .areaClass(areaClass.upgraded ?? areaClass)
        let downTarget: ReclassificationTarget = areaClass.downgraded.map { .areaClass($0) } ?? .delisted
        rows = [(upTarget, p * up), (downTarget, p * (1 - up))]
      case .matrix(let m):
        let row = m[areaClass] ?? [:]
        let order: [ReclassificationTarget] = AreaClass.allCases.map { .areaClass($0) } + [.delisted]
        rows = order.compactMap { target in row[target].map { (target, $0) } }
      }
      let moved = rows.filter { $0.0 != .areaClass(areaClass) }.reduce(0) { $0 + $1.1 }
      return [(.areaClass(areaClass), max(0, 1 - moved))] + rows.filter { $0.0 != .areaClass(areaClass) }
    }
  }

  /// New areas arriving in a draw.
  public struct NewAreas: Sendable, Hashable, Codable {
    /// The mean of the Poisson number of new areas per draw.
    public var mean: Double
    /// The probability of each class for a new area; sums to 1.
    public var classMix: [AreaClass: Double]
    /// Where new areas land.
    public var kommuner: Landing

    /// Creates a new-areas spec.
    public init(mean: Double, classMix: [AreaClass: Double], kommuner: Landing) {
      self.mean = mean
      self.classMix = classMix
      self.kommuner = kommuner
    }

    /// Where new areas land.
    public enum Landing: Sendable, Hashable, Codable {
      /// Among the scenario's eligible kommuner, proportional to population.
      case population
      /// An explicit table; kommuner outside the baseline are allowed, with a population.
      case table([Candidate])
    }

    /// One kommun where new areas can land.
    public struct Candidate: Sendable, Hashable, Codable {
      /// The kommun's name.
      public var kommun: String
      /// Its relative chance of receiving a new area.
      public var weight: Double
      /// Its population, needed when it is not eligible in the scenario.
      public var population: Double?

      /// Creates a landing candidate.
      public init(kommun: String, weight: Double, population: Double? = nil) {
        self.kommun = kommun
        self.weight = weight
        self.population = population
      }
    }
  }

  /// Population growth per kommun and draw: population × (1 + g), g ~ Normal(mean, sd).
  public struct PopulationGrowth: Sendable, Hashable, Codable {
    /// The mean growth rate.
    public var mean: Double
    /// The standard deviation of the growth rate.
    public var sd: Double
    /// Per-kommun overrides of mean and sd.
    public var overrides: [String: Rate]

    /// Creates a growth spec.
    public init(mean: Double, sd: Double, overrides: [String: Rate] = [:]) {
      self.mean = mean
      self.sd = sd
      self.overrides = overrides
    }

    /// A growth rate distribution.
    public struct Rate: Sendable, Hashable, Codable {
      /// The mean growth rate.
      public var mean: Double
      /// The standard deviation.
      public var sd: Double

      /// Creates a rate.
      public init(mean: Double, sd: Double) {
        self.mean = mean
        self.sd = sd
      }
    }

    /// The growth distribution of a kommun, its override if any.
    public func rate(for kommun: String) -> Rate { overrides[kommun] ?? Rate(mean: mean, sd: sd) }
  }

  /// Claims drawn per kommun: in each draw a kommun claims nothing with probability ``declineProbability``,
  /// and each kommun that claims asks for the unclaimed money with probability ``wantsMoreProbability``.
  ///
  /// The unclaimed money is shared by the scenario's `claims:` rule (``Claims/Redistribution/key`` when it
  /// has none), or goes back to the state in a draw where no kommun asks for more.
  public struct Claiming: Sendable, Hashable, Codable {
    /// The probability that a kommun claims nothing.
    public var declineProbability: Double
    /// The probability that a kommun that claims asks for more.
    public var wantsMoreProbability: Double

    /// Creates a claims model.
    public init(declineProbability: Double, wantsMoreProbability: Double) {
      self.declineProbability = declineProbability
      self.wantsMoreProbability = wantsMoreProbability
    }
  }
}
