/// Why claims cannot be applied to an allocation, and which entry is at fault.
public struct ClaimsError: Error, Sendable, Hashable {
  /// The part of the claims at fault.
  public enum Place: Sendable, Hashable {
    /// A kommun's entry in ``Claims/claimedKr``.
    case claimed(String)
    /// A kommun's entry in ``Claims/wantsMore``.
    case wantsMore(String)
    /// The redistribution rule.
    case redistribution
  }

  /// What is wrong.
  public enum Problem: Sendable, Hashable {
    /// The kommun is not eligible in the allocation.
    case notEligible
    /// The claim is below 0 or not a finite number.
    case negativeClaim(Double)
    /// The claim is above the kommun's entitlement (its unrounded amount).
    case claimAboveEntitlement(claim: Double, entitlement: Double)
    /// The kommun claims less than its amount and also asks for more.
    case claimsLessAndWantsMore
    /// The kommuner that ask for more have nothing the rule can share by: no weighted areas under `key`
    /// (possible only with a class weight of 0), no entitlement under `pro_rata`.
    case nothingToShareBy
  }

  /// Where the problem is.
  public var place: Place
  /// What is wrong there.
  public var problem: Problem

  /// Creates an error.
  public init(_ place: Place, _ problem: Problem) {
    self.place = place
    self.problem = problem
  }
}

extension ClaimsError: CustomStringConvertible {
  /// One sentence, without location, naming the kommun.
  public var description: String {
    switch (place, problem) {
    case (.claimed(let k), .notEligible):
      "\(k) is not eligible in the scenario, so it has no amount to claim"
    case (.wantsMore(let k), .notEligible):
      "\(k) is not eligible in the scenario, so it cannot receive unclaimed money"
    case (.claimed(let k), .negativeClaim(let claim)),
      (.wantsMore(let k), .negativeClaim(let claim)):
      "the claim of \(k) must be a number of kronor from 0 to its amount, got \(Self.kronor(claim))"
    case (.claimed(let k), .claimAboveEntitlement(let claim, let entitlement)),
      (.wantsMore(let k), .claimAboveEntitlement(let claim, let entitlement)):
      "the claim of \(k), \(Self.kronor(claim)) kr, is above its amount in the scenario, "
        + "\(Self.kronor(entitlement)) kr"
    case (.claimed(let k), .claimsLessAndWantsMore), (.wantsMore(let k), .claimsLessAndWantsMore):
      "\(k) claims less than its amount and also asks for more; a kommun does one or the other"
    case (_, .nothingToShareBy):
      "the kommuner in 'wants_more' have nothing the rule can share the unclaimed money by "
        + "(no weighted areas under 'key', no amount under 'pro_rata')"
    case (.redistribution, _):
      "the claims cannot be applied"
    }
  }

  /// How to fix it, when there is something useful to say.
  public var hint: String? {
    switch problem {
    case .claimAboveEntitlement: "a kommun that claims all of its amount is left out of 'claimed_kr'"
    case .claimsLessAndWantsMore: "take it out of 'claimed_kr' or out of 'wants_more'"
    case .nothingToShareBy: "with class weights of 0, 'redistribution: pro_rata' shares by the amounts instead"
    default: nil
    }
  }

  /// Kronor for a message: whole kronor as they are, others to two decimals.
  static func kronor(_ value: Double) -> String {
    guard value.isFinite else { return "\(value)" }
    if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
    return String(Double((value * 100).rounded() / 100))
  }
}
