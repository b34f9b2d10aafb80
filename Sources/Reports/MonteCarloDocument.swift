/// The result of a Monte Carlo run: the JSON that `fordela run` writes and `fordela report` reads.
///
/// JSON (``JSONText``), the ``RunSetup`` fields beside the others: `{"kind": "monte_carlo", "scenario",
/// "description", "baseline", "settings", "changes", "persisting_delisted", "populations", "engine":
/// EngineStamp, "draws", "seed", "threads", "uncertainty": UncertaintyRecord, "statistics_mode": "exact" |
/// "streaming", "quantile_resolution_kr", "kommuner": [{"kommun", "baseline_kr", "baseline_kr_rounded",
/// "mean_change_kr", "sd_change_kr", "se_mean_kr", "min_change_kr", "p01_change_kr", …, "p99_change_kr",
/// "max_change_kr", "p_loss", "p_loss_10pct", "histogram": {"edges_kr", "counts"}}], "timing": {"simulate_s",
/// "statistics_s", "draws_per_second"}, "selection": RowSelection}`. `baseline_kr` is unrounded,
/// `baseline_kr_rounded` whole kronor; changes are unrounded kronor; `selection` is present only when
/// `--kommun` or `--sort` chose the rows. A run that draws claims (`uncertainty.claims`) measures each
/// kommun's final amount (claimed + redistributed), adds ``FinalAmountDistribution`` as `"final_kr"` to every
/// row and `"mean_returned_kr"` (the mean money per draw that goes back to the state) at the top level.
/// `"districts": DistrictDistributionTable` is present only when the scenario has a `districts:` section.
/// `"updates": [PathUpdate]` is present only when each draw is a path of several list updates
/// (`uncertainty.updates`); then `kommuner` holds the last update's rows.
/// Every row has `"ci95_kr"` (``QuantileIntervals``); `"precision"` (``PrecisionRecord``) is present only when
/// the run had a precision target.
/// `"variance_decomposition": VarianceDecompositionRecord` is present only when the run was decomposed.
public struct MonteCarloDocument: Codable, Sendable, Hashable {
  /// How the quantiles were computed.
  public enum StatisticsMode: String, Codable, Sendable, Hashable {
    /// From every stored change.
    case exact
    /// From fixed-width bins, exact to ``MonteCarloDocument/quantileResolutionKr``.
    case streaming
  }

  /// What the run was computed from: the baseline, the scenario's key and changes, the populations.
  public var setup: RunSetup
  /// What produced the result and from which inputs.
  public var engine: EngineStamp
  /// The number of draws.
  public var draws: Int
  /// The seed of the random streams.
  public var seed: UInt64
  /// The number of threads the run used (results do not depend on it).
  public var threads: Int
  /// The resolved uncertainty model.
  public var uncertainty: UncertaintyRecord
  /// How the quantiles were computed.
  public var statisticsMode: StatisticsMode
  /// The quantile resolution in kronor in streaming mode; 0 when exact.
  public var quantileResolutionKr: Double
  /// Each kommun's change distribution, in Swedish name order.
  public var kommuner: [Kommun]
  /// Wall-clock times of the phases.
  public var timing: Timing
  /// The rows shown and their order when not every kommun in the default order.
  public var selection: RowSelection?
  /// The mean money per draw that goes back to the state, when the run draws claims.
  public var meanReturnedKr: Double?
  /// Each district's distribution of change, when the scenario has a `districts:` section.
  public var districts: DistrictDistributionTable?
  /// Each list update's rows, when each draw is a path of several (``PathUpdate``).
  public var updates: [PathUpdate]?
  /// The update chosen with ``showing(update:)``; not written.
  var shownUpdateChoice: Int?
  /// How a run with a precision target stopped.
  public var precision: PrecisionRecord?
  /// Each kommun's variance decomposition, when the run was decomposed (`--decompose`, `decompose: true`).
  public var varianceDecomposition: VarianceDecompositionRecord?

  /// The scenario's name.
  public var scenario: String { setup.scenario }

  /// Creates a document.
  public init(
    setup: RunSetup, engine: EngineStamp, draws: Int, seed: UInt64, threads: Int, uncertainty: UncertaintyRecord,
    statisticsMode: StatisticsMode, quantileResolutionKr: Double, kommuner: [Kommun], timing: Timing
  ) {
    self.setup = setup
    self.engine = engine
    self.draws = draws
    self.seed = seed
    self.threads = threads
    self.uncertainty = uncertainty
    self.statisticsMode = statisticsMode
    self.quantileResolutionKr = quantileResolutionKr
    self.kommuner = kommuner
    self.timing = timing
  }

  enum CodingKeys: String, CodingKey {
    case kind, engine, draws, seed, threads, uncertainty, statisticsMode = "statistics_mode"
    case quantileResolutionKr = "quantile_resolution_kr", kommuner, timing, selection
    case meanReturnedKr = "mean_returned_kr", districts, updates
    case precision
    case varianceDecomposition = "variance_decomposition"
  }

