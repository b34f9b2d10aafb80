/// Each kommun's amount in a baseline and a scenario allocation, and the difference.
///
/// Every kommun eligible in either allocation has a row, in Swedish name order. Amounts are the
/// whole-krona amounts of the allocations (which sum to each budget); the change is their difference.
public struct ScenarioComparison: Sendable, Hashable, Codable {
  /// How a kommun fares in the scenario.
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// The same whole-krona amount as in the baseline.
    case unchanged
    /// Eligible in both, with a different amount.
    case changed
    /// Eligible in the scenario only.
    case new
    /// Eligible in the baseline only: it loses all its money.
    case leaving
  }

  /// One kommun's row.
  public struct Row: Sendable, Hashable, Codable {
    /// The kommun.
    public var kommun: String
    /// Its baseline amount in whole kronor (0 when it is new).
    public var baselineKr: Int64
    /// Its scenario amount in whole kronor (0 when it is leaving).
    public var scenarioKr: Int64
    /// Its weighted area count in the baseline (0 when new).
    public var baselineWeight: Double
    /// Its weighted area count in the scenario (0 when leaving).
    public var scenarioWeight: Double
    /// How it fares.
    public var status: Status

    /// The change in whole kronor.
    public var changeKr: Int64 { scenarioKr - baselineKr }

    /// The change as a percentage of the baseline amount; `nil` for a new kommun.
    public var changePercent: Double? {
      baselineKr == 0 ? nil : Double(changeKr) / Double(baselineKr) * 100
    }
  }

  /// The rows, in Swedish name order.
  public var rows: [Row]
  /// The baseline's total, whole kronor.
  public var baselineTotalKr: Int64
  /// The scenario's total, whole kronor.
  public var scenarioTotalKr: Int64

  /// The change of the total, whole kronor (non-zero only when the scenario changes the budget).
  public var changeTotalKr: Int64 { scenarioTotalKr - baselineTotalKr }

  /// Compares a scenario allocation with its baseline.
  public init(baseline: Allocation, scenario: Allocation) {
    var names = Set(baseline.kommuner.map(\.kommun))
    names.formUnion(scenario.kommuner.map(\.kommun))
    rows = names.sorted(by: SwedishCollation.precedes).map { kommun in
      let before = baseline[kommun]
      let after = scenario[kommun]
      let status: Status =
        switch (before, after) {
        case (nil, _): .new
        case (_, nil): .leaving
        case (let b?, let a?): b.rounded == a.rounded ? .unchanged : .changed
        }
      return Row(
        kommun: kommun, baselineKr: before?.rounded ?? 0, scenarioKr: after?.rounded ?? 0,
        baselineWeight: before?.weight ?? 0, scenarioWeight: after?.weight ?? 0, status: status)
    }
    baselineTotalKr = baseline.totalRounded
    scenarioTotalKr = scenario.totalRounded
  }

  /// The row of a kommun, if it is eligible in either allocation.
  public subscript(kommun: String) -> Row? { rows.first { $0.kommun == kommun } }
}
