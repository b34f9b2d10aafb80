extension Claims.Redistribution {
  /// What became of the unclaimed money.
  public enum Sharing: Sendable, Hashable {
    /// Shared among the kommuner that ask for more.
    case shared
    /// No kommun asks for more: the money goes back to the state.
    case returned
    /// The kommuner that ask for more have nothing the rule can share by (see
    /// ``ClaimsError/Problem/nothingToShareBy``); nothing is shared.
    case nothingToShareBy
  }

  /// Shares the unclaimed money among the kommuner that ask for more: the one computation of the rule,
  /// which ``ClaimsOutcome`` and the Monte Carlo kernel both call.
  ///
  /// Under ``key`` the money is distributed like a budget by the key on those kommuner alone: a share
  /// `areaShare` by weighted area count, the rest by population, each step by ``DistributionKey/part(of:_:over:)``.
  /// Under ``proRata`` it is distributed in proportion to their entitlements. Sums run in index order
  /// (callers pass the kommuner in Swedish name order), so the result never depends on anything else.
  ///
  /// - Parameters:
  ///   - unclaimed: the money not claimed, `Σ (entitlement − claimed)`, unrounded kronor (≥ 0).
  ///   - areaShare: the key's area share (used by ``key`` only).
  ///   - entitlement: each kommun's unrounded amount.
  ///   - weight: each kommun's weighted area count.
  ///   - population: each kommun's population.
  ///   - wantsMore: whether each kommun asks for more.
  ///   - redistributed: receives each kommun's share (0 for the others, and for all when nothing is shared).
  /// - Returns: what became of the money.
  /// - Precondition: every buffer has the same count.
  @inlinable
  public func share(
    _ unclaimed: Double, areaShare: Double, entitlement: UnsafeBufferPointer<Double>,
    weight: UnsafeBufferPointer<Double>, population: UnsafeBufferPointer<Double>,
    wantsMore: UnsafeBufferPointer<Bool>, into redistributed: UnsafeMutableBufferPointer<Double>
  ) -> Sharing {
    let count = wantsMore.count
    precondition(
      entitlement.count == count && weight.count == count && population.count == count
        && redistributed.count == count, "one entitlement, weight, population and share per kommun")
    for i in 0..<count { redistributed[i] = 0 }
    guard wantsMore.contains(true) else { return .returned }
    switch self {
    case .key:
      var totalWeight = 0.0
      var totalPopulation = 0.0
      for i in 0..<count where wantsMore[i] {
        totalWeight += weight[i]
        totalPopulation += population[i]
      }
      let areaMoney = areaShare * unclaimed
      let populationMoney = (1 - areaShare) * unclaimed
      let byArea = areaMoney > 0
      let byPopulation = populationMoney > 0
      guard !byArea || totalWeight > 0, !byPopulation || totalPopulation > 0 else { return .nothingToShareBy }
      for i in 0..<count where wantsMore[i] {
        let areaPart = byArea ? DistributionKey.part(of: areaMoney, weight[i], over: totalWeight) : 0
        let populationPart =
          byPopulation ? DistributionKey.part(of: populationMoney, population[i], over: totalPopulation) : 0
        redistributed[i] = areaPart + populationPart
      }
    case .proRata:
      guard unclaimed > 0 else { return .shared }
      var total = 0.0
      for i in 0..<count where wantsMore[i] { total += entitlement[i] }
      guard total > 0 else { return .nothingToShareBy }
      for i in 0..<count where wantsMore[i] {
        redistributed[i] = DistributionKey.part(of: unclaimed, entitlement[i], over: total)
      }
    }
    return .shared
  }
}
