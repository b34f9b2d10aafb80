/// A change to one kommun's population in a scenario: a factor, a new figure, or an addition.
public struct PopulationChange: Sendable, Hashable, Codable {
  /// What is done to the population.
  public enum Operation: Sendable, Hashable, Codable {
    /// Multiply by a factor (`1.02` is 2 % growth).
    case factor(Double)
    /// Replace by a figure; the only change that can give a kommun without a figure its population.
    case set(Double)
    /// Add a number of inhabitants (negative to remove).
    case add(Double)
  }

  /// The kommun.
  public var kommun: String
  /// What is done to its population.
  public var operation: Operation

  /// Creates a population change.
  public init(kommun: String, operation: Operation) {
    self.kommun = kommun
    self.operation = operation
  }

  /// Applies the change to a map from kommun to population, or throws without changing it.
  public func apply(to population: inout [String: Double]) throws(PopulationChangeError) {
    let before = population[kommun]
    let after: Double
    switch operation {
    case .set(let value):
      after = value
    case .factor(let factor):
      guard factor.isFinite, factor > 0 else { throw .invalidFactor(kommun: kommun, factor) }
      guard let before else { throw .noPopulationToChange(kommun: kommun) }
      after = before * factor
    case .add(let value):
      guard value.isFinite else { throw .resultNotPositive(kommun: kommun, value) }
      guard let before else { throw .noPopulationToChange(kommun: kommun) }
      after = before + value
    }
    guard after.isFinite, after > 0 else { throw .resultNotPositive(kommun: kommun, after) }
    population[kommun] = after
  }
}

extension PopulationChange: CustomStringConvertible {
  /// The change in words, e.g. `population of Uppsala × 1.02`.
  public var description: String {
    switch operation {
    case .factor(let f): "population of \(kommun) × \(f)"
    case .set(let v): "population of \(kommun) = \(v)"
    case .add(let v): "population of \(kommun) \(v < 0 ? "−" : "+") \(abs(v))"
    }
  }
}

/// Why a population change cannot be applied.
public enum PopulationChangeError: Error, Sendable, Hashable {
  /// `factor` or `add` on a kommun that has no figure at the population date.
  case noPopulationToChange(kommun: String)
  /// A factor that is zero, negative or not finite.
  case invalidFactor(kommun: String, Double)
  /// The population after the change would be zero, negative or not finite.
  case resultNotPositive(kommun: String, Double)
}

extension PopulationChangeError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .noPopulationToChange(let k):
      "\(k) has no population at the population date to change; give one with `set`"
    case .invalidFactor(let k, let f): "the population factor for \(k) must be a positive number, got \(f)"
    case .resultNotPositive(let k, let v):
      "the population of \(k) would become \(v.isFinite ? String(Int64(v.rounded())) : "\(v)"); it must stay positive"
    }
  }
}

extension PopulationChangeError: UserFacingError {}
