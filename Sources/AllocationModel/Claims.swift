/// The claims of a grant year: which kommuner claim less than their amount, and which ask for the money
/// left unclaimed.
///
/// Socialstyrelsen's instructions for the grant: a kommun claims (*rekvirerar*) its amount by a deadline;
/// money not claimed by then is distributed to the kommuner that said they want a share of it. A kommun
/// not named in ``claimedKr`` claims all of its amount. See `docs/domain.md`, "Claims and redistribution".
public struct Claims: Sendable, Hashable, Codable {
  /// How the unclaimed money is shared among the kommuner that ask for more.
  public enum Redistribution: String, Sendable, Hashable, Codable, CaseIterable {
    /// By the grant's key computed on those kommuner alone: the same area share and class weights.
    case key
    /// In proportion to their entitlements.
    case proRata = "pro_rata"
  }

  /// The kommuner that claim less than their amount, and what each claims, in kronor.
  public var claimedKr: [String: Double]
  /// The kommuner that asked for a share of the unclaimed money.
  public var wantsMore: [String]
  /// How the unclaimed money is shared.
  public var redistribution: Redistribution

  /// Creates the claims of a grant year.
  public init(claimedKr: [String: Double] = [:], wantsMore: [String] = [], redistribution: Redistribution = .key) {
    self.claimedKr = claimedKr
    self.wantsMore = wantsMore
    self.redistribution = redistribution
  }
}
