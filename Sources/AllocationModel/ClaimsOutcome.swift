/// Claims applied to an allocation: what each kommun is entitled to, claims, receives of the unclaimed
/// money and finally gets, and what goes back to the state.
///
/// See `docs/domain.md`, "Claims and redistribution". Whole kronor: the finals, and the money returned
/// to the state when no kommun asks for more, are rounded together by largest remainder, so that they sum
/// exactly to the budget (ties to the earlier kommun in Swedish order, the returned money last).
public struct ClaimsOutcome: Sendable, Hashable, Codable {
  /// One kommun's money through the claims.
  public struct Row: Sendable, Hashable, Codable {
    /// The kommun.
    public var kommun: String
    /// Its amount in the allocation, unrounded.
    public var entitlementKr: Double
    /// What it claims, unrounded (its entitlement unless it claims less).
    public var claimedKr: Double
    /// Its share of the unclaimed money, unrounded.
    public var redistributedKr: Double
    /// `claimed + redistributed`, unrounded.
    public var finalKr: Double
    /// The final amount in whole kronor.
    public var finalKrRounded: Int64
  }

  /// The claims applied.
  public var claims: Claims
  /// Every eligible kommun, in Swedish name order.
  public var rows: [Row]
  /// The money not claimed, `Σ (entitlement − claimed)`, unrounded.
  public var unclaimedKr: Double
  /// The money that goes back to the state: the unclaimed money when no kommun asks for more, else 0.
  public var returnedKr: Double
  /// The money that goes back to the state, whole kronor; with the rounded finals it sums to the budget.
  public var returnedKrRounded: Int64

  /// The row of a kommun, if it is eligible.
  public subscript(kommun: String) -> Row? { rows.first { $0.kommun == kommun } }

  /// Applies claims to an allocation.
  ///
  /// - Throws: the first of ``Claims/validationErrors(against:)``, or ``ClaimsError/Problem/nothingToShareBy``.
  public init(allocation: Allocation, claims: Claims) throws(ClaimsError) {
    if let first = claims.validationErrors(against: allocation).first { throw first }
    let kommuner = allocation.kommuner
    let entitlement = kommuner.map(\.amount)
    let claimed = kommuner.map { claims.claimedKr[$0.kommun] ?? $0.amount }
    let asking = Set(claims.wantsMore)
    let wantsMore = kommuner.map { asking.contains($0.kommun) }
    let weight = kommuner.map(\.weight)
    let population = kommuner.map(\.population)
    var unclaimed = 0.0
    for (e, c) in zip(entitlement, claimed) { unclaimed += e - c }
    var redistributed = [Double](repeating: 0, count: kommuner.count)
    let sharing = entitlement.withUnsafeBufferPointer { e in
      weight.withUnsafeBufferPointer { w in
        population.withUnsafeBufferPointer { p in
          wantsMore.withUnsafeBufferPointer { m in
            redistributed.withUnsafeMutableBufferPointer { r in
              claims.redistribution.share(
                unclaimed, areaShare: allocation.key.areaShare, entitlement: e, weight: w, population: p,
                wantsMore: m, into: r)
            }
          }
        }
      }
    }
    if sharing == .nothingToShareBy { throw ClaimsError(.redistribution, .nothingToShareBy) }
    let returned = sharing == .returned ? unclaimed : 0
    let finals = zip(claimed, redistributed).map { $0 + $1 }
    let values = returned > 0 ? finals + [returned] : finals
    let rounded = LargestRemainder.round(values, total: allocation.key.budget, tieBreak: Array(values.indices))
    self.claims = claims
    self.rows = kommuner.indices.map { i in
      Row(
        kommun: kommuner[i].kommun, entitlementKr: entitlement[i], claimedKr: claimed[i],
        redistributedKr: redistributed[i], finalKr: finals[i], finalKrRounded: rounded[i])
    }
    self.unclaimedKr = unclaimed
    self.returnedKr = returned
    self.returnedKrRounded = returned > 0 ? rounded[finals.count] : 0
  }
}
