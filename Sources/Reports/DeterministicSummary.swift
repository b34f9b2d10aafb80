/// A deterministic scenario's result, as the HTML report needs it.
public struct DeterministicSummary: Sendable, Hashable {
  /// One kommun's amounts before and after.
  public struct Row: Sendable, Hashable {
    public var kommun: String
    public var baselineKr: Double
    public var scenarioKr: Double
    /// `unchanged`, `changed`, `new` or `leaving`.
    public var status: String

    /// The change in kronor.
    public var changeKr: Double { scenarioKr - baselineKr }

    /// Creates a row.
    public init(kommun: String, baselineKr: Double, scenarioKr: Double, status: String) {
      self.kommun = kommun
      self.baselineKr = baselineKr
      self.scenarioKr = scenarioKr
      self.status = status
    }
  }

  /// The scenario's name.
  public var scenario: String
  /// The scenario's description.
  public var description: String?
  /// The resolved settings.
  public var settings: RunSettings?
  /// Version and hashes.
  public var engine: MonteCarloDocument.Engine
  /// The kommuner, in Swedish name order.
  public var rows: [Row]

  /// Creates a summary.
  public init(
    scenario: String, description: String?, settings: RunSettings?, engine: MonteCarloDocument.Engine,
    rows: [Row]
  ) {
    self.scenario = scenario
    self.description = description
    self.settings = settings
    self.engine = engine
    self.rows = rows
  }
}
