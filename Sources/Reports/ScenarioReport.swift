import AllocationModel
import Foundation

/// The result of a deterministic `fordela run`: every kommun's baseline and scenario amounts.
///
/// Built from model values only, so it renders any comparison; the command line fills it from a
/// resolved scenario file.
public struct ScenarioReport: Sendable {
  /// The resolved baseline: lists, population date, budget and where populations came from.
  public struct Baseline: Sendable, Hashable {
    /// The grant-year preset, if the baseline used one.
    public var year: Int?
    /// The police lists, oldest first.
    public var editions: [String]
    /// The SCB population date.
    public var populationDate: String
    /// The user's population file, if any.
    public var populationFile: String?
    /// The baseline's key (official: 0.75, 1/2/3).
    public var key: DistributionKey

    /// Creates the baseline part of a report.
    public init(year: Int?, editions: [String], populationDate: String, populationFile: String?, key: DistributionKey) {
      self.year = year
      self.editions = editions
      self.populationDate = populationDate
      self.populationFile = populationFile
      self.key = key
    }
  }

  /// The scenario's name.
  public var name: String
  /// The scenario's description.
  public var description: String?
  /// The baseline settings (delisted areas persist, splits literal).
  public var baseline: Baseline
  /// The scenario's key.
  public var key: DistributionKey
  /// The scenario's policy for delisted areas.
  public var delisted: DelistedPolicy
  /// The scenario's reading of splits.
  public var splits: SplitReading
  /// The changes in words, in the order they were applied.
  public var changes: [String]
  /// The comparison.
  public var comparison: ScenarioComparison

  /// Creates a report.
  public init(
    name: String, description: String?, baseline: Baseline, key: DistributionKey, delisted: DelistedPolicy,
    splits: SplitReading, changes: [String], comparison: ScenarioComparison
  ) {
    self.name = name
    self.description = description
    self.baseline = baseline
    self.key = key
    self.delisted = delisted
    self.splits = splits
    self.changes = changes
    self.comparison = comparison
  }

  /// A change as a percentage with one decimal and a sign, or `–` for a new kommun.
  static func percent(_ row: ScenarioComparison.Row) -> String {
    guard let p = row.changePercent else { return "–" }
    let text = String(format: "%.1f", abs(p))
    if text == "0.0" { return "0.0" }
    return (p < 0 ? "−" : "+") + text
  }

  /// A change as a percentage rounded to 0.001, for CSV and JSON.
  static func percentValue(_ row: ScenarioComparison.Row) -> Double? {
    row.changePercent.map { ($0 * 1000).rounded() / 1000 }
  }

  /// A one-line description of a key.
  static func describe(_ key: DistributionKey) -> String {
    "\(Kronor.grouped(key.budget)) kr, \(Kronor.plain(key.areaShare * 100)) % by area (UO \(Kronor.plain(key.weights.uo)), "
      + "RO \(Kronor.plain(key.weights.ro)), SUO \(Kronor.plain(key.weights.suo)))"
  }

  /// A table for an 80-column terminal, with the settings and the changes above it.
  public func table() -> String {
    var out = "Scenario: \(name)\n"
    if let description, !description.isEmpty { out += "\(description)\n" }
    let year = baseline.year.map { "grant year \($0), " } ?? ""
    out += "Baseline: \(year)lists \(baseline.editions.joined(separator: "→")), SCB \(baseline.populationDate)"
    out += baseline.populationFile.map { " (+ \($0))" } ?? ""
    out += "\n          \(Self.describe(baseline.key)), delisted persist\n"
    out += "Scenario: \(Self.describe(key)),\n          delisted \(delisted.rawValue), splits \(splits.rawValue)\n"
    if changes.isEmpty {
      out += "Changes:  none\n"
    } else {
      out += "Changes:\n"
      for (i, change) in changes.enumerated() { out += "  \(i + 1). \(change)\n" }
    }
    out += "\n"
    var t = TextTable(
      headers: ["Kommun", "Vikt", "Baslinje kr", "Scenario kr", "Ändring kr", "%", "Status"],
      alignments: [.left, .right, .right, .right, .right, .right, .left])
    for row in comparison.rows {
      let weight =
        row.baselineWeight == row.scenarioWeight
        ? Kronor.plain(row.baselineWeight)
        : "\(Kronor.plain(row.baselineWeight))→\(Kronor.plain(row.scenarioWeight))"
      t.append([
        row.kommun, weight, Kronor.grouped(row.baselineKr), Kronor.grouped(row.scenarioKr),
        row.changeKr == 0 ? "0" : Kronor.signed(Double(row.changeKr)), Self.percent(row), row.status.rawValue,
      ])
    }
    t.appendRule()
    let before = comparison.rows.reduce(0) { $0 + $1.baselineWeight }
    let after = comparison.rows.reduce(0) { $0 + $1.scenarioWeight }
    t.append([
      "Summa", before == after ? Kronor.plain(before) : "\(Kronor.plain(before))→\(Kronor.plain(after))",
      Kronor.grouped(comparison.baselineTotalKr), Kronor.grouped(comparison.scenarioTotalKr),
      comparison.changeTotalKr == 0 ? "0" : Kronor.signed(Double(comparison.changeTotalKr)), "", "",
    ])
    out += t.render()
    let counts = ScenarioComparison.Status.allCases.map { status in
      "\(comparison.rows.filter { $0.status == status }.count) \(status.rawValue)"
    }
    out += "Kommuner: " + counts.joined(separator: ", ") + "\n"
    return out
  }

