import AllocationModel
import FordelaGSL

/// A simulation input flattened into arrays for the hot loop: kommuner by index, listed units by
/// class, transition thresholds and landing tables.
struct CompiledModel: Sendable {
  /// What one transition outcome does to its unit's kommun.
  struct Outcome: Sendable {
    /// The upper end of the outcome's interval of the uniform draw.
    var cumulative: Double
    var weightDelta: Double
    var countDelta: Int32
    /// The unit's class rank after the outcome, or -1 when the outcome delists it.
    var toClass: Int32
  }

  let names: [String]
  let baseline: [Double]
  let population: [Double]
  let growthMean: [Double]
  let growthSD: [Double]
  let hasGrowth: Bool
  /// Weight and count of every kommun before the draw's changes (all counting units at their class).
  let startWeight: [Double]
  let startCount: [Int32]
  /// Listed units that may change: their kommun index and class rank.
  let unitKommun: [Int32]
  let unitClass: [Int32]
  /// The names of the areas of each listed unit that may change (one, or a technical split's parts).
  let unitMembers: [[String]]
  /// For each class rank, the probability of no change.
  let stay: [Double]
  /// For each class rank, the other outcomes in order (cumulative from `stay`).
  let outcomes: [[Outcome]]
  let newAreaMean: Double
  /// Landing kommun indices and their relative weights.
  let landingKommun: [Int32]
  let landingWeights: [Double]
  /// Class-mix probabilities and class weights, by class rank.
  let classMix: [Double]
  let classWeight: [Double]
  let areaMoney: Double
  let populationMoney: Double

  init(_ input: SimulationInput) throws(MonteCarloError) {
    let spec = input.uncertainty
    guard spec.draws > 0 else { throw .noDraws(spec.draws) }
    try Self.validate(spec)
    do { try input.key.validate() } catch { throw .invalidParameter(error.description) }

    let units = input.basis.keyUnits(delisted: input.delisted, splits: input.splits)
    var nameSet = Set(input.baseline.kommuner.map(\.kommun)).union(units.map(\.kommun))
    if case .table(let candidates)? = spec.newAreas?.kommuner { nameSet.formUnion(candidates.map(\.kommun)) }
    let names = nameSet.sorted(by: SwedishCollation.precedes)
    let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
    self.names = names
    baseline = names.map { input.baseline[$0]?.amount ?? 0 }

    let weights = input.key.weights
    classWeight = AreaClass.allCases.map { weights[$0] }
    var startWeight = [Double](repeating: 0, count: names.count)
    var startCount = [Int32](repeating: 0, count: names.count)
    var unitKommun: [Int32] = []
    var unitClass: [Int32] = []
    var unitMembers: [[String]] = []
    for unit in units {
      guard let position = index[unit.kommun] else { preconditionFailure("\(unit.kommun) is among the names") }
      let k = Int(position)
      startWeight[k] += weights[unit.areaClass]
      startCount[k] += 1
      if !unit.isDelisted && spec.reclassification != nil {
        unitKommun.append(Int32(k))
        unitClass.append(Int32(unit.areaClass.rank))
        unitMembers.append(unit.members)
      }
    }
    self.startWeight = startWeight
    self.startCount = startCount
    self.unitKommun = unitKommun
    self.unitClass = unitClass
    self.unitMembers = unitMembers

    var stay: [Double] = []
    var outcomes: [[Outcome]] = []
    for from in AreaClass.allCases {
      let rows = spec.reclassification?.transitions(from: from) ?? [(.areaClass(from), 1)]
      stay.append(rows[0].probability)
      var cumulative = rows[0].probability
      var list: [Outcome] = []
      for (target, probability) in rows.dropFirst() where probability > 0 {
        cumulative += probability
        switch target {
        case .areaClass(let to):
          list.append(
            Outcome(
              cumulative: cumulative, weightDelta: weights[to] - weights[from], countDelta: 0,
              toClass: Int32(to.rank)))
        case .delisted:
          // Under persist a unit that leaves the list keeps counting at its class: no effect.
          list.append(
            input.delisted == .persist
              ? Outcome(cumulative: cumulative, weightDelta: 0, countDelta: 0, toClass: -1)
              : Outcome(cumulative: cumulative, weightDelta: -weights[from], countDelta: -1, toClass: -1))
        }
      }
      // Guard against rounding: the last outcome takes every uniform draw above `stay`.
      if !list.isEmpty { list[list.count - 1].cumulative = .infinity }
      outcomes.append(list)
    }
    self.stay = stay
    self.outcomes = outcomes

    var population = names.map { input.population[$0] ?? 0 }
    var landingKommun: [Int32] = []
    var landingWeights: [Double] = []
    if let newAreas = spec.newAreas, newAreas.mean > 0 {
      switch newAreas.kommuner {
      case .population:
        for (k, count) in startCount.enumerated() where count > 0 {
          landingKommun.append(Int32(k))
          landingWeights.append(population[k])
        }
      case .table(let candidates):
        for candidate in candidates where candidate.weight > 0 {
          guard let position = index[candidate.kommun] else {
            preconditionFailure("\(candidate.kommun) is among the names")
          }
          let k = Int(position)
          if population[k] <= 0, let given = candidate.population { population[k] = given }
          guard population[k] > 0 else { throw .missingPopulation(candidate.kommun) }
          landingKommun.append(Int32(k))
          landingWeights.append(candidate.weight)
        }
      }
      guard landingWeights.contains(where: { $0 > 0 }) else {
        throw .invalidParameter("new_areas: no kommun can receive a new area (all landing weights are zero)")
      }
    }
    for (k, count) in startCount.enumerated() where count > 0 && !(population[k] > 0) {
      throw .missingPopulation(names[k])
    }
    self.population = population
    self.landingKommun = landingKommun
    self.landingWeights = landingWeights
    newAreaMean = landingWeights.isEmpty ? 0 : spec.newAreas?.mean ?? 0
    classMix = AreaClass.allCases.map { spec.newAreas?.classMix[$0] ?? 0 }

    let growth = spec.populationGrowth
    growthMean = names.map { growth?.rate(for: $0).mean ?? 0 }
    growthSD = names.map { growth?.rate(for: $0).sd ?? 0 }
    hasGrowth = growth != nil
    let budget = Double(input.key.budget)
    areaMoney = input.key.areaShare * budget
    populationMoney = (1 - input.key.areaShare) * budget
  }

  /// Checks the uncertainty model with the one validation the scenario reader also uses.
  private static func validate(_ spec: UncertaintySpec) throws(MonteCarloError) {
    do {
      try spec.validate()
    } catch {
      throw .invalidParameter(error.description)
    }
  }
}
