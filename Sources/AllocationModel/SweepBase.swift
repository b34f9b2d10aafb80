/// What a sweep changes: a basis, the populations, the key, the policy for delisted areas and the split reading.
public struct SweepBase: Sendable {
  /// The areas of the base.
  public var basis: Basis
  /// Every population figure the base knows, eligible kommuner or not.
  public var population: [String: Double]
  /// The key.
  public var key: DistributionKey
  /// How delisted areas count.
  public var delisted: DelistedPolicy
  /// How split areas count.
  public var splits: SplitReading

  /// Creates a base.
  public init(
    basis: Basis, population: [String: Double], key: DistributionKey, delisted: DelistedPolicy,
    splits: SplitReading
  ) {
    self.basis = basis
    self.population = population
    self.key = key
    self.delisted = delisted
    self.splits = splits
  }

  /// The base's allocation, by the one rule of the key.
  public func allocation() throws(AllocationError) -> Allocation {
    try Allocation(key: key, basis: basis, delisted: delisted, splits: splits) { population[$0] }
  }

  /// The name a sweep gives a new area of a class in a kommun, unless an area of the basis has it.
  public static func newAreaStem(kommun: String, areaClass: AreaClass) -> String {
    "Nytt \(areaClass.rawValue)-område i \(kommun)"
  }

  /// The name of the area a sweep adds in a kommun at a class: one no area of the basis has.
  public func newAreaName(kommun: String, areaClass: AreaClass) -> String {
    let stem = Self.newAreaStem(kommun: kommun, areaClass: areaClass)
    var name = stem
    var n = 2
    while basis.areas.contains(where: { $0.name == name || $0.formerNames.contains(name) }) {
      name = "\(stem) \(n)"
      n += 1
    }
    return name
  }
}
