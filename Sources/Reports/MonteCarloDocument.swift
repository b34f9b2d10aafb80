/// The saved result of a Monte Carlo run: the JSON that `fordela run` writes and `fordela report` reads.
public struct MonteCarloDocument: Codable, Sendable, Hashable {
  /// The scenario's name.
  public var scenario: String
  /// The scenario's description, if any.
  public var description: String?
  /// The number of draws.
  public var draws: Int
  /// The seed of the random streams.
  public var seed: UInt64
  /// The number of threads the run used (results do not depend on it).
  public var threads: Int
  /// What produced the result and from which inputs.
  public var engine: Engine
  /// The resolved settings of the baseline and the scenario.
  public var settings: RunSettings?
  /// `exact` (quantiles from every stored change) or `streaming` (fixed-bin quantiles).
  public var statisticsMode: String
  /// The quantile resolution in kronor in streaming mode; 0 when exact.
  public var quantileResolutionKr: Double
  /// Each kommun's change distribution.
  public var kommuner: [Kommun]
  /// Wall-clock times of the phases.
  public var timing: Timing

  /// Creates a document.
  public init(
    scenario: String, description: String?, draws: Int, seed: UInt64, threads: Int, engine: Engine,
    settings: RunSettings?, statisticsMode: String, quantileResolutionKr: Double, kommuner: [Kommun],
    timing: Timing
  ) {
    self.scenario = scenario
    self.description = description
    self.draws = draws
    self.seed = seed
    self.threads = threads
    self.engine = engine
    self.settings = settings
    self.statisticsMode = statisticsMode
    self.quantileResolutionKr = quantileResolutionKr
    self.kommuner = kommuner
    self.timing = timing
  }

  enum CodingKeys: String, CodingKey {
    case scenario, description, draws, seed, threads, engine, settings
    case statisticsMode = "statistics_mode", quantileResolutionKr = "quantile_resolution_kr", kommuner, timing
  }

  /// The version and input hashes of a run.
  public struct Engine: Codable, Sendable, Hashable {
    /// fordela's version.
    public var version: String
    /// SHA-256 of the embedded data files.
    public var dataHash: String
    /// SHA-256 of the scenario file's bytes.
    public var scenarioHash: String
    /// When the run was made (ISO 8601, UTC).
    public var runDate: String?

    /// Creates an engine stamp.
    public init(version: String, dataHash: String, scenarioHash: String, runDate: String?) {
      self.version = version
      self.dataHash = dataHash
      self.scenarioHash = scenarioHash
      self.runDate = runDate
    }

    enum CodingKeys: String, CodingKey {
      case version, dataHash = "data_hash", scenarioHash = "scenario_hash", runDate = "run_date"
    }
  }

  /// One kommun's distribution of change against the baseline, in kronor.
  public struct Kommun: Codable, Sendable, Hashable {
    public var kommun: String
    public var baselineKr: Double
    public var meanChangeKr: Double
    public var sdChangeKr: Double
    public var seMeanKr: Double
    public var minChangeKr: Double
    public var p01ChangeKr: Double
    public var p05ChangeKr: Double
    public var p25ChangeKr: Double
    public var p50ChangeKr: Double
    public var p75ChangeKr: Double
    public var p95ChangeKr: Double
    public var p99ChangeKr: Double
    public var maxChangeKr: Double
    public var pLoss: Double
    public var pLoss10pct: Double
    public var histogram: Histogram

    /// Creates a kommun's row.
    public init(
      kommun: String, baselineKr: Double, meanChangeKr: Double, sdChangeKr: Double, seMeanKr: Double,
      minChangeKr: Double, p01ChangeKr: Double, p05ChangeKr: Double, p25ChangeKr: Double, p50ChangeKr: Double,
      p75ChangeKr: Double, p95ChangeKr: Double, p99ChangeKr: Double, maxChangeKr: Double, pLoss: Double,
      pLoss10pct: Double, histogram: Histogram
    ) {
      self.kommun = kommun
      self.baselineKr = baselineKr
      self.meanChangeKr = meanChangeKr
      self.sdChangeKr = sdChangeKr
      self.seMeanKr = seMeanKr
      self.minChangeKr = minChangeKr
      self.p01ChangeKr = p01ChangeKr
      self.p05ChangeKr = p05ChangeKr
      self.p25ChangeKr = p25ChangeKr
      self.p50ChangeKr = p50ChangeKr
      self.p75ChangeKr = p75ChangeKr
      self.p95ChangeKr = p95ChangeKr
      self.p99ChangeKr = p99ChangeKr
      self.maxChangeKr = maxChangeKr
      self.pLoss = pLoss
      self.pLoss10pct = pLoss10pct
      self.histogram = histogram
    }

