/// What one kommun's areas contribute to step 1 of the key.
public struct KommunTally: Sendable, Hashable, Codable {
  /// The kommun's name.
  public var kommun: String
  /// The number of counting areas of each class (a technical split's group counts once).
  public var areas: [AreaClass: Int]
  /// How many of the counting areas are delisted and persist in the basis.
  public var delistedAreas: Int
  /// The weighted count: Σ weight(class) over the counting areas.
  public var weight: Double

  /// Creates a tally.
  public init(kommun: String, areas: [AreaClass: Int] = [:], delistedAreas: Int = 0, weight: Double = 0) {
    self.kommun = kommun
    self.areas = areas
    self.delistedAreas = delistedAreas
    self.weight = weight
  }

  /// The number of counting areas of a class.
  public func count(_ areaClass: AreaClass) -> Int { areas[areaClass, default: 0] }

  /// The number of counting areas of all classes.
  public var areaCount: Int { areas.values.reduce(0, +) }
}

extension Basis {
  /// One unit of the key: an area, or under the technical reading the group of a split's parts.
  public struct KeyUnit: Sendable, Hashable {
    /// The kommun of the unit.
    public var kommun: String
    /// The class the unit counts with.
    public var areaClass: AreaClass
    /// Whether every area of the unit is delisted.
    public var isDelisted: Bool
    /// The names of the areas in the unit.
    public var members: [String]
  }

  /// The units that count under a policy and a split reading, in basis order.
  ///
  /// Under `technical`, the parts of one split form a single unit with the highest class among
  /// the parts that count; it is delisted only when every counting part is.
  public func keyUnits(delisted policy: DelistedPolicy, splits: SplitReading) -> [KeyUnit] {
    var units: [KeyUnit] = []
    var groupIndex: [String: Int] = [:]
    for area in areas where area.counts(under: policy) {
      if splits == .technical, let group = area.splitGroup {
        if let i = groupIndex[group] {
          units[i].areaClass = max(units[i].areaClass, area.areaClass)
          units[i].isDelisted = units[i].isDelisted && !area.isListed
          units[i].members.append(area.name)
          continue
        }
        groupIndex[group] = units.count
      }
      units.append(
        KeyUnit(kommun: area.kommun, areaClass: area.areaClass, isDelisted: !area.isListed, members: [area.name]))
    }
    return units
  }

  /// Each eligible kommun's tally under a policy, a split reading and class weights.
  ///
  /// A kommun is eligible when at least one of its areas counts. The result is sorted by
  /// kommun name in Swedish order.
  public func tallies(
    delisted policy: DelistedPolicy, splits: SplitReading = .literal, weights: ClassWeights = .official
  ) -> [KommunTally] {
    var byKommun: [String: KommunTally] = [:]
    for unit in keyUnits(delisted: policy, splits: splits) {
      var tally = byKommun[unit.kommun] ?? KommunTally(kommun: unit.kommun)
      tally.areas[unit.areaClass, default: 0] += 1
      tally.delistedAreas += unit.isDelisted ? 1 : 0
      tally.weight += weights[unit.areaClass]
      byKommun[unit.kommun] = tally
    }
    return byKommun.values.sorted { SwedishCollation.precedes($0.kommun, $1.kommun) }
  }
}
