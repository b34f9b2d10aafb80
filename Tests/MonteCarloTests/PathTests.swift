import AllocationModel
import Foundation
import PropertyBased
import TestSupport
import Testing

@testable import MonteCarlo

/// Multi-year paths (`uncertainty.updates` above 1): the rules of a path (what carries from update to
/// update), its arithmetic against ``Allocation``, and reproducibility.
@Suite struct PathTests {
  /// The standard workload's input (2021 baseline, persist) with another uncertainty model and policy.
  static func input(_ spec: UncertaintySpec, delisted: DelistedPolicy = .persist) -> SimulationInput {
    var input = StandardWorkload.input(spec)
    input.delisted = delisted
    return input
  }

  /// A spec of `updates` list updates per draw.
  static func spec(
    draws: Int, seed: UInt64, updates: Int, reclassification: UncertaintySpec.Reclassification? = nil,
    newAreas: UncertaintySpec.NewAreas? = nil, growth: UncertaintySpec.PopulationGrowth? = nil
  ) -> UncertaintySpec {
    var spec = UncertaintySpec(
      draws: draws, seed: seed, reclassification: reclassification, newAreas: newAreas, populationGrowth: growth)
    spec.updates = updates
    return spec
  }

  /// Each update's rows of a result: its ``MonteCarloResult/updates``, or its kommuner for one update.
  static func updates(_ result: MonteCarloResult) -> [[MonteCarloResult.Kommun]] {
    result.updates.isEmpty ? [result.kommuner] : result.updates
  }

  @Test func underPersistLeavingTheListAsTheOnlyChangeChangesNothingAtAnyUpdate() async throws {
    await propertyCheck(
      count: 12, input: Gen.int(in: 1...6), Gen.int(in: 1...100), Gen.int(in: 0...Int(Int32.max))
    ) { updates, percent, seed in
      let spec = Self.spec(
        draws: 300, seed: UInt64(seed), updates: updates,
        reclassification: .matrix([.uo: [.delisted: Double(percent) / 100]]))
      let result = try MonteCarloEngine.run(Self.input(spec), options: .init(threads: 2))
      let rows = Self.updates(result)
      #expect(rows.count == updates)
      for (t, kommuner) in rows.enumerated() {
        for k in kommuner {
          #expect(k.min == 0 && k.max == 0 && k.mean == 0, "update \(t + 1), \(k.kommun): \(k.min)…\(k.max)")
        }
      }
    }
  }

  @Test func underDropNoKommunsWeightRisesAlongAPath() async throws {
    // Only downgrades and leaving the list, no new areas: under drop every weight can only fall.
    let p = Gen.int(in: 0...25).map { Double($0) / 100 }
    await propertyCheck(
      count: 20, input: zip(p, p, p), zip(p, p, Gen.int(in: 2...8)), Gen.int(in: 0...Int(Int32.max))
    ) { first, second, seed in
      let (uoOut, roDown, roOut) = first
      let (suoDown, suoOut, updates) = second
      let spec = Self.spec(
        draws: 200, seed: UInt64(seed), updates: updates,
        reclassification: .matrix([
          .uo: [.delisted: uoOut], .ro: [.areaClass(.uo): roDown, .delisted: roOut],
          .suo: [.areaClass(.ro): suoDown, .areaClass(.uo): suoOut / 2, .delisted: suoOut / 2],
        ]))
      let input = Self.input(spec, delisted: .drop)
      let model = try CompiledModel(input)
      let kernel = try PathKernel(model: model, reclassifies: true, updates: updates, seed: spec.seed)
      var previous = model.startWeight
      var paths = 0
      kernel.forEachUpdate(chunk: 0, draws: 200) { view in
        if view.update == 0 {
          previous = model.startWeight
          paths += 1
        }
        for j in previous.indices {
          #expect(view.weight[j] <= previous[j], "update \(view.update + 1), \(model.names[j])")
          previous[j] = view.weight[j]
        }
      }
      #expect(paths == 200)
    }
  }

  @Test func growthOnlyUpdateTIsTheScenarioWithCompoundedPopulations() async throws {
    let rate = Gen.int(in: -50...50).map { Double($0) / 1000 }
    await propertyCheck(
      count: 12, input: rate, zip(rate, rate), Gen.int(in: 1...5), Gen.int(in: 0...Int(Int32.max))
    ) { mean, overrides, updates, seed in
      let growth = UncertaintySpec.PopulationGrowth(
        mean: mean, sd: 0,
        overrides: ["Malmö": .init(mean: overrides.0, sd: 0), "Uppsala": .init(mean: overrides.1, sd: 0)])
      let spec = Self.spec(draws: 100, seed: UInt64(seed), updates: updates, growth: growth)
      let input = Self.input(spec)
      let rows = Self.updates(try MonteCarloEngine.run(input, options: .init(threads: 1)))
      #expect(rows.count == updates)
      for (index, kommuner) in rows.enumerated() {
        let t = Double(index + 1)
        let scenario = try Allocation(
          key: input.key, basis: input.basis, delisted: input.delisted,
          population: { kommun in
            input.population[kommun].map { $0 * pow(1 + growth.rate(for: kommun).mean, t) }
          })
        for k in kommuner {
          let expected = (scenario[k.kommun]?.amount ?? 0) - k.baselineAmount
          #expect(abs(k.mean - expected) <= 1e-6, "update \(index + 1), \(k.kommun): \(k.mean) vs \(expected)")
          #expect(k.max - k.min <= 1e-6, "update \(index + 1), \(k.kommun)")
        }
      }
    }
  }

