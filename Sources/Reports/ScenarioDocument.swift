import AllocationModel

/// The result of a deterministic `fordela run`: every kommun's amounts in the baseline and the scenario,
/// with the setup and stamp that reproduce and explain it.
///
/// JSON (``JSONText``), the ``RunSetup`` fields beside the others:
/// `{"kind": "scenario", "scenario", "description", "baseline", "settings", "changes", "persisting_delisted",
/// "populations", "engine": EngineStamp, "kommuner": [{"kommun", "status": "unchanged" | "changed" | "new" |
/// "leaving", "baseline_kr", "scenario_kr", "change_kr", "baseline_kr_rounded", "scenario_kr_rounded",
/// "change_kr_rounded", "change_pct", "baseline_weight", "scenario_weight", "baseline_area_part_kr",
/// "baseline_population_part_kr", "scenario_area_part_kr", "scenario_population_part_kr"}], "baseline_total_kr",
/// "total_kr", "selection": RowSelection, "districts": DistrictTable}`; `selection` is present only when `--kommun`
/// or `--sort` chose the rows (the totals are then still those of every kommun), `districts` only when the scenario
/// has a `districts:` section. A scenario with a `claims:` section adds
/// ``KommunClaims``' fields to every row and ``ClaimsRecord`` as `"claims"`, with `"returned_kr"` and
/// `"returned_kr_rounded"`, at the top level; without one they are absent.
/// `*_kr` amounts are unrounded, `*_kr_rounded` whole kronor by largest remainder (they sum to the budgets);
/// `change_pct` is the change of the whole-krona amounts in percent, rounded to 0.001, `null` for a new kommun.
public struct ScenarioDocument: Codable, Sendable, Hashable {
  /// One kommun's amounts before and after.
  public struct Kommun: Codable, Sendable, Hashable {
    /// The kommun.
    public var kommun: String
    /// How it fares.
    public var status: ScenarioComparison.Status
    /// The unrounded baseline amount (0 when new).
    public var baselineKr: Double
    /// The unrounded scenario amount (0 when leaving).
    public var scenarioKr: Double
    /// The whole-krona baseline amount.
    public var baselineKrRounded: Int64
    /// The whole-krona scenario amount.
    public var scenarioKrRounded: Int64
    /// The change of the whole-krona amounts in percent, rounded to 0.001; `nil` for a new kommun.
    public var changePct: Double?
    /// The weighted area count in the baseline (0 when new).
    public var baselineWeight: Double
    /// The weighted area count in the scenario (0 when leaving).
    public var scenarioWeight: Double
    /// The unrounded part of the baseline amount distributed by area (0 when new).
    public var baselineAreaPartKr: Double
    /// The unrounded part of the baseline amount distributed by population (0 when new).
    public var baselinePopulationPartKr: Double
    /// The unrounded part of the scenario amount distributed by area (0 when leaving).
    public var scenarioAreaPartKr: Double
    /// The unrounded part of the scenario amount distributed by population (0 when leaving).
    public var scenarioPopulationPartKr: Double
    /// Its money through the claims, when the scenario has a `claims:` section.
    public var claims: KommunClaims?

    /// The unrounded change.
    public var changeKr: Double { scenarioKr - baselineKr }
    /// The change of the whole-krona amounts.
    public var changeKrRounded: Int64 { scenarioKrRounded - baselineKrRounded }

    /// Creates a row.
    public init(
      kommun: String, status: ScenarioComparison.Status, baselineKr: Double, scenarioKr: Double,
      baselineKrRounded: Int64, scenarioKrRounded: Int64, changePct: Double?, baselineWeight: Double,
      scenarioWeight: Double, baselineAreaPartKr: Double = 0, baselinePopulationPartKr: Double = 0,
      scenarioAreaPartKr: Double = 0, scenarioPopulationPartKr: Double = 0
    ) {
      self.kommun = kommun
      self.status = status
      self.baselineKr = baselineKr
      self.scenarioKr = scenarioKr
      self.baselineKrRounded = baselineKrRounded
      self.scenarioKrRounded = scenarioKrRounded
      self.changePct = changePct
      self.baselineWeight = baselineWeight
      self.scenarioWeight = scenarioWeight
      self.baselineAreaPartKr = baselineAreaPartKr
      self.baselinePopulationPartKr = baselinePopulationPartKr
      self.scenarioAreaPartKr = scenarioAreaPartKr
      self.scenarioPopulationPartKr = scenarioPopulationPartKr
    }

