import AllocationModel
import ScenarioFormat
import TestSupport
import Testing

@testable import MonteCarlo

/// Each district's distribution of change in a Monte Carlo run (`docs/domain.md`, "Within a kommun").
@Suite struct DistrictRunTests {
  /// Stockholm's areas over its districts, on the 2021 baseline, with an `uncertainty:` section.
  static func scenario(uncertainty: String, delisted: String = "persist", earmarks: String = "{Skolteam: 500000}")
    throws -> ResolvedScenario
  {
    let yaml = """
      name: t
      baseline: {year: 2021}
      delisted: \(delisted)
      districts:
        kommun: Stockholm
        earmarks_kr: \(earmarks)
        class_weights: {UO: 1, RO: 1.5, SUO: 2}
        areas:
      \(Fixtures.stockholmDistrictLines(indent: 4))
      uncertainty:
      \(uncertainty)

      """
    return try ScenarioLoader.load(file: "t.yaml", bytes: Array(yaml.utf8)) { _ in [] }
  }

  static func input(_ s: ResolvedScenario) throws -> (SimulationInput, DistrictRun) {
    let spec = try #require(s.uncertainty)
    let input = SimulationInput(
      basis: s.scenarioBasis, key: s.key, delisted: s.delisted, splits: s.splits, population: s.scenarioPopulation,
      baseline: s.baselineAllocation, uncertainty: spec)
    let plan = try #require(s.districts)
    let baseline = try #require(s.baselineDistricts)
    return (input, DistrictRun(plan: plan, baseline: baseline.rows.map(\.amount)))
  }

  static let mixed = """
      draws: 20000
      seed: 11
      reclassification: {probability: 0.2, up: 0.5}
      new_areas: {mean: 1, class_mix: {UO: 0.7, RO: 0.2, SUO: 0.1}, kommuner: population}
    """

  @Test(arguments: ["persist", "drop"])
  func theDistrictsMeansAddUpToTheKommunsAndDoNotDependOnThreads(delisted: String) throws {
    let (input, run) = try Self.input(try Self.scenario(uncertainty: Self.mixed, delisted: delisted))
    let kommun = try MonteCarloEngine.run(input, options: EngineOptions(threads: 2, mode: .exact))
    let one = try MonteCarloEngine.runDistricts(input, districts: run, options: EngineOptions(threads: 1))
    let four = try MonteCarloEngine.runDistricts(input, districts: run, options: EngineOptions(threads: 4))
    #expect(one == four)
    let stockholm = try #require(kommun.kommuner.first { $0.kommun == "Stockholm" })
    let sum = one.districts.reduce(0) { $0 + $1.mean }
    #expect(abs(sum - stockholm.mean) < 1e-6 * abs(stockholm.mean) + 1e-3, "\(sum) vs \(stockholm.mean)")
    // The earmark-only district keeps its earmark in every draw.
    let school = try #require(one.districts.first { $0.kommun == "Skolteam" })
    #expect(school.min == 0 && school.max == 0)
  }

  @Test func newAreasOnlyMoveEveryDistrictByItsShareOfTheKommunsChange() throws {
    let newOnly = """
        draws: 5000
        seed: 3
        new_areas: {mean: 2, class_mix: {UO: 0.5, RO: 0.3, SUO: 0.2}, kommuner: population}
      """
    let s = try Self.scenario(uncertainty: newOnly, earmarks: "{}")
    let (input, run) = try Self.input(s)
    let kommun = try MonteCarloEngine.run(input, options: EngineOptions(threads: 2, mode: .exact))
    let districts = try MonteCarloEngine.runDistricts(input, districts: run, options: EngineOptions(threads: 2))
    let stockholm = try #require(kommun.kommuner.first { $0.kommun == "Stockholm" })
    let total = try #require(s.baselineAllocation["Stockholm"]).amount
    #expect(stockholm.max > 0)
    for (row, baseline) in zip(districts.districts, run.baseline) {
      let share = baseline / total
      #expect(abs(row.mean - share * stockholm.mean) < 1e-6 * abs(stockholm.mean) + 1e-3, "\(row.kommun)")
    }
  }

  @Test(arguments: [DelistedPolicy.persist, .drop])
  func eachDrawsDistrictsAreTheSplitOfTheBasisWithTheDrawnClasses(policy: DelistedPolicy) throws {
    let s = try Self.scenario(uncertainty: Self.mixed, delisted: policy.rawValue)
    let (input, run) = try Self.input(s)
    let model = try CompiledModel(input)
    let kernel = try DrawKernel(model: model, seed: input.uncertainty.seed)
    let classes = DistrictClasses(plan: run.plan, basis: input.basis, delisted: policy, model: model)
    let k = try #require(model.names.firstIndex(of: "Stockholm"))
    var checked = 0
    var changed = 0
    kernel.forEachDraw(chunk: 1, draws: 400) { view in
      // The draw applied to the basis area by area, then split as a deterministic run splits it.
      var basis = input.basis
      for (u, members) in model.unitMembers.enumerated() {
        for name in members {
          guard let i = basis.index(of: name) else { continue }
          let rank = Int(view.unitClassAfter[u])
          if rank < 0 {
            basis.areas[i].isListed = false
          } else if rank != Int(model.unitClass[u]) {
            basis.areas[i].areaClass = AreaClass.allCases[rank]
          }
        }
      }
      let amount = view.amount[k]
      guard
        let expected = try? DistrictSplit(
          plan: run.plan, basis: basis, delisted: policy, kommunAmount: amount, kommunRounded: 0)
      else { return }
      var engine = [Double](repeating: 0, count: run.plan.districts.count)
      engine.withUnsafeMutableBufferPointer { buffer in
        try? run.plan.amounts(
          kommunAmount: amount, partClass: { classes.areaClass($0, after: view.unitClassAfter) }, into: buffer)
      }
      #expect(expected.rows.map(\.amount) == engine)
      if basis != input.basis { changed += 1 }
      checked += 1
    }
    #expect(checked == 400 && changed > 50)
  }
}
