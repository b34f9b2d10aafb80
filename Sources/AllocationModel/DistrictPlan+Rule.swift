extension DistrictPlan {
  /// Each district's unrounded amount, written into `amounts` (one per ``districts``): the one
  /// implementation of the rule, used by ``DistrictSplit`` and by each draw of a Monte Carlo run.
  ///
  /// A kommun without money (one that is not eligible in the basis) gives every district 0.
  ///
  /// - Parameters:
  ///   - kommunAmount: the kommun's unrounded amount.
  ///   - partClass: the class of part `p`'s area in the basis, or `nil` when the area does not count.
  ///   - amounts: `districts.count` elements, which need not be initialized.
  /// - Throws: ``DistrictError`` when the earmarks exceed the amount, or money is left with nothing to share it by.
  public func amounts(
    kommunAmount: Double, partClass: (Int) -> AreaClass?, into amounts: UnsafeMutableBufferPointer<Double>
  ) throws(DistrictError) {
    precondition(amounts.count == districts.count, "one amount per district")
    guard kommunAmount > 0 else {
      amounts.initialize(repeating: 0)
      return
    }
    let earmarks = totalEarmarks
    let rest = kommunAmount - earmarks
    guard rest >= 0 else { throw .earmarksExceedAmount(kommun: kommun, amount: kommunAmount, earmarks: earmarks) }
    // First each district's weighted population, summed in the order of the parts.
    amounts.initialize(repeating: 0)
    var total = 0.0
    for p in parts.indices {
      guard let areaClass = partClass(p) else { continue }
      let weighted = classWeights[areaClass] * parts[p].population
      amounts[partDistrict[p]] += weighted
      total += weighted
    }
    guard total > 0 else {
      guard rest == 0 else { throw .nothingToShareBy(kommun: kommun, rest: rest) }
      for d in amounts.indices { amounts[d] = districtEarmarks[d] }
      return
    }
    for d in amounts.indices {
      amounts[d] = districtEarmarks[d] + DistributionKey.part(of: rest, amounts[d], over: total)
    }
  }

  /// The position in `basis.areas` of each part's area: the area with that name now, or that had it
  /// before a rename; `nil` when the basis has no such area in the plan's kommun.
  public func areaIndices(in basis: Basis) -> [Int?] {
    var index: [String: Int] = [:]
    for (i, area) in basis.areas.enumerated() where area.kommun == kommun {
      for name in area.formerNames where index[name] == nil { index[name] = i }
    }
    // Current names win over former names.
    for (i, area) in basis.areas.enumerated() where area.kommun == kommun { index[area.name] = i }
    return parts.map { index[$0.area] }
  }
}