  /// CSV with a header row, one line per kommun.
  public func csv(dialect: CSVDialect = .plain) -> String {
    var out = dialect.preamble
    out += dialect.line([
      "kommun", "status", "baseline_weight", "scenario_weight", "baseline_kr", "scenario_kr", "change_kr", "change_pct",
    ])
    for row in comparison.rows {
      out += dialect.line([
        row.kommun, row.status.rawValue, dialect.number(row.baselineWeight), dialect.number(row.scenarioWeight),
        dialect.number(row.baselineKr), dialect.number(row.scenarioKr), dialect.number(row.changeKr),
        Self.percentValue(row).map { dialect.number($0) } ?? "",
      ])
    }
    return out
  }

  /// JSON: `{"scenario", "description", "baseline", "settings", "changes", "kommuner", "total_kr", …}`.
  public func json() throws -> String {
    let document = Document(
      scenario: name, description: description,
      baseline: .init(
        year: baseline.year, editions: baseline.editions, populationDate: baseline.populationDate,
        populationFile: baseline.populationFile, budgetKr: baseline.key.budget, areaShare: baseline.key.areaShare,
        weights: Self.weights(baseline.key), delisted: DelistedPolicy.persist.rawValue,
        splits: SplitReading.literal.rawValue),
      settings: .init(
        budgetKr: key.budget, areaShare: key.areaShare, weights: Self.weights(key), delisted: delisted.rawValue,
        splits: splits.rawValue),
      changes: changes,
      kommuner: comparison.rows.map {
        .init(
          kommun: $0.kommun, baselineKr: $0.baselineKr, scenarioKr: $0.scenarioKr, changeKr: $0.changeKr,
          changePct: Self.percentValue($0), baselineWeight: $0.baselineWeight, scenarioWeight: $0.scenarioWeight,
          status: $0.status.rawValue)
      },
      baselineTotalKr: comparison.baselineTotalKr, totalKr: comparison.scenarioTotalKr)
    return try JSONText.encode(document)
  }

  private static func weights(_ key: DistributionKey) -> ClassTriple<Double> {
    ClassTriple(UO: key.weights.uo, RO: key.weights.ro, SUO: key.weights.suo)
  }

  private struct Document: Encodable {
    struct BaselineDocument: Encodable {
      var year: Int?
      var editions: [String]
      var populationDate: String
      var populationFile: String?
      var budgetKr: Int64
      var areaShare: Double
      var weights: ClassTriple<Double>
      var delisted: String
      var splits: String

      enum CodingKeys: String, CodingKey {
        case year, editions, populationDate = "population_date", populationFile = "population_file"
        case budgetKr = "budget_kr", areaShare = "area_share", weights, delisted, splits
      }
    }

    struct Settings: Encodable {
      var budgetKr: Int64
      var areaShare: Double
      var weights: ClassTriple<Double>
      var delisted: String
      var splits: String

      enum CodingKeys: String, CodingKey {
        case budgetKr = "budget_kr", areaShare = "area_share", weights, delisted, splits
      }
    }

    struct Kommun: Encodable {
      var kommun: String
      var baselineKr: Int64
      var scenarioKr: Int64
      var changeKr: Int64
      var changePct: Double?
      var baselineWeight: Double
      var scenarioWeight: Double
      var status: String

      enum CodingKeys: String, CodingKey {
        case kommun, baselineKr = "baseline_kr", scenarioKr = "scenario_kr", changeKr = "change_kr"
        case changePct = "change_pct", baselineWeight = "baseline_weight", scenarioWeight = "scenario_weight"
        case status
      }

      func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kommun, forKey: .kommun)
        try c.encode(baselineKr, forKey: .baselineKr)
        try c.encode(scenarioKr, forKey: .scenarioKr)
        try c.encode(changeKr, forKey: .changeKr)
        try c.encode(changePct, forKey: .changePct)  // null for a new kommun
        try c.encode(baselineWeight, forKey: .baselineWeight)
        try c.encode(scenarioWeight, forKey: .scenarioWeight)
        try c.encode(status, forKey: .status)
      }
    }

    var scenario: String
    var description: String?
    var baseline: BaselineDocument
    var settings: Settings
    var changes: [String]
    var kommuner: [Kommun]
    var baselineTotalKr: Int64
    var totalKr: Int64

    enum CodingKeys: String, CodingKey {
      case scenario, description, baseline, settings, changes, kommuner
      case baselineTotalKr = "baseline_total_kr", totalKr = "total_kr"
    }
  }
}
