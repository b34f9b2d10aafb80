/// What one eligible kommun brings to the key: its weighted area count and its population.
public struct KommunInput: Sendable, Hashable, Codable {
  /// The kommun's name.
  public var kommun: String
  /// The weighted count of its counting areas.
  public var weight: Double
  /// Its population (SCB *folkmängd*).
  public var population: Double

  /// Creates a kommun's input to the key.
  public init(kommun: String, weight: Double, population: Double) {
    self.kommun = kommun
    self.weight = weight
    self.population = population
  }
}

/// One kommun's share of the money.
public struct KommunAllocation: Sendable, Hashable, Codable {
  /// The kommun's name.
  public var kommun: String
  /// The weighted area count it was allocated by.
  public var weight: Double
  /// The population it was allocated by.
  public var population: Double
  /// Step 1, unrounded kronor: `areaShare · budget · weight / Σweight`.
  public var areaPart: Double
  /// Step 2, unrounded kronor: `(1 − areaShare) · budget · population / Σpopulation`.
  public var populationPart: Double
  /// The whole amount in unrounded kronor.
  public var amount: Double
  /// The amount in whole kronor, a multiple of the key's rounding unit; the rounded amounts of an allocation
  /// sum exactly to the budget.
  public var rounded: Int64
}

/// The key applied to the eligible kommuner: every kommun's amount, in Swedish name order.
public struct Allocation: Sendable, Hashable, Codable {
  /// The key that was applied.
  public var key: DistributionKey
  /// The kommuner's amounts, sorted by name in Swedish order.
  public var kommuner: [KommunAllocation]
  /// Σ weight over the eligible kommuner.
  public var totalWeight: Double
  /// Σ population over the eligible kommuner.
  public var totalPopulation: Double

  /// The sum of the rounded amounts; equal to the budget by construction.
  public var totalRounded: Int64 { kommuner.reduce(0) { $0 + $1.rounded } }

  /// The allocation of one kommun, if it is eligible.
  public subscript(kommun: String) -> KommunAllocation? {
    kommuner.first { $0.kommun == kommun }
  }

  /// Applies a key to the eligible kommuner.
  ///
  /// Throws instead of producing NaN: for an invalid key, no kommuner, a duplicate kommun, a
  /// negative or non-finite weight, a population that is not positive, or a total weight of zero.
  public init(key: DistributionKey, inputs: [KommunInput]) throws(AllocationError) {
    try key.validate()
    guard !inputs.isEmpty else { throw .noEligibleKommuner }
    for input in inputs {
      guard input.weight.isFinite, input.weight >= 0 else {
        throw .invalidKommunWeight(kommun: input.kommun, value: input.weight)
      }
      guard input.population.isFinite, input.population > 0 else {
        throw .invalidPopulation(kommun: input.kommun, value: input.population)
      }
    }
    // Inputs usually arrive in strictly increasing Swedish order already (tallies are sorted), which
    // also proves the names distinct. Otherwise sort, and a duplicate sits next to its twin.
    let inOrder = inputs.withUnsafeBufferPointer { inputs in
      inputs.indices.dropFirst().allSatisfy { SwedishCollation.precedes(inputs[$0 - 1].kommun, inputs[$0].kommun) }
    }
    let sorted = inOrder ? inputs : inputs.sorted { SwedishCollation.precedes($0.kommun, $1.kommun) }
    if !inOrder {
      for (a, b) in zip(sorted, sorted.dropFirst()) where !SwedishCollation.precedes(a.kommun, b.kommun) {
        throw .duplicateKommun(a.kommun)
      }
    }
    // Sum in name order, so the result never depends on the order of the input.
    let totalWeight = sorted.reduce(0) { $0 + $1.weight }
    let totalPopulation = sorted.reduce(0) { $0 + $1.population }
    guard totalWeight > 0 else { throw .zeroTotalWeight }
    let budget = Double(key.budget)
    let areaMoney = key.areaShare * budget
    let populationMoney = (1 - key.areaShare) * budget
    let count = sorted.count
    let kommuner = [KommunAllocation](unsafeUninitializedCapacity: count) { kommuner, initialized in
      // The rounding works on the stack: the result's array is the call's only allocation.
      withUnsafeTemporaryAllocation(of: Double.self, capacity: count) { amounts in
        withUnsafeTemporaryAllocation(of: Int64.self, capacity: count) { rounded in
          for (i, input) in sorted.enumerated() {
            let areaPart = DistributionKey.part(of: areaMoney, input.weight, over: totalWeight)
            let populationPart = DistributionKey.part(of: populationMoney, input.population, over: totalPopulation)
            amounts.initializeElement(at: i, to: areaPart + populationPart)
            kommuner.initializeElement(
              at: i,
              to: KommunAllocation(
                kommun: input.kommun, weight: input.weight, population: input.population,
                areaPart: areaPart, populationPart: populationPart, amount: amounts[i], rounded: 0))
          }
          initialized = count
          // Largest remainder in units of the rounding unit: amounts and budget in units, then back to kronor.
          // Ties go to the earlier name in Swedish order: the position in `sorted`.
          let unit = key.roundingUnit
          if unit != 1 {
            for i in 0..<count { amounts[i] /= Double(unit) }
          }
          LargestRemainder.round(UnsafeBufferPointer(amounts), total: key.budget / unit, tieBreak: nil, into: rounded)
          for i in 0..<count { kommuner[i].rounded = rounded[i] * unit }
        }
      }
    }
    self.key = key
    self.kommuner = kommuner
    self.totalWeight = totalWeight
    self.totalPopulation = totalPopulation
  }
}

extension Allocation {
  /// Applies a key to a basis: tallies the kommuner under the policy and split reading, then
  /// looks up each eligible kommun's population.
  ///
  /// Every eligible kommun without a population is named in one ``AllocationError/missingPopulation(_:)``.
  public init(
    key: DistributionKey, basis: Basis, delisted: DelistedPolicy, splits: SplitReading = .literal,
    population: (String) -> Double?
  ) throws(AllocationError) {
    let tallies = basis.tallies(delisted: delisted, splits: splits, weights: key.weights)
    guard !tallies.isEmpty else { throw .noEligibleKommuner }
    var inputs: [KommunInput] = []
    inputs.reserveCapacity(tallies.count)
    var missing: [String] = []
    for tally in tallies {
      if let figure = population(tally.kommun) {
        inputs.append(KommunInput(kommun: tally.kommun, weight: tally.weight, population: figure))
      } else {
        missing.append(tally.kommun)
      }
    }
    guard missing.isEmpty else { throw .missingPopulation(missing) }
    try self.init(key: key, inputs: inputs)
  }
}