  @Test func everyUpdatesAmountsAreTheAllocationOfItsInputs() throws {
    var rng = SplitMix64(state: 0x7061_7468_735F_6B65)
    var checked = 0
    for scenario in 0..<40 {
      let input = RandomSimulationInput.make(draws: 32, using: &rng)
      let updates = 2 + scenario % 4
      let model = try CompiledModel(input)
      let kernel = try PathKernel(
        model: model, reclassifies: input.uncertainty.reclassification != nil, updates: updates,
        seed: input.uncertainty.seed)
      kernel.forEachUpdate(chunk: scenario % 3, draws: 32) { view in
        let eligible = model.names.indices.filter { view.count[$0] > 0 }
        guard !eligible.isEmpty, eligible.contains(where: { view.weight[$0] > 0 }) else { return }
        let inputs = eligible.map {
          KommunInput(kommun: model.names[$0], weight: view.weight[$0], population: view.population[$0])
        }
        guard let allocation = try? Allocation(key: input.key, inputs: inputs) else {
          Issue.record("scenario \(scenario): no allocation of the update's inputs")
          return
        }
        for (j, kommun) in zip(eligible, allocation.kommuner) {
          #expect(view.amount[j] == kommun.amount, "scenario \(scenario), \(kommun.kommun)")
        }
        for j in model.names.indices where view.count[j] == 0 { #expect(view.amount[j] == 0) }
        checked += 1
      }
    }
    #expect(checked > 40 * 32 * 2)
  }

  @Test func arrivalsChangeClassInLaterUpdatesAndLeaversStayOnlyUnderPersist() throws {
    // Every UO leaves the list at each update; new areas all arrive as UO. Under drop only the latest
    // update's arrivals count beside the RO and SUO areas; under persist every arrival keeps counting.
    let updates = 4
    let spec = Self.spec(
      draws: 4_000, seed: 11, updates: updates, reclassification: .matrix([.uo: [.delisted: 1]]),
      newAreas: .init(mean: 2, classMix: [.uo: 1], kommuner: .population))
    for policy in [DelistedPolicy.drop, .persist] {
      let input = Self.input(spec, delisted: policy)
      let model = try CompiledModel(input)
      let start = model.startCount.reduce(0) { $0 + Int($1) }
      let listedUO = model.unitClass.filter { $0 == 0 }.count
      let kernel = try PathKernel(model: model, reclassifies: true, updates: updates, seed: 11)
      var extra = [Double](repeating: 0, count: updates)
      kernel.forEachUpdate(chunk: 0, draws: 4_000) { view in
        let count = (0..<model.names.count).reduce(0) { $0 + Int(view.count[$1]) }
        extra[view.update] += Double(count - start + (policy == .drop ? listedUO : 0)) / 4_000
      }
      for (t, mean) in extra.enumerated() {
        // The mean number of arrivals still counting: 2 under drop, 2 per update so far under persist.
        let expected = policy == .drop ? 2.0 : 2.0 * Double(t + 1)
        #expect(abs(mean - expected) < 0.15, "\(policy), update \(t + 1): \(mean) vs \(expected)")
      }
    }
  }

  @Test func pathsAreBitIdenticalForAnyThreadCount() throws {
    var spec = StandardWorkload.uncertainty(draws: 3 * MonteCarloEngine.chunkSize + 123, seed: 5)
    spec.updates = 3
    let input = StandardWorkload.input(spec)
    let results = try [1, 2, 3].map { try MonteCarloEngine.run(input, options: .init(threads: $0)) }
    #expect(results[0].updates.count == 3)
    #expect(results[0].kommuner == results[0].updates[2])
    for other in results.dropFirst() {
      #expect(other.updates == results[0].updates)
      #expect(other.kommuner == results[0].kommuner)
    }
    // The first update of a path draws what a one-update run draws, though from other random numbers:
    // the means agree within a few standard errors.
    spec.updates = 1
    let one = try MonteCarloEngine.run(StandardWorkload.input(spec), options: .init(threads: 2))
    for (a, b) in zip(one.kommuner, results[0].updates[0]) {
      #expect(abs(a.mean - b.mean) <= 5 * (a.standardError + b.standardError) + 1e-6, "\(a.kommun)")
    }
  }

  @Test func theInternalChecksCoverEveryUpdate() throws {
    var spec = StandardWorkload.uncertainty(draws: 2_000, seed: 3)
    spec.updates = 4
    var result = try MonteCarloEngine.run(StandardWorkload.input(spec), options: .init(threads: 2))
    #expect(result.invariantViolations(budget: Fixtures.budget).isEmpty)
    result.updates[1][0].p05 = result.updates[1][0].max + 1
    let violations = result.invariantViolations(budget: Fixtures.budget)
    #expect(violations.count == 1 && violations[0].hasPrefix("after list update 2: the quantiles of"), "\(violations)")
  }

  @Test func drawnClaimsAndTooSmallABudgetAreRefused() throws {
    var spec = Self.spec(draws: 1_000, seed: 1, updates: 2, reclassification: .simple(probability: 0.1, up: 0.5))
    spec.claims = .init(declineProbability: 0.1, wantsMoreProbability: 0.5)
    #expect(throws: MonteCarloError.self) { try MonteCarloEngine.run(Self.input(spec)) }
    spec.claims = nil
    let needed = MonteCarloEngine.exactMemory(draws: 1_000, k: 26 * 2, threads: 2, chunks: 1)
    #expect(needed > 1_000 * 26 * 2 * 8)
    #expect(throws: MonteCarloError.memoryBudgetTooSmall(needed: needed, budget: 1_000)) {
      try MonteCarloEngine.run(Self.input(spec), options: .init(threads: 2, memoryBudget: 1_000))
    }
    spec.updates = 101
    #expect(throws: MonteCarloError.self) { try MonteCarloEngine.run(Self.input(spec)) }
  }
}
