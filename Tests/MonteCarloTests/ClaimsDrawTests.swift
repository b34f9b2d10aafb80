import AllocationModel
import TestSupport
import Testing

@testable import MonteCarlo

/// Claims drawn in a Monte Carlo run (`uncertainty.claims`): the same rule as the deterministic run, on the
/// same lists as a run without claims, bit-identical for any number of threads.
@Suite struct ClaimsDrawTests {
  /// The standard workload with claims drawn on top.
  static func input(
    decline: Double, wantsMore: Double, rule: Claims.Redistribution = .key,
    draws: Int = 2 * MonteCarloEngine.chunkSize + 99
  ) -> SimulationInput {
    var spec = StandardWorkload.uncertainty(draws: draws)
    spec.claims = .init(declineProbability: decline, wantsMoreProbability: wantsMore)
    var input = StandardWorkload.input(spec)
    input.redistribution = rule
    return input
  }

  @Test(arguments: [EngineOptions.StatisticsMode.exact, .streaming])
  func bitIdenticalAcrossThreadCounts(mode: EngineOptions.StatisticsMode) throws {
    for rule in Claims.Redistribution.allCases {
      let input = Self.input(decline: 0.1, wantsMore: 0.3, rule: rule)
      let one = try MonteCarloEngine.run(input, options: .init(threads: 1, mode: mode))
      let many = try MonteCarloEngine.run(input, options: .init(threads: 3, mode: mode))
      #expect(many.kommuner == one.kommuner && many.meanReturnedKr == one.meanReturnedKr, "\(rule), \(mode)")
      #expect(one.invariantViolations(budget: input.key.budget).isEmpty)
    }
  }

  @Test func withNobodyDecliningTheDrawsAreThoseOfARunWithoutClaims() throws {
    let withClaims = Self.input(decline: 0, wantsMore: 0.5)
    var without = withClaims
    without.uncertainty.claims = nil
    let a = try MonteCarloEngine.run(withClaims, options: .init(threads: 2))
    let b = try MonteCarloEngine.run(without, options: .init(threads: 2))
    #expect(a.kommuner == b.kommuner)
    #expect(a.meanReturnedKr == 0)
  }

  @Test func whenEveryKommunDeclinesEverythingGoesBackToTheState() throws {
    let input = Self.input(decline: 1, wantsMore: 1, draws: 500)
    let result = try MonteCarloEngine.run(input, options: .init(threads: 2))
    for k in result.kommuner {
      #expect(k.mean == -k.baselineAmount && k.max == -k.baselineAmount, "\(k.kommun)")
    }
    #expect(abs(result.meanReturnedKr - Double(input.key.budget)) < 1e-3)
    #expect(result.invariantViolations(budget: input.key.budget).isEmpty)
  }

  @Test func everyDrawsFinalsAreTheClaimsRuleAppliedToThatDraw() throws {
    // With wants_more_probability 1 every kommun that claims asks for more, so a draw's claims are known
    // from its finals: a kommun with an amount and a final of 0 declined.
    for rule in Claims.Redistribution.allCases {
      let input = Self.input(decline: 0.2, wantsMore: 1, rule: rule, draws: 300)
      let model = try CompiledModel(input)
      let kernel = try DrawKernel(model: model, seed: input.uncertainty.seed)
      let claimsSpec = try #require(input.uncertainty.claims)
      let claims = try ClaimsKernel(
        spec: claimsSpec, rule: rule, areaShare: input.key.areaShare, seed: input.uncertainty.seed,
        kommuner: model.names.count)
      claims.begin(chunk: 1)
      var final = [Double](repeating: 0, count: model.names.count)
      var checked = 0
      kernel.forEachDraw(chunk: 1, draws: 300) { view in
        final.withUnsafeMutableBufferPointer { final in
          guard let out = final.baseAddress else { return }
          claims.apply(
            amount: view.amount, weight: view.weight, population: view.population, count: view.count, into: out)
        }
        let eligible = model.names.indices.filter { view.count[$0] > 0 }
        let declined = eligible.filter { final[$0] == 0 }
        guard !declined.isEmpty, declined.count < eligible.count else { return }
        do {
          let allocation = try Allocation(
            key: input.key,
            inputs: eligible.map {
              KommunInput(kommun: model.names[$0], weight: view.weight[$0], population: view.population[$0])
            })
          let expected = try ClaimsOutcome(
            allocation: allocation,
            claims: Claims(
              claimedKr: Dictionary(uniqueKeysWithValues: declined.map { (model.names[$0], 0) }),
              wantsMore: eligible.filter { final[$0] != 0 }.map { model.names[$0] }, redistribution: rule))
          for (j, row) in zip(eligible, expected.rows) {
            #expect(row.kommun == model.names[j] && row.finalKr == final[j], "\(row.kommun)")
          }
          checked += 1
        } catch {
          Issue.record("\(error)")
        }
      }
      #expect(checked > 100, "\(rule)")
    }
  }
}
