import MonteCarlo
import TestSupport
import Testing

/// Exact and streaming statistics, and the memory budget that chooses between them.
@Suite struct StatisticsModeTests {
  @Test func streamingAgreesWithExactWithinTheStatedResolution() throws {
    let input = StandardWorkload.input(draws: 60_000)
    let exact = try MonteCarloEngine.run(input, options: .init(threads: 2, mode: .exact))
    let streaming = try MonteCarloEngine.run(input, options: .init(threads: 2, mode: .streaming))
    guard case .streaming(let resolution) = streaming.mode else {
      Issue.record("expected streaming mode")
      return
    }
    #expect(exact.mode == .exact)
    for (e, s) in zip(exact.kommuner, streaming.kommuner) {
      #expect(e.kommun == s.kommun)
      #expect(e.min == s.min && e.max == s.max)
      #expect(e.pLoss == s.pLoss && e.pLoss10pct == s.pLoss10pct)
      #expect(abs(e.mean - s.mean) <= 1e-6 * max(1, abs(e.sd)), "\(e.kommun) mean")
      #expect(abs(e.sd - s.sd) <= 1e-6 * max(1, e.sd), "\(e.kommun) sd")
      for (a, b) in zip(
        [e.p01, e.p05, e.p25, e.p50, e.p75, e.p95, e.p99], [s.p01, s.p05, s.p25, s.p50, s.p75, s.p95, s.p99])
      {
        #expect(abs(a - b) <= resolution, "\(e.kommun): \(a) vs \(b), resolution \(resolution)")
      }
    }
  }

  @Test func autoModeStreamsWhenTheChangesDoNotFit() throws {
    // Exact needs 200 000 × 26 × 8 bytes ≈ 40 MiB; streaming about 10 MiB.
    let input = StandardWorkload.input(draws: 200_000)
    let small = try MonteCarloEngine.run(input, options: .init(threads: 1, memoryBudget: 16 << 20))
    let large = try MonteCarloEngine.run(input, options: .init(threads: 1, memoryBudget: 1 << 30))
    #expect(large.mode == .exact)
    if case .streaming = small.mode {} else { Issue.record("expected streaming with a 16 MiB budget") }
  }

  @Test func aBudgetTooSmallEvenForStreamingIsAClearError() {
    #expect(throws: MonteCarloError.self) {
      try MonteCarloEngine.run(StandardWorkload.input(draws: 1_000), options: .init(threads: 1, memoryBudget: 1024))
    }
  }

  @Test func aDrawCountBeyondAnyMemoryIsABudgetErrorNotAnOverflow() {
    // Int.max draws × 26 kommuner × 8 bytes overflows Int; found by Tests/Fixtures/bad/60-draws-flag-int-max.
    let error = #expect(throws: MonteCarloError.self) {
      try MonteCarloEngine.run(StandardWorkload.input(draws: Int.max), options: .init(threads: 2))
    }
    guard case .memoryBudgetTooSmall(let needed, let budget)? = error else {
      Issue.record("expected memoryBudgetTooSmall, got \(String(describing: error))")
      return
    }
    #expect(budget == 2 << 30)
    #expect(needed > budget)
  }
}
