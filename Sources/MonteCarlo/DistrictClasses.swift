import AllocationModel

/// Where each part of a district plan finds its area's class in a draw: fixed, or from a listed unit
/// that may change (``DrawKernel/DrawView/unitClassAfter``).
struct DistrictClasses: Sendable {
  /// Per part: its area's class in the scenario basis when it counts, else `nil`.
  let fixed: [AreaClass?]
  /// Per part: the listed unit that may change holding its area, or -1.
  let unit: [Int]
  /// Per part with a unit: the unit's class rank before the draw.
  let unitRank: [Int32]
  /// Whether a delisted area keeps counting at its class.
  let persist: Bool

  /// Maps a plan's parts to the scenario basis and the model's units.
  init(plan: DistrictPlan, basis: Basis, delisted: DelistedPolicy, model: CompiledModel) {
    var unitOfArea: [String: Int] = [:]
    for (u, members) in model.unitMembers.enumerated() {
      for name in members { unitOfArea[name] = u }
    }
    var fixed: [AreaClass?] = []
    var unit: [Int] = []
    var unitRank: [Int32] = []
    for index in plan.areaIndices(in: basis) {
      guard let i = index else {
        fixed.append(nil)
        unit.append(-1)
        unitRank.append(-1)
        continue
      }
      let area = basis.areas[i]
      fixed.append(area.counts(under: delisted) ? area.areaClass : nil)
      let u = unitOfArea[area.name] ?? -1
      unit.append(u)
      unitRank.append(u >= 0 ? model.unitClass[u] : -1)
    }
    self.fixed = fixed
    self.unit = unit
    self.unitRank = unitRank
    persist = delisted == .persist
  }

  /// The class of part `p`'s area after a draw, or `nil` when it does not count.
  ///
  /// A unit the draw left at its class keeps each area at its own class (the parts of a technical split may
  /// differ); a unit moved to another class takes every area with it; a delisted unit's areas keep their class
  /// under `persist` and stop counting under `drop`.
  @inline(__always)
  func areaClass(_ p: Int, after: UnsafePointer<Int32>) -> AreaClass? {
    let u = unit[p]
    guard u >= 0 else { return fixed[p] }
    let rank = after[u]
    if rank == unitRank[p] { return fixed[p] }
    if rank < 0 { return persist ? fixed[p] : nil }
    return AreaClass.allCases[Int(rank)]
  }
}
