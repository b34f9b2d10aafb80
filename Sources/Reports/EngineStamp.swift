import EmbeddedData

/// What produced a result and from which inputs: fordela's version, the hashes of the data and the
/// scenario file, and when the run was made.
///
/// JSON: `{"version", "data_hash", "scenario_hash", "run_date"}`; `scenario_hash` is absent for a run
/// without a scenario file (`fordela allocate`), `run_date` is ISO 8601 in UTC.
public struct EngineStamp: Codable, Sendable, Hashable {
  /// fordela's version.
  public var version: String
  /// SHA-256 of the embedded data files (``EmbeddedData/DataProvenance/hash``).
  public var dataHash: String
  /// SHA-256 of the scenario file's bytes, as the loader parsed them.
  public var scenarioHash: String?
  /// When the run was made (ISO 8601, UTC).
  public var runDate: String?

  /// Creates a stamp; the data hash defaults to that of the embedded data.
  public init(version: String, dataHash: String = DataProvenance.hash, scenarioHash: String?, runDate: String?) {
    self.version = version
    self.dataHash = dataHash
    self.scenarioHash = scenarioHash
    self.runDate = runDate
  }

  enum CodingKeys: String, CodingKey {
    case version, dataHash = "data_hash", scenarioHash = "scenario_hash", runDate = "run_date"
  }
}
