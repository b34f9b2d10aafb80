import AllocationModel

/// The settings of a scenario's `claims:` section as a deterministic run's result records them, with the
/// money not claimed.
///
/// JSON: `{"redistribution": "key" | "pro_rata", "claimed_kr": {kommun: kronor}, "wants_more": [kommun],
/// "unclaimed_kr"}`. What went back to the state is beside it at the top level of ``ScenarioDocument``.
public struct ClaimsRecord: Codable, Sendable, Hashable {
  /// How the unclaimed money was shared.
  public var redistribution: Claims.Redistribution
  /// The kommuner that claim less than their amount, and what each claims.
  public var claimedKr: [String: Double]
  /// The kommuner that asked for the unclaimed money, as the scenario names them.
  public var wantsMore: [String]
  /// The money not claimed, `Σ (entitlement − claimed)`, unrounded.
  public var unclaimedKr: Double

  /// Creates a record.
  public init(
    redistribution: Claims.Redistribution, claimedKr: [String: Double], wantsMore: [String], unclaimedKr: Double
  ) {
    self.redistribution = redistribution
    self.claimedKr = claimedKr
    self.wantsMore = wantsMore
    self.unclaimedKr = unclaimedKr
  }

  /// The record of claims applied.
  public init(_ outcome: ClaimsOutcome) {
    self.init(
      redistribution: outcome.claims.redistribution, claimedKr: outcome.claims.claimedKr,
      wantsMore: outcome.claims.wantsMore, unclaimedKr: outcome.unclaimedKr)
  }

  enum CodingKeys: String, CodingKey {
    case redistribution, claimedKr = "claimed_kr", wantsMore = "wants_more", unclaimedKr = "unclaimed_kr"
  }
}
