import AllocationModel
import MonteCarlo

/// Random valid Monte Carlo inputs on the 2021 baseline (June 2019 list, SCB 2019-12-31), built in Swift.
///
/// Each input varies what the kernel's key depends on: the key (budget, area share, class weights,
/// some not whole numbers), persist or drop, literal or technical splits, list changes (reclassify,
/// delist, split, add), population changes, and an uncertainty model with reclassification (simple
/// or by matrix, delisting included), new areas landing by population or from a table that may name
/// kommuner without any area yet, and population growth with per-kommun overrides.
public enum RandomSimulationInput {
  /// Kommuner outside the 2019 list that a landing table may name, with a population to give them.
  static let newKommuner: [(kommun: String, population: Double)] = [
    ("Gävle", 102_000), ("Lund", 124_000), ("Umeå", 128_000), ("Ale", 31_000),
  ]

  /// A random valid input with `draws` draws.
  public static func make(draws: Int, using rng: inout some RandomNumberGenerator) -> SimulationInput {
    let baseline = Fixtures.allocation2021()
    var basis = Fixtures.basis(["2019"])
    let listed = basis.areas.filter(\.isListed).shuffled(using: &rng)
    for (i, area) in listed.prefix(Int.random(in: 0...10, using: &rng)).enumerated() {
      let other = AreaClass.allCases.filter { $0 != area.areaClass }.randomElement(using: &rng) ?? .uo
      let change: ListChange
      switch Int.random(in: 0..<4, using: &rng) {
      case 0: change = .reclassify(area: area.name, to: other)
      case 1: change = .delist(area: area.name)
      case 2:
        let parts = (0..<Int.random(in: 2...3, using: &rng)).map { p in
          SplitPart(name: "Del \(i)\(p)", areaClass: AreaClass.allCases.randomElement(using: &rng) ?? .uo)
        }
        change = .split(area: area.name, into: parts)
      default: change = .add(area: "Nytt område \(i)", kommun: area.kommun, areaClass: other)
      }
      // Every change touches its own area, so each applies; a failure would be a bug in this generator.
      try? basis.apply(change)
    }

    var population: [String: Double] = [:]
    for k in baseline.kommuner {
      population[k.kommun] = k.population * (Bool.random(using: &rng) ? 1 : Double.random(in: 0.8...1.2, using: &rng))
    }

    let weights = ClassWeights(
      uo: Double(Int.random(in: 2...12, using: &rng)) / 2, ro: Double(Int.random(in: 2...12, using: &rng)) / 2,
      suo: Double.random(in: 0.5...6, using: &rng))
    let key = DistributionKey(
      budget: Int64.random(in: 1_000...1_000_000_000_000, using: &rng),
      areaShare: Double(Int.random(in: 0...100, using: &rng)) / 100, weights: weights)
    let delisted: DelistedPolicy = Bool.random(using: &rng) ? .persist : .drop
    let splits: SplitReading = Bool.random(using: &rng) ? .literal : .technical
    let uncertainty = UncertaintySpec(
      draws: draws, seed: UInt64.random(in: 0...UInt64.max, using: &rng),
      reclassification: reclassification(using: &rng), newAreas: newAreas(basis: basis, using: &rng),
      populationGrowth: growth(kommuner: baseline.kommuner.map(\.kommun), using: &rng))
    return SimulationInput(
      basis: basis, key: key, delisted: delisted, splits: splits, population: population, baseline: baseline,
      uncertainty: uncertainty)
  }

  static func reclassification(using rng: inout some RandomNumberGenerator) -> UncertaintySpec.Reclassification? {
    func p(_ range: ClosedRange<Int>) -> Double { Double(Int.random(in: range, using: &rng)) / 100 }
    switch Int.random(in: 0..<3, using: &rng) {
    case 0: return .simple(probability: p(0...40), up: p(0...100))
    case 1:
      return .matrix([
        .uo: [.areaClass(.ro): p(0...20), .delisted: p(0...30)],
        .ro: [.areaClass(.uo): p(0...20), .areaClass(.suo): p(0...20), .delisted: p(0...20)],
        .suo: [.areaClass(.ro): p(0...30), .delisted: p(0...10)],
      ])
    default: return nil
    }
  }

  static func newAreas(basis: Basis, using rng: inout some RandomNumberGenerator) -> UncertaintySpec.NewAreas? {
    guard Int.random(in: 0..<3, using: &rng) > 0 else { return nil }
    let uo = Int.random(in: 0...100, using: &rng)
    let ro = Int.random(in: 0...(100 - uo), using: &rng)
    let mix: [AreaClass: Double] = [.uo: Double(uo) / 100, .ro: Double(ro) / 100, .suo: Double(100 - uo - ro) / 100]
    let mean = Double(Int.random(in: 0...400, using: &rng)) / 100
    guard Bool.random(using: &rng) else { return .init(mean: mean, classMix: mix, kommuner: .population) }
    var table = basis.kommuner.sorted().shuffled(using: &rng).prefix(Int.random(in: 0...4, using: &rng)).map {
      UncertaintySpec.NewAreas.Candidate(kommun: $0, weight: Double(Int.random(in: 0...10, using: &rng)))
    }
    for (kommun, population) in newKommuner.shuffled(using: &rng).prefix(Int.random(in: 1...3, using: &rng)) {
      table.append(.init(kommun: kommun, weight: Double(Int.random(in: 1...10, using: &rng)), population: population))
    }
    return .init(mean: mean, classMix: mix, kommuner: .table(table))
  }

  static func growth(kommuner: [String], using rng: inout some RandomNumberGenerator)
    -> UncertaintySpec.PopulationGrowth?
  {
    guard Bool.random(using: &rng) else { return nil }
    var overrides: [String: UncertaintySpec.PopulationGrowth.Rate] = [:]
    for kommun in kommuner.shuffled(using: &rng).prefix(Int.random(in: 0...3, using: &rng)) {
      overrides[kommun] = .init(
        mean: Double.random(in: -0.2...0.2, using: &rng), sd: Double.random(in: 0...0.1, using: &rng))
    }
    return .init(
      mean: Double.random(in: -0.05...0.05, using: &rng), sd: Double.random(in: 0...0.05, using: &rng),
      overrides: overrides)
  }
}
