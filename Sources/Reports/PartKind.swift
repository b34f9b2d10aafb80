/// The kind of a shard's part document, its `"kind"` in JSON: what `fordela merge` dispatches on.
///
/// Each kind of sharded run has its own part kind and merge; every part carries a ``PartStamp``.
public enum PartKind: String, Codable, Sendable, Hashable, CaseIterable {
  /// A shard of `fordela run` on a Monte Carlo scenario (``MonteCarloPartDocument``).
  case monteCarlo = "monte_carlo_part"

  /// The kind of a saved part, or `nil` when the JSON has no known part `"kind"`.
  public static func of(json: [UInt8]) -> PartKind? {
    try? JSONText.decode(Probe.self, from: json).kind
  }

  private struct Probe: Decodable {
    var kind: PartKind
  }
}
