import AllocationModel

/// One kommun's money through the claims, as a row of ``ScenarioDocument`` records it.
///
/// JSON, flat in the row: `"entitlement_kr", "claimed_kr", "redistributed_kr", "final_kr"` (unrounded) and
/// `"final_kr_rounded"` (whole kronor by largest remainder: with the returned money, the finals sum exactly to
/// the budget). A kommun that leaves the scenario has zeros.
public struct KommunClaims: Codable, Sendable, Hashable {
  /// Its scenario amount, unrounded.
  public var entitlementKr: Double
  /// What it claims, unrounded.
  public var claimedKr: Double
  /// Its share of the unclaimed money, unrounded.
  public var redistributedKr: Double
  /// `claimed + redistributed`, unrounded.
  public var finalKr: Double
  /// The final amount in whole kronor.
  public var finalKrRounded: Int64

  /// Creates a row's claims.
  public init(entitlementKr: Double, claimedKr: Double, redistributedKr: Double, finalKr: Double, finalKrRounded: Int64)
  {
    self.entitlementKr = entitlementKr
    self.claimedKr = claimedKr
    self.redistributedKr = redistributedKr
    self.finalKr = finalKr
    self.finalKrRounded = finalKrRounded
  }

  /// The claims of a kommun that is not eligible in the scenario: nothing at all.
  public static let none = KommunClaims(
    entitlementKr: 0, claimedKr: 0, redistributedKr: 0, finalKr: 0, finalKrRounded: 0)

  /// The record of a row of claims applied.
  public init(_ row: ClaimsOutcome.Row) {
    self.init(
      entitlementKr: row.entitlementKr, claimedKr: row.claimedKr, redistributedKr: row.redistributedKr,
      finalKr: row.finalKr, finalKrRounded: row.finalKrRounded)
  }

  enum CodingKeys: String, CodingKey {
    case entitlementKr = "entitlement_kr", claimedKr = "claimed_kr", redistributedKr = "redistributed_kr"
    case finalKr = "final_kr", finalKrRounded = "final_kr_rounded"
  }

  /// Reads a row's claims, or `nil` when the row has none (a run without a `claims:` section).
  static func decodeIfPresent(from decoder: any Decoder) throws -> KommunClaims? {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    guard c.contains(.finalKr) else { return nil }
    return try KommunClaims(from: decoder)
  }
}