  /// Reads a document; it must be of kind `monte_carlo`.
  public init(from decoder: any Decoder) throws {
    try RunKind.expect(.monteCarlo, in: decoder)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    setup = try RunSetup(from: decoder)
    engine = try c.decode(EngineStamp.self, forKey: .engine)
    draws = try c.decode(Int.self, forKey: .draws)
    seed = try c.decode(UInt64.self, forKey: .seed)
    threads = try c.decode(Int.self, forKey: .threads)
    uncertainty = try c.decode(UncertaintyRecord.self, forKey: .uncertainty)
    statisticsMode = try c.decode(StatisticsMode.self, forKey: .statisticsMode)
    quantileResolutionKr = try c.decode(Double.self, forKey: .quantileResolutionKr)
    kommuner = try c.decode([Kommun].self, forKey: .kommuner)
    timing = try c.decode(Timing.self, forKey: .timing)
    selection = try c.decodeIfPresent(RowSelection.self, forKey: .selection)
    meanReturnedKr = try c.decodeIfPresent(Double.self, forKey: .meanReturnedKr)
    districts = try c.decodeIfPresent(DistrictDistributionTable.self, forKey: .districts)
    updates = try c.decodeIfPresent([PathUpdate].self, forKey: .updates)
    precision = try c.decodeIfPresent(PrecisionRecord.self, forKey: .precision)
    varianceDecomposition = try c.decodeIfPresent(VarianceDecompositionRecord.self, forKey: .varianceDecomposition)
  }

  /// Writes the document, the setup's fields beside the others.
  public func encode(to encoder: any Encoder) throws {
    try setup.encode(to: encoder)
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(RunKind.monteCarlo, forKey: .kind)
    try c.encode(engine, forKey: .engine)
    try c.encode(draws, forKey: .draws)
    try c.encode(seed, forKey: .seed)
    try c.encode(threads, forKey: .threads)
    try c.encode(uncertainty, forKey: .uncertainty)
    try c.encode(statisticsMode, forKey: .statisticsMode)
    try c.encode(quantileResolutionKr, forKey: .quantileResolutionKr)
    try c.encode(kommuner, forKey: .kommuner)
    try c.encode(timing, forKey: .timing)
    try c.encodeIfPresent(selection, forKey: .selection)
    try c.encodeIfPresent(meanReturnedKr, forKey: .meanReturnedKr)
    try c.encodeIfPresent(districts, forKey: .districts)
    try c.encodeIfPresent(updates, forKey: .updates)
    try c.encodeIfPresent(precision, forKey: .precision)
    try c.encodeIfPresent(varianceDecomposition, forKey: .varianceDecomposition)
  }

  /// The orders a Monte Carlo run supports.
  public static let orders: [RowSelection.Order] = [.name, .change, .p5]

  /// The document with only the named kommuner (all when `nil`), in the given order (name when `nil`;
  /// `change` is the mean change, the largest loss first).
  ///
  /// - Throws: ``SelectionError`` for a kommun not in the result or an order other than name, change or p5.
  public func selecting(kommuner names: [String]?, sort: RowSelection.Order?) throws(SelectionError) -> Self {
    let (rows, selection) = try RowSelection.apply(
      kommuner, kommuner: names, sort: sort, allowed: Self.orders, kind: "a Monte Carlo run", name: \.kommun,
      before: Self.ordering)
    var copy = self
    copy.kommuner = rows
    copy.selection = selection
    copy.updates = try updates?.map { update throws(SelectionError) in
      try update.selecting(kommuner: names, sort: sort)
    }
    copy.varianceDecomposition = varianceDecomposition?.selecting(rows.map(\.kommun))
    return copy
  }

  /// How rows compare under an order (`nil`: name order).
  static func ordering(_ order: RowSelection.Order) -> ((Kommun, Kommun) -> Bool)? {
    switch order {
    case .change: { $0.meanChangeKr < $1.meanChangeKr }
    case .p5: { $0.p05ChangeKr < $1.p05ChangeKr }
    case .name, .amount: nil
    }
  }

  /// One kommun's distribution of change against the baseline, in kronor.
  public struct Kommun: Codable, Sendable, Hashable {
    public var kommun: String
    public var baselineKr: Double
    public var baselineKrRounded: Int64
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
    /// The distribution of its final amount, when the run draws claims.
    public var finalKr: FinalAmountDistribution?
    /// The 95 % intervals of its mean and quantiles (absent in documents written before they were reported).
    public var ci95Kr: QuantileIntervals?

    /// Creates a kommun's row.
    public init(
      kommun: String, baselineKr: Double, baselineKrRounded: Int64, meanChangeKr: Double, sdChangeKr: Double,
      seMeanKr: Double,
      minChangeKr: Double, p01ChangeKr: Double, p05ChangeKr: Double, p25ChangeKr: Double, p50ChangeKr: Double,
      p75ChangeKr: Double, p95ChangeKr: Double, p99ChangeKr: Double, maxChangeKr: Double, pLoss: Double,
      pLoss10pct: Double, histogram: Histogram
    ) {
      self.kommun = kommun
      self.baselineKr = baselineKr
      self.baselineKrRounded = baselineKrRounded
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
      case kommun, baselineKr = "baseline_kr", baselineKrRounded = "baseline_kr_rounded", meanChangeKr =
        "mean_change_kr", sdChangeKr = "sd_change_kr"
      case seMeanKr = "se_mean_kr", minChangeKr = "min_change_kr", p01ChangeKr = "p01_change_kr"
      case p05ChangeKr = "p05_change_kr", p25ChangeKr = "p25_change_kr", p50ChangeKr = "p50_change_kr"
      case p75ChangeKr = "p75_change_kr", p95ChangeKr = "p95_change_kr", p99ChangeKr = "p99_change_kr"
      case maxChangeKr = "max_change_kr", pLoss = "p_loss", pLoss10pct = "p_loss_10pct", histogram
      case finalKr = "final_kr", ci95Kr = "ci95_kr"
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
