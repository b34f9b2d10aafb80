import AllocationModel

/// The result of `fordela allocate`: every eligible kommun's amount under a key, with the baseline and the
/// stamp that reproduce it.
///
/// JSON (``JSONText``), the ``BaselineRecord`` fields at the top: `{"kind": "allocation", "year", "editions",
/// "population_date", "population_file", "budget_kr", "area_share", "weights", "delisted", "splits",
/// "persisting_delisted": [DelistedAreaRecord], "engine": EngineStamp, "kommuner": [{"kommun", "areas": {"UO",
/// "RO", "SUO"}, "delisted_areas", "weight", "population", "population_source": "scb" | "user_file",
/// "population_status", "area_part_kr", "population_part_kr", "amount_kr", "amount_kr_rounded"}],
/// "total_weight", "total_population", "total_kr", "selection": RowSelection}`; `selection` is present only when
/// `--kommun` or `--sort` chose the rows (the totals are then still those of every kommun). `amount_kr` is unrounded, `amount_kr_rounded` whole kronor
/// by largest remainder; `population_status` is the figure's status: the embedded one (`official`, `secondary`,
/// …) or `user` for the user's file.
public struct AllocationDocument: Codable, Sendable, Hashable {
  /// One eligible kommun's areas, population and amount.
  public struct Kommun: Codable, Sendable, Hashable {
    /// The kommun.
    public var kommun: String
    /// Its areas that count, by class.
    public var areas: ClassValues<Int>
    /// How many of them are delisted.
    public var delistedAreas: Int
    /// Its weighted area count.
    public var weight: Double
    /// Its population.
    public var population: Double
    /// Where the population figure comes from.
    public var populationSource: KommunPopulation.Source
    /// The figure's status: the embedded one (`official`, `secondary`, …) or `user`.
    public var populationStatus: String?
    /// The unrounded part distributed by area.
    public var areaPartKr: Double
    /// The unrounded part distributed by population.
    public var populationPartKr: Double
    /// The unrounded amount.
    public var amountKr: Double
    /// The whole-krona amount.
    public var amountKrRounded: Int64

    /// Creates a row.
    public init(
      kommun: String, areas: ClassValues<Int>, delistedAreas: Int, weight: Double, population: Double,
      populationSource: KommunPopulation.Source, populationStatus: String?, areaPartKr: Double,
      populationPartKr: Double, amountKr: Double, amountKrRounded: Int64
    ) {
      self.kommun = kommun
      self.areas = areas
      self.delistedAreas = delistedAreas
      self.weight = weight
      self.population = population
      self.populationSource = populationSource
      self.populationStatus = populationStatus
      self.areaPartKr = areaPartKr
      self.populationPartKr = populationPartKr
      self.amountKr = amountKr
      self.amountKrRounded = amountKrRounded
    }

    enum CodingKeys: String, CodingKey {
      case kommun, areas, delistedAreas = "delisted_areas", weight, population
      case populationSource = "population_source", populationStatus = "population_status"
      case areaPartKr = "area_part_kr", populationPartKr = "population_part_kr", amountKr = "amount_kr"
      case amountKrRounded = "amount_kr_rounded"
    }
  }

  /// The resolved baseline and its key.
  public var baseline: BaselineRecord
  /// The delisted areas that count in the basis (none under `drop`).
  public var persistingDelisted: [DelistedAreaRecord]
  /// Version, data hash and date of the run.
  public var engine: EngineStamp
  /// The eligible kommuner, in Swedish name order.
  public var kommuner: [Kommun]
  /// Σ weight.
  public var totalWeight: Double
  /// Σ population.
  public var totalPopulation: Double
  /// Σ whole-krona amounts (the budget).
  public var totalKr: Int64
  /// The rows shown and their order when not every kommun in name order; the totals are over every kommun.
  public var selection: RowSelection?

  /// Creates a document.
  public init(
    baseline: BaselineRecord, persistingDelisted: [DelistedAreaRecord], engine: EngineStamp, kommuner: [Kommun],
    totalWeight: Double, totalPopulation: Double, totalKr: Int64
  ) {
    self.baseline = baseline
    self.persistingDelisted = persistingDelisted
    self.engine = engine
    self.kommuner = kommuner
    self.totalWeight = totalWeight
    self.totalPopulation = totalPopulation
    self.totalKr = totalKr
  }

  enum CodingKeys: String, CodingKey {
    case kind, persistingDelisted = "persisting_delisted", engine, kommuner, totalWeight = "total_weight"
    case totalPopulation = "total_population", totalKr = "total_kr", selection
  }

  /// Reads a document; it must be of kind `allocation`.
  public init(from decoder: any Decoder) throws {
    try RunKind.expect(.allocation, in: decoder)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    baseline = try BaselineRecord(from: decoder)
    persistingDelisted = try c.decode([DelistedAreaRecord].self, forKey: .persistingDelisted)
    engine = try c.decode(EngineStamp.self, forKey: .engine)
    kommuner = try c.decode([Kommun].self, forKey: .kommuner)
    totalWeight = try c.decode(Double.self, forKey: .totalWeight)
    totalPopulation = try c.decode(Double.self, forKey: .totalPopulation)
    totalKr = try c.decode(Int64.self, forKey: .totalKr)
    selection = try c.decodeIfPresent(RowSelection.self, forKey: .selection)
  }

  /// Writes the document, the baseline's fields at the top.
  public func encode(to encoder: any Encoder) throws {
    try baseline.encode(to: encoder)
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(RunKind.allocation, forKey: .kind)
    try c.encode(persistingDelisted, forKey: .persistingDelisted)
    try c.encode(engine, forKey: .engine)
    try c.encode(kommuner, forKey: .kommuner)
    try c.encode(totalWeight, forKey: .totalWeight)
    try c.encode(totalPopulation, forKey: .totalPopulation)
    try c.encode(totalKr, forKey: .totalKr)
    try c.encodeIfPresent(selection, forKey: .selection)
  }

  /// The orders an allocation supports.
  public static let orders: [RowSelection.Order] = [.name, .amount]

  /// The document with only the named kommuner (all when `nil`), in the given order (name when `nil`).
  ///
  /// - Throws: ``SelectionError`` for a kommun not in the allocation or an order other than name or amount.
  public func selecting(kommuner names: [String]?, sort: RowSelection.Order?) throws(SelectionError) -> Self {
    let (rows, selection) = try RowSelection.apply(
      kommuner, kommuner: names, sort: sort, allowed: Self.orders, kind: "an allocation", name: \.kommun
    ) { order in
      order == .amount ? { $0.amountKr > $1.amountKr } : nil
    }
    var copy = self
    copy.kommuner = rows
    copy.selection = selection
    return copy
  }
}
