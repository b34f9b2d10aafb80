/// Where a kommun's population figure comes from, and the figures a run used.
///
/// JSON: `{"kommun", "baseline_population", "scenario_population", "source": "scb" | "user_file" |
/// "scenario", "status"}`; a figure is absent when the kommun has none there (`scenario_population` for a
/// kommun that leaves), `status` is the embedded figure's status (`official`, `secondary`, …) and absent
/// unless the source is `scb`.
public struct KommunPopulation: Codable, Sendable, Hashable {
  /// The source of a figure.
  public enum Source: String, Codable, Sendable, Hashable, CaseIterable {
    /// The embedded SCB figure at the population date.
    case scb
    /// The user's population file.
    case userFile = "user_file"
    /// A population change of the scenario.
    case scenario
  }

  /// The kommun.
  public var kommun: String
  /// The figure at the population date (embedded data overlaid with the user's file).
  public var baselinePopulation: Double?
  /// The figure the scenario used, if the kommun is eligible there.
  public var scenarioPopulation: Double?
  /// Where the scenario's figure (or, for a kommun that leaves, the baseline's) comes from.
  public var source: Source
  /// The embedded figure's status when the source is SCB.
  public var status: String?

  /// Creates a record.
  public init(
    kommun: String, baselinePopulation: Double?, scenarioPopulation: Double?, source: Source, status: String?
  ) {
    self.kommun = kommun
    self.baselinePopulation = baselinePopulation
    self.scenarioPopulation = scenarioPopulation
    self.source = source
    self.status = status
  }

  /// The source of a figure from the loader's status (`user` or an embedded status), unless the
  /// scenario changed it.
  public init(
    kommun: String, baselinePopulation: Double?, scenarioPopulation: Double?, status: String?
  ) {
    let changed = scenarioPopulation != nil && scenarioPopulation != baselinePopulation
    let source: Source = changed ? .scenario : status == "user" ? .userFile : .scb
    self.init(
      kommun: kommun, baselinePopulation: baselinePopulation, scenarioPopulation: scenarioPopulation,
      source: source, status: source == .scb ? status : nil)
  }

  /// The source in a word for tables: the SCB status, `user` or `scenario`.
  public var sourceLabel: String {
    switch source {
    case .scb: status ?? "scb"
    case .userFile: "user"
    case .scenario: "scenario"
    }
  }

  enum CodingKeys: String, CodingKey {
    case kommun, baselinePopulation = "baseline_population", scenarioPopulation = "scenario_population"
    case source, status
  }
}
