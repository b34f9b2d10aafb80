extension Claims {
  /// Every problem of the claims against an allocation, in a fixed order: the claims in Swedish name
  /// order, then the kommuner that ask for more in the order given.
  ///
  /// A claim must lie from 0 to the kommun's entitlement (its unrounded amount); a kommun that claims less
  /// cannot also ask for more; every kommun named must be eligible in the allocation.
  public func validationErrors(against allocation: Allocation) -> [ClaimsError] {
    var errors: [ClaimsError] = []
    let asking = Set(wantsMore)
    for kommun in claimedKr.keys.sorted(by: SwedishCollation.precedes) {
      guard let claim = claimedKr[kommun] else { continue }
      guard let entitlement = allocation[kommun]?.amount else {
        errors.append(.init(.claimed(kommun), .notEligible))
        continue
      }
      if !(claim.isFinite && claim >= 0) {
        errors.append(.init(.claimed(kommun), .negativeClaim(claim)))
      } else if claim > entitlement {
        errors.append(.init(.claimed(kommun), .claimAboveEntitlement(claim: claim, entitlement: entitlement)))
      }
      if asking.contains(kommun) { errors.append(.init(.wantsMore(kommun), .claimsLessAndWantsMore)) }
    }
    for kommun in wantsMore where allocation[kommun] == nil {
      errors.append(.init(.wantsMore(kommun), .notEligible))
    }
    return errors
  }
}