    enum CodingKeys: String, CodingKey {
      case kommun, status, baselineKr = "baseline_kr", scenarioKr = "scenario_kr", changeKr = "change_kr"
      case baselineKrRounded = "baseline_kr_rounded", scenarioKrRounded = "scenario_kr_rounded"
      case changeKrRounded = "change_kr_rounded", changePct = "change_pct", baselineWeight = "baseline_weight"
      case scenarioWeight = "scenario_weight", baselineAreaPartKr = "baseline_area_part_kr"
      case baselinePopulationPartKr = "baseline_population_part_kr", scenarioAreaPartKr = "scenario_area_part_kr"
      case scenarioPopulationPartKr = "scenario_population_part_kr"
    }

    /// Reads a row (the changes are derived, not read).
    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      self.init(
        kommun: try c.decode(String.self, forKey: .kommun),
        status: try c.decode(ScenarioComparison.Status.self, forKey: .status),
        baselineKr: try c.decode(Double.self, forKey: .baselineKr),
        scenarioKr: try c.decode(Double.self, forKey: .scenarioKr),
        baselineKrRounded: try c.decode(Int64.self, forKey: .baselineKrRounded),
        scenarioKrRounded: try c.decode(Int64.self, forKey: .scenarioKrRounded),
        changePct: try c.decodeIfPresent(Double.self, forKey: .changePct),
        baselineWeight: try c.decode(Double.self, forKey: .baselineWeight),
        scenarioWeight: try c.decode(Double.self, forKey: .scenarioWeight),
        baselineAreaPartKr: try c.decode(Double.self, forKey: .baselineAreaPartKr),
        baselinePopulationPartKr: try c.decode(Double.self, forKey: .baselinePopulationPartKr),
        scenarioAreaPartKr: try c.decode(Double.self, forKey: .scenarioAreaPartKr),
        scenarioPopulationPartKr: try c.decode(Double.self, forKey: .scenarioPopulationPartKr))
      claims = try KommunClaims.decodeIfPresent(from: decoder)
    }

