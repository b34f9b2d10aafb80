import AllocationModel
import TestSupport
import Testing

@testable import MonteCarlo

/// The kernel's key against ``Allocation``: every draw's amounts are the allocation of that draw's inputs.
@Suite struct KernelKeyTests {
  /// Within `ulps` units in the last place of the larger amount. The kernel uses the arithmetic of
  /// `Allocation` (`DistributionKey.part`, totals summed in name order), so the amounts are equal;
  /// a formulation that sums in another order would need a few ulps here.
  static func close(_ a: Double, _ b: Double, ulps: Double = 0) -> Bool {
    abs(a - b) <= ulps * max(abs(a), abs(b)).ulp
  }

  @Test func everyDrawsAmountsAreTheAllocationOfItsInputs() throws {
    var rng = SplitMix64(state: 0x6B65_795F_6F6E_6365)
    var checkedDraws = 0
    var seen = (persist: false, drop: false, literal: false, technical: false, table: false, growth: false)
    for scenario in 0..<120 {
      let input = RandomSimulationInput.make(draws: 64, using: &rng)
      let model = try CompiledModel(input)
      let kernel = try DrawKernel(model: model, seed: input.uncertainty.seed)
      seen.persist = seen.persist || input.delisted == .persist
      seen.drop = seen.drop || input.delisted == .drop
      seen.literal = seen.literal || input.splits == .literal
      seen.technical = seen.technical || input.splits == .technical
      if case .table? = input.uncertainty.newAreas?.kommuner { seen.table = true }
      seen.growth = seen.growth || input.uncertainty.populationGrowth != nil
      for (i, record) in kernel.records(chunk: scenario % 3, draws: 64).enumerated() {
        let eligible = model.names.indices.filter { record.count[$0] > 0 }
        let inputs = eligible.map {
          KommunInput(kommun: model.names[$0], weight: record.weight[$0], population: record.population[$0])
        }
        let allocation = try Allocation(key: input.key, inputs: inputs)
        var expected = [Double](repeating: 0, count: model.names.count)
        for (j, kommun) in zip(eligible, allocation.kommuner) {
          #expect(kommun.kommun == model.names[j])
          expected[j] = kommun.amount
        }
        for (j, (ours, theirs)) in zip(record.amount, expected).enumerated() {
          #expect(Self.close(ours, theirs), "scenario \(scenario), draw \(i), \(model.names[j]): \(ours) vs \(theirs)")
        }
        checkedDraws += 1
      }
    }
    #expect(checkedDraws == 120 * 64)
    #expect(seen == (true, true, true, true, true, true), "the generator covers every variant")
  }

  @Test func newKommunerFromATableBecomeEligibleWhenAnAreaLands() throws {
    // Only new areas, all landing in a kommun outside the baseline: its population is the table's.
    let spec = UncertaintySpec(
      draws: 32, seed: 9,
      newAreas: .init(
        mean: 1, classMix: [.uo: 0.5, .ro: 0.5],
        kommuner: .table([.init(kommun: "Lund", weight: 1, population: 124_000)])))
    let input = StandardWorkload.input(spec)
    let model = try CompiledModel(input)
    let lund = try #require(model.names.firstIndex(of: "Lund"))
    let records = try DrawKernel(model: model, seed: 9).records(chunk: 0, draws: 32)
    #expect(records.contains { $0.count[lund] > 0 } && records.contains { $0.count[lund] == 0 })
    for record in records {
      #expect(record.population[lund] == (record.count[lund] > 0 ? 124_000 : 0))
      #expect((record.amount[lund] > 0) == (record.count[lund] > 0))
    }
  }
}
