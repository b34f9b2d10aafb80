/// The kind of run a result document records, its `"kind"` in JSON.
public enum RunKind: String, Codable, Sendable, Hashable, CaseIterable {
  /// `fordela allocate`: the key on a baseline (``AllocationDocument``).
  case allocation
  /// `fordela run` on a scenario without uncertainty (``ScenarioDocument``).
  case scenario
  /// `fordela run` on a scenario with an `uncertainty:` section (``MonteCarloDocument``).
  case monteCarlo = "monte_carlo"

  /// Reads the kind of a saved document, or `nil` when the JSON has no known `"kind"`.
  public static func of(json: [UInt8]) -> RunKind? {
    try? JSONText.decode(Probe.self, from: json).kind
  }

  private struct Probe: Decodable {
    var kind: RunKind
  }

  /// Checks that a document being read is of the expected kind.
  static func expect(_ kind: RunKind, in decoder: any Decoder) throws {
    let probe = try Probe(from: decoder)
    guard probe.kind == kind else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: [], debugDescription: "a \(probe.kind.rawValue) result, not a \(kind.rawValue) result"))
    }
  }
}
