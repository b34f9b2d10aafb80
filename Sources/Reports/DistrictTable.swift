import AllocationModel

/// A kommun's amount split over its districts, in the baseline and the scenario.
///
/// JSON: `{"kommun", "class_weights": {"UO", "RO", "SUO"}, "rows": [{"district", "earmark_kr", "baseline_kr",
/// "scenario_kr", "change_kr", "baseline_kr_rounded", "scenario_kr_rounded", "change_kr_rounded"}]}`; `*_kr`
/// unrounded, `*_kr_rounded` whole kronor by largest remainder (the rows sum to the kommun's whole-kronor amount);
/// `class_weights` are the weights per inhabitant the rest after the earmarks went by.
public struct DistrictTable: Codable, Sendable, Hashable {
  /// One district's amounts before and after.
  public struct Row: Codable, Sendable, Hashable {
    /// The district.
    public var district: String
    /// The district's fixed sum, paid before the rest is shared (0 when it has none).
    public var earmarkKr: Double = 0
    /// The unrounded baseline amount.
    public var baselineKr: Double
    /// The unrounded scenario amount.
    public var scenarioKr: Double
    /// The whole-krona baseline amount.
    public var baselineKrRounded: Int64
    /// The whole-krona scenario amount.
    public var scenarioKrRounded: Int64

    /// The unrounded change.
    public var changeKr: Double { scenarioKr - baselineKr }
    /// The change of the whole-krona amounts.
    public var changeKrRounded: Int64 { scenarioKrRounded - baselineKrRounded }

    /// Creates a row.
    public init(
      district: String, baselineKr: Double, scenarioKr: Double, baselineKrRounded: Int64, scenarioKrRounded: Int64
    ) {
      self.district = district
      self.baselineKr = baselineKr
      self.scenarioKr = scenarioKr
      self.baselineKrRounded = baselineKrRounded
      self.scenarioKrRounded = scenarioKrRounded
    }

    enum CodingKeys: String, CodingKey {
      case district, earmarkKr = "earmark_kr", baselineKr = "baseline_kr", scenarioKr = "scenario_kr", changeKr =
        "change_kr"
      case baselineKrRounded = "baseline_kr_rounded", scenarioKrRounded = "scenario_kr_rounded"
      case changeKrRounded = "change_kr_rounded"
    }

    /// Reads a row (the changes are derived, not read).
    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      self.init(
        district: try c.decode(String.self, forKey: .district),
        baselineKr: try c.decode(Double.self, forKey: .baselineKr),
        scenarioKr: try c.decode(Double.self, forKey: .scenarioKr),
        baselineKrRounded: try c.decode(Int64.self, forKey: .baselineKrRounded),
        scenarioKrRounded: try c.decode(Int64.self, forKey: .scenarioKrRounded))
      earmarkKr = try c.decode(Double.self, forKey: .earmarkKr)
    }

    /// Writes a row with its changes.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(district, forKey: .district)
      try c.encode(earmarkKr, forKey: .earmarkKr)
      try c.encode(baselineKr, forKey: .baselineKr)
      try c.encode(scenarioKr, forKey: .scenarioKr)
      try c.encode(changeKr, forKey: .changeKr)
      try c.encode(baselineKrRounded, forKey: .baselineKrRounded)
      try c.encode(scenarioKrRounded, forKey: .scenarioKrRounded)
      try c.encode(changeKrRounded, forKey: .changeKrRounded)
    }
  }

  /// The kommun whose amount is split.
  public var kommun: String
  /// The weight per inhabitant of an area of each class.
  public var classWeights: ClassValues<Double>
  /// The districts, in Swedish name order.
  public var rows: [Row]

  /// Creates a table.
  public init(kommun: String, classWeights: ClassValues<Double>, rows: [Row]) {
    self.kommun = kommun
    self.classWeights = classWeights
    self.rows = rows
  }

  enum CodingKeys: String, CodingKey {
    case kommun, classWeights = "class_weights", rows
  }

  /// The table of a plan's baseline and scenario splits.
  public init(plan: DistrictPlan, baseline: DistrictSplit, scenario: DistrictSplit) {
    precondition(
      baseline.rows.map(\.district) == plan.districts && scenario.rows.map(\.district) == plan.districts,
      "one plan, one list of districts")
    self.init(
      kommun: plan.kommun, classWeights: ClassValues { plan.classWeights[$0] },
      rows: zip(baseline.rows, scenario.rows).map { b, s in
        var row = Row(
          district: s.district, baselineKr: b.amount, scenarioKr: s.amount, baselineKrRounded: b.rounded,
          scenarioKrRounded: s.rounded)
        row.earmarkKr = plan.earmarks[s.district] ?? 0
        return row
      })
  }
}
