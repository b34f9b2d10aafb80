/// One entry of a scenario's `changes:`: a change to the police list or to a population.
public enum ScenarioChange: Sendable, Hashable, Codable {
  /// A change to the police list.
  case list(ListChange)
  /// A change to a kommun's population.
  case population(PopulationChange)
}

extension ScenarioChange: CustomStringConvertible {
  /// The change in words.
  public var description: String {
    switch self {
    case .list(let c): c.description
    case .population(let c): c.description
    }
  }
}
