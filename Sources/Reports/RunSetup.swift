/// What a scenario run was computed from and what it assumed: the baseline, the scenario's key, the
/// changes, the delisted areas that persist and every kommun's population source.
///
/// Both scenario documents (``ScenarioDocument`` and ``MonteCarloDocument``) carry it, its fields
/// beside their own. JSON: `{"scenario", "description", "baseline": BaselineRecord, "settings":
/// KeySettings, "changes": [String], "persisting_delisted": [DelistedAreaRecord], "populations":
/// [KommunPopulation]}`.
public struct RunSetup: Codable, Sendable, Hashable {
  /// The scenario's name.
  public var scenario: String
  /// The scenario's description, if any.
  public var description: String?
  /// The resolved baseline (official key, `persist`, `literal`).
  public var baseline: BaselineRecord
  /// The scenario's key, delisted policy and split reading.
  public var settings: KeySettings
  /// The changes applied, in order, in words.
  public var changes: [String]
  /// The delisted areas that persist in the scenario's basis (none under `drop`).
  public var persistingDelisted: [DelistedAreaRecord]
  /// Every kommun eligible in the baseline or the scenario: its figures and their source.
  public var populations: [KommunPopulation]

  /// Creates a setup.
  public init(
    scenario: String, description: String?, baseline: BaselineRecord, settings: KeySettings, changes: [String],
    persistingDelisted: [DelistedAreaRecord], populations: [KommunPopulation]
  ) {
    self.scenario = scenario
    self.description = description
    self.baseline = baseline
    self.settings = settings
    self.changes = changes
    self.persistingDelisted = persistingDelisted
    self.populations = populations
  }

  enum CodingKeys: String, CodingKey {
    case scenario, description, baseline, settings, changes, persistingDelisted = "persisting_delisted", populations
  }
}