    enum CodingKeys: String, CodingKey {
      case kommun, baselineKr = "baseline_kr", meanChangeKr = "mean_change_kr", sdChangeKr = "sd_change_kr"
      case seMeanKr = "se_mean_kr", minChangeKr = "min_change_kr", p01ChangeKr = "p01_change_kr"
      case p05ChangeKr = "p05_change_kr", p25ChangeKr = "p25_change_kr", p50ChangeKr = "p50_change_kr"
      case p75ChangeKr = "p75_change_kr", p95ChangeKr = "p95_change_kr", p99ChangeKr = "p99_change_kr"
      case maxChangeKr = "max_change_kr", pLoss = "p_loss", pLoss10pct = "p_loss_10pct", histogram
    }
  }

  /// A histogram of changes: `counts[i]` draws fell in `[edges[i], edges[i+1])`.
  public struct Histogram: Codable, Sendable, Hashable {
    /// Bin edges in kronor; one more than the counts.
    public var edgesKr: [Double]
    /// Draws per bin.
    public var counts: [Int]

    /// Creates a histogram.
    public init(edgesKr: [Double], counts: [Int]) {
      self.edgesKr = edgesKr
      self.counts = counts
    }

    enum CodingKeys: String, CodingKey {
      case edgesKr = "edges_kr", counts
    }
  }

  /// Wall-clock times of the phases.
  public struct Timing: Codable, Sendable, Hashable {
    public var simulateS: Double
    public var statisticsS: Double
    public var drawsPerSecond: Double

    /// Creates timings.
    public init(simulateS: Double, statisticsS: Double, drawsPerSecond: Double) {
      self.simulateS = simulateS
      self.statisticsS = statisticsS
      self.drawsPerSecond = drawsPerSecond
    }

    enum CodingKeys: String, CodingKey {
      case simulateS = "simulate_s", statisticsS = "statistics_s", drawsPerSecond = "draws_per_second"
    }
  }
}

/// The resolved settings of a run, for the header of reports.
public struct RunSettings: Codable, Sendable, Hashable {
  /// Police lists of the baseline, oldest first.
  public var editions: [String]
  /// SCB population date.
  public var populationDate: String
  /// Budget of the baseline (official key), kronor.
  public var baselineBudgetKr: Int64
  /// Budget of the scenario, kronor.
  public var budgetKr: Int64
  /// Area share of the scenario key.
  public var areaShare: Double
  /// Class weights of the scenario key, by class abbreviation.
  public var weights: [String: Double]
  /// `persist` or `drop`.
  public var delisted: String
  /// `literal` or `technical`.
  public var splits: String
  /// The list changes the scenario applies, in order, in words.
  public var changes: [String]
  /// Areas that are delisted and persist in the scenario basis (name and kommun).
  public var persistingDelisted: [String]

  /// Creates settings.
  public init(
    editions: [String], populationDate: String, baselineBudgetKr: Int64, budgetKr: Int64, areaShare: Double,
    weights: [String: Double], delisted: String, splits: String, changes: [String], persistingDelisted: [String]
  ) {
    self.editions = editions
    self.populationDate = populationDate
    self.baselineBudgetKr = baselineBudgetKr
    self.budgetKr = budgetKr
    self.areaShare = areaShare
    self.weights = weights
    self.delisted = delisted
    self.splits = splits
    self.changes = changes
    self.persistingDelisted = persistingDelisted
  }

  enum CodingKeys: String, CodingKey {
    case editions, populationDate = "population_date", baselineBudgetKr = "baseline_budget_kr"
    case budgetKr = "budget_kr", areaShare = "area_share", weights, delisted, splits, changes
    case persistingDelisted = "persisting_delisted"
  }
}
