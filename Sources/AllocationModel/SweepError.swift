/// Why a sweep cannot be enumerated or compiled.
public enum SweepError: Error, Sendable, Hashable {
  /// The base itself cannot be allocated.
  case base(AllocationError)
  /// A change of the sweep does not apply to the base.
  case change(id: String, ListChangeError)
  /// A population change of the sweep does not apply.
  case population(id: String, PopulationChangeError)
  /// A kommun would become eligible but has no population figure.
  case missingPopulation(kommun: String, id: String)
  /// A new kommun is already eligible in the base.
  case alreadyEligible(kommun: String)
  /// A change leaves no weight to distribute step 1 by.
  case zeroTotalWeight(id: String)
}

extension SweepError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .base(let e): "the sweep's base cannot be allocated: \(e.description)"
    case .change(let id, let e): "the sweep's change \(id) does not apply: \(e.description)"
    case .population(let id, let e): "the sweep's change \(id) does not apply: \(e.description)"
    case .missingPopulation(let k, let id):
      "\(k) becomes eligible in the sweep's change \(id) but has no population at the base's population date"
    case .alreadyEligible(let k):
      "\(k) is already eligible in the base: a new area there is tried anyway, so leave it out of the new kommuner"
    case .zeroTotalWeight(let id): "the sweep's change \(id) leaves a total weight of zero: step 1 cannot be divided"
    }
  }
}

extension SweepError: UserFacingError {}
