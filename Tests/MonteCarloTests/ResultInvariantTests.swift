import MonteCarlo
import TestSupport
import Testing

/// `MonteCarloResult.invariantViolations`, the check behind `--internal-checks`: silent on real results in
/// both statistics modes, and it names each broken guarantee on a corrupted copy.
@Suite struct ResultInvariantTests {
  static func result() throws -> MonteCarloResult {
    try MonteCarloEngine.run(StandardWorkload.input(draws: 5_000), options: .init(threads: 2))
  }

  @Test(arguments: [EngineOptions.StatisticsMode.exact, .streaming])
  func realResultsKeepEveryGuarantee(mode: EngineOptions.StatisticsMode) throws {
    let result = try MonteCarloEngine.run(StandardWorkload.input(draws: 5_000), options: .init(threads: 2, mode: mode))
    #expect(result.invariantViolations(budget: Fixtures.budget).isEmpty)
  }

  @Test func eachCorruptionIsReported() throws {
    let corruptions: [(String, (inout MonteCarloResult.Kommun) -> Void)] = [
      ("the p50 of Borlänge is nan", { $0.p50 = .nan }),
      ("the sd of Borlänge is inf", { $0.sd = .infinity }),
      ("the quantiles of Borlänge are out of order", { $0.p25 = $0.p75 + 1_000 }),
      ("the mean of Borlänge", { $0.mean = $0.max + 1_000 }),
      ("a loss probability of Borlänge lies outside [0, 1]", { $0.pLoss = 1.5 }),
      ("the histogram of Borlänge does not count", { $0.histogramCounts[0] += 1 }),
      ("in some draw Borlänge gets a negative amount", { $0.min = -$0.baselineAmount - 1_000 }),
    ]
    let real = try Self.result()
    for (message, corrupt) in corruptions {
      var result = real
      corrupt(&result.kommuner[0])
      let violations = result.invariantViolations(budget: Fixtures.budget)
      #expect(violations.contains { $0.hasPrefix(message) }, "\(message): \(violations)")
    }
  }

  @Test func meansThatDoNotAddUpToTheBudgetAreReported() throws {
    // Every draw distributes exactly the budget, so the mean amounts sum to it; 1 000 kr off is caught.
    #expect(try Self.result().invariantViolations(budget: Fixtures.budget + 1_000).count == 1)
  }
}
