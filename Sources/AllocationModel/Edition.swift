/// One edition of the police list (*lägesbild över utsatta områden*).
public struct Edition: Sendable, Hashable, Codable {
  /// The edition's identifier, its year: `"2019"`, `"2021"`, `"2023"`.
  public var id: String
  /// The areas on the list.
  public var areas: [ListedArea]

  /// Creates an edition.
  public init(id: String, areas: [ListedArea]) {
    self.id = id
    self.areas = areas
  }

  /// The sum of the official weights of the listed areas.
  public func totalWeight(_ weights: ClassWeights = .official) -> Double {
    areas.reduce(0) { $0 + weights[$1.areaClass] }
  }
}