    /// Writes a row with its changes; `change_pct` is `null` for a new kommun.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(kommun, forKey: .kommun)
      try c.encode(status, forKey: .status)
      try c.encode(baselineKr, forKey: .baselineKr)
      try c.encode(scenarioKr, forKey: .scenarioKr)
      try c.encode(changeKr, forKey: .changeKr)
      try c.encode(baselineKrRounded, forKey: .baselineKrRounded)
      try c.encode(scenarioKrRounded, forKey: .scenarioKrRounded)
      try c.encode(changeKrRounded, forKey: .changeKrRounded)
      try c.encode(changePct, forKey: .changePct)
      try c.encode(baselineWeight, forKey: .baselineWeight)
      try c.encode(scenarioWeight, forKey: .scenarioWeight)
      try c.encode(baselineAreaPartKr, forKey: .baselineAreaPartKr)
      try c.encode(baselinePopulationPartKr, forKey: .baselinePopulationPartKr)
      try c.encode(scenarioAreaPartKr, forKey: .scenarioAreaPartKr)
      try c.encode(scenarioPopulationPartKr, forKey: .scenarioPopulationPartKr)
      try claims?.encode(to: encoder)
    }
  }

  /// What the run was computed from.
  public var setup: RunSetup
  /// Version, hashes and date of the run.
  public var engine: EngineStamp
  /// Every kommun eligible in the baseline or the scenario, in Swedish name order.
  public var kommuner: [Kommun]
  /// The baseline's total, whole kronor.
  public var baselineTotalKr: Int64
  /// The scenario's total, whole kronor.
  public var totalKr: Int64
  /// The rows shown and their order when not every kommun in name order; the totals are over every kommun.
  public var selection: RowSelection?
  /// The settings of the scenario's `claims:` section, when it has one.
  public var claims: ClaimsRecord?
  /// The money that went back to the state, unrounded, when the scenario has a `claims:` section.
  public var returnedKr: Double?
  /// The money that went back to the state, whole kronor; with the rounded finals it sums to the budget.
  public var returnedKrRounded: Int64?
  /// The kommun's amounts split over its districts, when the scenario has a `districts:` section.
  public var districts: DistrictTable?

  /// Creates a document.
  public init(setup: RunSetup, engine: EngineStamp, kommuner: [Kommun], baselineTotalKr: Int64, totalKr: Int64) {
    self.setup = setup
    self.engine = engine
    self.kommuner = kommuner
    self.baselineTotalKr = baselineTotalKr
    self.totalKr = totalKr
  }

  enum CodingKeys: String, CodingKey {
    case kind, engine, kommuner, baselineTotalKr = "baseline_total_kr", totalKr = "total_kr", selection
    case claims, returnedKr = "returned_kr", returnedKrRounded = "returned_kr_rounded", districts
  }

  /// Reads a document; it must be of kind `scenario`.
  public init(from decoder: any Decoder) throws {
    try RunKind.expect(.scenario, in: decoder)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    setup = try RunSetup(from: decoder)
    engine = try c.decode(EngineStamp.self, forKey: .engine)
    kommuner = try c.decode([Kommun].self, forKey: .kommuner)
    baselineTotalKr = try c.decode(Int64.self, forKey: .baselineTotalKr)
    totalKr = try c.decode(Int64.self, forKey: .totalKr)
    selection = try c.decodeIfPresent(RowSelection.self, forKey: .selection)
    claims = try c.decodeIfPresent(ClaimsRecord.self, forKey: .claims)
    returnedKr = try c.decodeIfPresent(Double.self, forKey: .returnedKr)
    returnedKrRounded = try c.decodeIfPresent(Int64.self, forKey: .returnedKrRounded)
    districts = try c.decodeIfPresent(DistrictTable.self, forKey: .districts)
  }

  /// Writes the document, the setup's fields beside the others.
  public func encode(to encoder: any Encoder) throws {
    try setup.encode(to: encoder)
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(RunKind.scenario, forKey: .kind)
    try c.encode(engine, forKey: .engine)
    try c.encode(kommuner, forKey: .kommuner)
    try c.encode(baselineTotalKr, forKey: .baselineTotalKr)
    try c.encode(totalKr, forKey: .totalKr)
    try c.encodeIfPresent(selection, forKey: .selection)
    try c.encodeIfPresent(claims, forKey: .claims)
    try c.encodeIfPresent(returnedKr, forKey: .returnedKr)
    try c.encodeIfPresent(returnedKrRounded, forKey: .returnedKrRounded)
    try c.encodeIfPresent(districts, forKey: .districts)
  }

  /// The orders a deterministic scenario supports.
  public static let orders: [RowSelection.Order] = [.name, .change]

  /// The document with only the named kommuner (all when `nil`), in the given order (name when `nil`).
  ///
  /// - Throws: ``SelectionError`` for a kommun not in the result or an order other than name or change.
  public func selecting(kommuner names: [String]?, sort: RowSelection.Order?) throws(SelectionError) -> Self {
    let (rows, selection) = try RowSelection.apply(
      kommuner, kommuner: names, sort: sort, allowed: Self.orders, kind: "a deterministic run", name: \.kommun
    ) { order in
      order == .change ? { $0.changeKr < $1.changeKr } : nil
    }
    var copy = self
    copy.kommuner = rows
    copy.selection = selection
    return copy
  }
}
