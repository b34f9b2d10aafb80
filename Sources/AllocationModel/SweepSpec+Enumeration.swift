extension SweepSpec {
  /// The changes the spec tries on a base, in a fixed order: reclassifications, delistings, relistings,
  /// additions (eligible kommuner, then new ones), population factors, the extra changes, then the pairs.
  ///
  /// Each group follows the basis order of areas, Swedish name order of kommuner and the class order
  /// UO, RO, SUO, so the list (and a contiguous range of it) is the same on every run.
  public func changes(for base: SweepBase) throws(SweepError) -> [SweepChange] {
    let allocation: Allocation
    do { allocation = try base.allocation() } catch { throw .base(error) }
    let eligible = allocation.kommuner.map(\.kommun)
    let eligibleSet = Set(eligible)
    for kommun in newKommuner {
      guard !eligibleSet.contains(kommun) else { throw .alreadyEligible(kommun: kommun) }
    }
    func kept(_ kind: SweepChange.Kind, kommun: String, area: String? = nil) -> Bool {
      guard kinds.contains(kind) else { return false }
      if let kommuner, !kommuner.contains(kommun) { return false }
      if let areas, let area, !areas.contains(area) { return false }
      return true
    }
    var singles: [ScenarioChange] = []
    let listed = base.basis.areas.filter(\.isListed)
    for area in listed where kept(.reclassify, kommun: area.kommun, area: area.name) {
      for c in AreaClass.allCases where c != area.areaClass {
        singles.append(.list(.reclassify(area: area.name, to: c)))
      }
    }
    for area in listed where kept(.delist, kommun: area.kommun, area: area.name) {
      singles.append(.list(.delist(area: area.name)))
    }
    for area in base.basis.areas where !area.isListed && kept(.relist, kommun: area.kommun, area: area.name) {
      for c in AreaClass.allCases { singles.append(.list(.relist(area: area.name, areaClass: c))) }
    }
    let addKommuner = eligible.filter { kept(.add, kommun: $0) } + (kinds.contains(.add) ? newKommuner : [])
    for kommun in addKommuner {
      for c in AreaClass.allCases {
        singles.append(.list(.add(area: base.newAreaName(kommun: kommun, areaClass: c), kommun: kommun, areaClass: c)))
      }
    }
    for kommun in eligible where kept(.population, kommun: kommun) {
      for f in populationFactors {
        singles.append(.population(PopulationChange(kommun: kommun, operation: .factor(f))))
      }
    }
    singles += extra
    var out = singles.compactMap(SweepChange.init(single:))
    if pairs {
      let list = out.filter { $0.kind != .population }
      let keys = list.map { Self.areaKey($0.steps[0], in: base) }
      for i in list.indices {
        for j in list.indices where j > i && keys[i] != keys[j] {
          out.append(SweepChange(pair: list[i], list[j]))
        }
      }
    }
    return out
  }

  /// What two changes of a pair must not share: the area (or, under the technical reading, the split group),
  /// so that the pair's effect is the sum of two independent steps.
  static func areaKey(_ step: ScenarioChange, in base: SweepBase) -> String {
    switch step {
    case .population(let p): return "population:" + p.kommun
    case .list(let change):
      let name = change.introducedNames.first ?? change.area
      if base.splits == .technical, let group = base.basis[name]?.splitGroup { return "group:" + group }
      return "area:" + name
    }
  }
}
