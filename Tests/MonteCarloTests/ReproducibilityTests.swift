import AllocationModel
import MonteCarlo
import TestSupport
import Testing

/// Same input and seed: bit-identical statistics whatever the number of threads.
@Suite struct ReproducibilityTests {
  /// Every statistic of every kommun (timings and thread counts excluded).
  static func statistics(_ r: MonteCarloResult) -> [MonteCarloResult.Kommun] { r.kommuner }

  @Test(arguments: [EngineOptions.StatisticsMode.exact, .streaming])
  func bitIdenticalAcrossThreadCounts(mode: EngineOptions.StatisticsMode) throws {
    // Not a multiple of the chunk size, so the last chunk is short.
    let input = StandardWorkload.input(draws: 3 * MonteCarloEngine.chunkSize + 1234)
    let one = try MonteCarloEngine.run(input, options: .init(threads: 1, mode: mode))
    for threads in [2, 3, 16] {
      let many = try MonteCarloEngine.run(input, options: .init(threads: threads, mode: mode))
      #expect(Self.statistics(many) == Self.statistics(one), "\(threads) threads, \(mode)")
      #expect(many.threads == threads)
    }
  }

  @Test func anotherSeedGivesAnotherResult() throws {
    let a = try MonteCarloEngine.run(StandardWorkload.input(draws: 5_000, seed: 1), options: .init(threads: 2))
    let b = try MonteCarloEngine.run(StandardWorkload.input(draws: 5_000, seed: 2), options: .init(threads: 2))
    #expect(a.kommuner != b.kommuner)
  }

  @Test func theSeedUsesAll64Bits() throws {
    let low = try MonteCarloEngine.run(StandardWorkload.input(draws: 2_000, seed: 7), options: .init(threads: 1))
    let high = try MonteCarloEngine.run(
      StandardWorkload.input(draws: 2_000, seed: 7 | (1 << 40)), options: .init(threads: 1))
    #expect(low.kommuner != high.kommuner)
  }

  @Test func progressReachesEveryDraw() throws {
    let seen = ProgressProbe()
    _ = try MonteCarloEngine.run(
      StandardWorkload.input(draws: 20_000), options: .init(threads: 2, progress: { seen.record($0) }))
    #expect(seen.maximum == 20_000)
  }
}
