import AllocationModel
import ScenarioFormat

extension MonteCarloDocument {
  /// Everything of a Monte Carlo document that comes from the scenario rather than the draws: what a
  /// shard's part carries so that `fordela merge` can write the document without the scenario file.
  ///
  /// JSON: `{"setup": RunSetup, "uncertainty": UncertaintyRecord, "baseline_kr_rounded": {kommun: Int},
  /// "draws_claims": Bool}`.
  public struct Frame: Codable, Sendable, Hashable {
    /// The run's setup.
    public var setup: RunSetup
    /// The resolved uncertainty model, with the run's draws and seed.
    public var uncertainty: UncertaintyRecord
    /// Each kommun's baseline amount in whole kronor.
    public var baselineKrRounded: [String: Int64]
    /// Whether the run draws claims (rows then carry final amounts).
    public var drawsClaims: Bool

    /// Creates a frame.
    public init(
      setup: RunSetup, uncertainty: UncertaintyRecord, baselineKrRounded: [String: Int64], drawsClaims: Bool
    ) {
      self.setup = setup
      self.uncertainty = uncertainty
      self.baselineKrRounded = baselineKrRounded
      self.drawsClaims = drawsClaims
    }

    /// The frame of a resolved scenario run with these draws and seed.
    public init(scenario s: ResolvedScenario, draws: Int, seed: UInt64) {
      self.init(
        setup: RunSetup(scenario: s),
        uncertainty: UncertaintyRecord(
          s.uncertainty ?? UncertaintySpec(draws: draws, seed: seed),
          redistribution: s.claims?.claims.redistribution ?? .key),
        baselineKrRounded: Dictionary(s.baselineAllocation.kommuner.map { ($0.kommun, $0.rounded) }) { a, _ in a },
        drawsClaims: s.uncertainty?.claims != nil)
    }

    enum CodingKeys: String, CodingKey {
      case setup, uncertainty, baselineKrRounded = "baseline_kr_rounded", drawsClaims = "draws_claims"
    }
  }
}
